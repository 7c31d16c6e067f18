import type { Catalogue, CatalogueGroup, CatalogueLayer, GeometryKind, Localized } from './types.ts';

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

function localized(v: unknown, where: string, problems: string[]): Localized {
  if (isObj(v) && typeof v.zh === 'string' && v.zh && typeof v.en === 'string' && v.en) return { zh: v.zh, en: v.en };
  problems.push(`${where}: needs a title with non-empty "zh" and "en"`);
  return { zh: '', en: '' };
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
    if (l.attribution !== undefined && typeof l.attribution !== 'string') problems.push(`${where}: attribution must be a string`);
    layers.push({
      id,
      file,
      group,
      geometry,
      title: localized(l.title, where, problems),
      source: str(l, 'source', where, problems),
      licence: str(l, 'licence', where, problems),
      accuracy: str(l, 'accuracy', where, problems),
      date: str(l, 'date', where, problems),
      visible: l.visible !== false,
      ...(typeof l.attribution === 'string' ? { attribution: l.attribution } : {}),
      ...(streamed ? { streamed: true } : {}),
      ...(typeof l.minzoom === 'number' ? { minzoom: l.minzoom } : {}),
    });
  });
  if (problems.length) throw new CatalogueError(problems);
  return { groups, layers };
}
