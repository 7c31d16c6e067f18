import type { Catalogue, CatalogueGroup, CatalogueLayer, FieldSpec, GeometryKind, Localized } from './types.ts';

const GEOMETRIES: readonly GeometryKind[] = ['Point', 'LineString', 'Polygon', 'Mixed'];
const ID = /^[a-z][a-z0-9_]*$/;

export class CatalogueError extends Error {
  constructor(readonly problems: string[]) {
    super(`catalogue: ${problems.join('; ')}`);
    this.name = 'CatalogueError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function localized(v: unknown, where: string, problems: string[], what = 'a title'): Localized {
  if (isObj(v) && typeof v.zh === 'string' && v.zh.trim() && typeof v.en === 'string' && v.en.trim()) return { zh: v.zh, en: v.en };
  problems.push(`${where}: needs ${what} with non-empty "zh" and "en"`);
  return { zh: '', en: '' };
}

const FIELD_KEYS = new Set(['label', 'unit', 'values', 'localized', 'code', 'hidden', 'format']);
const FORMATS: ReadonlyArray<NonNullable<FieldSpec['format']>> = ['yuan'];

/** One entry of a layer's `fields`; a hidden field needs no label (nobody reads it). */
function field(v: unknown, where: string, problems: string[]): FieldSpec {
  if (!isObj(v)) {
    problems.push(`${where}: not an object`);
    return { label: { zh: '', en: '' } };
  }
  for (const k of Object.keys(v)) if (!FIELD_KEYS.has(k)) problems.push(`${where}: unknown key "${k}"`);
  const hidden = v.hidden === true;
  const out: FieldSpec = { label: hidden && v.label === undefined ? { zh: '', en: '' } : localized(v.label, where, problems, 'a "label"') };
  // A unit the same in both languages ("km") may be written once.
  if (typeof v.unit === 'string' && v.unit.trim()) out.unit = { zh: v.unit, en: v.unit };
  else if (v.unit !== undefined) out.unit = localized(v.unit, `${where} unit`, problems, 'a "unit"');
  if (v.values !== undefined) {
    if (!isObj(v.values)) problems.push(`${where}: "values" must map each coded value to {zh, en}`);
    else out.values = Object.fromEntries(Object.entries(v.values).map(([code, words]) => [code, localized(words, `${where} value "${code}"`, problems, 'words')]));
  }
  if (v.format !== undefined) {
    if (FORMATS.includes(v.format as 'yuan')) out.format = v.format as 'yuan';
    else problems.push(`${where}: "format" must be one of ${FORMATS.join(', ')}`);
  }
  for (const flag of ['localized', 'code', 'hidden'] as const) {
    if (v[flag] === undefined) continue;
    if (typeof v[flag] !== 'boolean') problems.push(`${where}: "${flag}" must be true or false`);
    else if (v[flag]) out[flag] = true;
  }
  return out;
}

function fields(v: unknown, where: string, problems: string[]): Record<string, FieldSpec> {
  if (v === undefined) return {};
  if (!isObj(v)) {
    problems.push(`${where}: "fields" must be an object of property → field`);
    return {};
  }
  return Object.fromEntries(Object.entries(v).map(([key, spec]) => [key, field(spec, `${where} field "${key}"`, problems)]));
}

function str(o: Obj, key: string, where: string, problems: string[]): string {
  const v = o[key];
  if (typeof v === 'string' && v.trim()) return v;
  problems.push(`${where}: "${key}" must be a non-empty string`);
  return '';
}

/** Checks a parsed catalogue.json and returns it typed; every problem is reported at once. */
export function parseCatalogue(input: unknown): Catalogue {
  const problems: string[] = [];
  if (!isObj(input) || !Array.isArray(input.groups) || !Array.isArray(input.layers)) {
    throw new CatalogueError(['expected an object with "groups" and "layers" arrays']);
  }
  const groups: CatalogueGroup[] = input.groups.map((g, i) => {
    const where = `groups[${i}]`;
    if (!isObj(g)) {
      problems.push(`${where}: not an object`);
      return { id: '', title: { zh: '', en: '' } };
    }
    return { id: str(g, 'id', where, problems), title: localized(g.title, where, problems) };
  });
  const groupIds = new Set(groups.map((g) => g.id));
  const seen = new Set<string>();
  const layers: CatalogueLayer[] = [];
  input.layers.forEach((l, i) => {
    if (!isObj(l)) {
      problems.push(`layers[${i}]: not an object`);
      return;
    }
    const id = typeof l.id === 'string' ? l.id : '';
    const where = `layer ${id || `#${i}`}`;
    if (!ID.test(id)) problems.push(`${where}: id must match ${ID}`);
    if (seen.has(id)) problems.push(`${where}: duplicate id`);
    seen.add(id);
    const group = str(l, 'group', where, problems);
    if (group && !groupIds.has(group)) problems.push(`${where}: unknown group "${group}"`);
    const geometry = l.geometry as GeometryKind;
    if (!GEOMETRIES.includes(geometry)) problems.push(`${where}: geometry must be one of ${GEOMETRIES.join(', ')}`);
    const file = str(l, 'file', where, problems);
    const streamed = l.streamed === true;
    if (file && !(streamed ? /^[\w-]+\.fgb$/ : /^[\w-]+\.geojson$/).test(file)) problems.push(`${where}: file must be a plain name ending ${streamed ? '.fgb' : '.geojson'}`);
    if (l.minzoom !== undefined && (typeof l.minzoom !== 'number' || l.minzoom < 0 || l.minzoom > 22)) problems.push(`${where}: minzoom must be a number 0–22`);
    layers.push({
      id,
      file,
      group,
      geometry,
      title: localized(l.title, where, problems),
      source: localized(l.source, where, problems, 'a "source"'),
      licence: localized(l.licence, where, problems, 'a "licence"'),
      accuracy: localized(l.accuracy, where, problems, 'an "accuracy"'),
      date: localized(l.date, where, problems, 'a "date"'),
      visible: l.visible !== false,
      fields: fields(l.fields, where, problems),
      ...(l.attribution !== undefined ? { attribution: localized(l.attribution, where, problems, 'an "attribution"') } : {}),
      ...(streamed ? { streamed: true } : {}),
      ...(typeof l.minzoom === 'number' ? { minzoom: l.minzoom } : {}),
    });
  });
  if (problems.length) throw new CatalogueError(problems);
  return { groups, layers };
}
