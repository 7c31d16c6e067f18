import type { GeoJsonProperties } from 'geojson';
import { fieldKeyOf } from '../catalogue/fieldCoverage.ts';
import { glossCitation } from '../catalogue/citationGloss.ts';
import { PROVENANCE_PROPS, type Confidence, type FieldSpec, type Lang, type PublishedLayer } from '../catalogue/types.ts';
import { yuanAmount } from '../catalogue/yuanAmount.ts';
import { bracketed } from '../i18n/describe.ts';
import { formatMetres, t } from '../i18n/messages.ts';

export interface PopupRow {
  /** The property (or localized field) the row shows; for tests and styling, never displayed. */
  key: string;
  label: string;
  value: string;
}

export interface PopupContent {
  title: string;
  subtitle: string;
  layerTitle: string;
  confidence: Confidence | null;
  confidenceLabel: string;
  rows: PopupRow[];
  source: string;
}

const numberLocale = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en-GB');

/** A value of a user's own file: its own words, numbers grouped for reading. */
function raw(v: unknown, lang: Lang): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'boolean') return t(v ? 'fieldYes' : 'fieldNo', lang);
  if (typeof v === 'number') return v.toLocaleString(numberLocale(lang));
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** A catalogue value through its field: coded words from the value map, numbers with their unit. */
function shown(v: unknown, spec: FieldSpec, lang: Lang): string | null {
  if (v === null || v === undefined || v === '') return null;
  const words = spec.values?.[String(v)];
  if (words) return words[lang];
  if (typeof v === 'number' && spec.format === 'yuan') return yuanAmount(v, lang);
  if (typeof v === 'number') {
    const n = spec.code ? String(v) : v.toLocaleString(numberLocale(lang));
    return spec.unit ? `${n} ${spec.unit[lang]}` : n;
  }
  return raw(v, lang);
}

/** A citation as its reader needs it: Chinese names glossed for an English reader. */
const citation = (text: string, lang: Lang): string => (lang === 'en' ? glossCitation(text) : text);

/**
 * Properties that qualify another one (a key project's industry is inferred; its key date is a
 * signing; its investment the low end of a range): shown with the value they qualify, in
 * brackets, not as rows of their own. Those in SILENT only say what that value already says
 * (a drawn project is on the map; how it was placed is in its position note). The attribute
 * table shows them all as columns.
 */
const QUALIFIERS: Readonly<Record<string, readonly string[]>> = {
  industry: ['industry_inferred'],
  date: ['date_basis', 'date_inferred'],
  investment_cny: ['investment_basis'],
  placed_at: ['located', 'placement'],
};
const SILENT = new Set(['located', 'placement']);
/** Qualifier values that say nothing worth a bracket: a figure as the sources give it. */
const PLAIN_VALUES: Readonly<Record<string, string>> = { investment_basis: 'reported' };

/** The words of a qualifier: a coded value's words, "推定" / "inferred" for a true `…_inferred`. */
function qualifierWords(key: string, v: unknown, fields: Readonly<Record<string, FieldSpec>>, lang: Lang): string | null {
  if (SILENT.has(key) || v === null || v === undefined || v === false || PLAIN_VALUES[key] === v) return null;
  if (key.endsWith('_inferred')) return v === true ? t('inferred', lang) : null;
  return fields[key]?.values?.[String(v)]?.[lang] ?? null;
}

/** A localized field's text in the UI language; else its original-language `<key>`. */
function prose(p: Record<string, unknown>, key: string, lang: Lang): unknown {
  const own = p[`${key}_${lang}`];
  return own !== undefined && own !== null && own !== '' ? own : p[key];
}

/**
 * What a popup says about a feature, as plain strings (the component renders them as text,
 * never as markup, so a hostile property value stays inert). Catalogue layers speak through
 * their field schema (catalogue.json `fields`); an imported layer has none, so its columns keep
 * their own names and values.
 */
export function popupContent(props: GeoJsonProperties, layer: PublishedLayer, lang: Lang): PopupContent {
  const p = props ?? {};
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  // A user's own file: the app cannot vouch for it, and its id column is the user's data.
  const imported = layer.group === 'imported';
  const confidence = imported ? null : ((['surveyed', 'sourced', 'schematic'] as const).find((c) => c === p.confidence) ?? null);
  const rows: PopupRow[] = [];
  const done = new Set<string>();
  const fields = layer.fields ?? {};
  const qualifiersOf = (key: string): string[] => (imported ? [] : (QUALIFIERS[key] ?? []).filter((q) => Object.hasOwn(fields, q) && Object.hasOwn(p, q)));
  const folded = new Set(Object.keys(QUALIFIERS).filter((key) => Object.hasOwn(fields, key)).flatMap(qualifiersOf));
  for (const [k, v] of Object.entries(p)) {
    if (imported) {
      if (PROVENANCE_PROPS.includes(k) && k !== 'id') continue;
      const value = raw(v, lang);
      if (value !== null) rows.push({ key: k, label: k, value });
      continue;
    }
    if (PROVENANCE_PROPS.includes(k) || folded.has(k)) continue;
    // `?? {}`: a catalogue published before fields existed (a stale cache) still opens popups.
    const key = fieldKeyOf(k, fields);
    // The pipeline refuses properties without a field, so this is a stale catalogue at worst:
    // better a raw key than a fact silently dropped.
    if (key === null) {
      const value = raw(v, lang);
      if (value !== null) rows.push({ key: k, label: k, value });
      continue;
    }
    if (done.has(key)) continue;
    done.add(key);
    const spec = layer.fields[key] as FieldSpec;
    if (spec.hidden) continue;
    const value = shown(spec.localized ? prose(p, key, lang) : v, spec, lang);
    if (value === null) continue;
    const qualified = value + bracketed(qualifiersOf(key).map((q) => qualifierWords(q, p[q], fields, lang)).filter((w) => w !== null).join(lang === 'zh' ? '；' : '; '), lang);
    rows.push({ key, label: spec.label[lang], value: lang === 'en' ? glossCitation(qualified) : qualified });
  }
  if (typeof p.accuracy_m === 'number') rows.push({ key: 'accuracy_m', label: t('accuracy', lang), value: `± ${formatMetres(p.accuracy_m, lang)}` });
  const title = raw(p[`name_${lang}`], lang) ?? raw(p.name_zh, lang) ?? String(p.id ?? '');
  const subtitle = raw(p[`name_${other}`], lang) ?? '';
  return {
    title,
    subtitle: subtitle === title ? '' : subtitle,
    layerTitle: layer.title[lang],
    confidence,
    confidenceLabel: imported ? t('userData', lang) : confidence ? t(confidence, lang) : '—',
    rows,
    source: imported ? `${t('importedFrom', lang)}${layer.file}` : citation(raw(prose(p, 'source', lang), lang) ?? layer.source[lang], lang),
  };
}
