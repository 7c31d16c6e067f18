import type { Feature } from 'geojson';
import type { FieldSpec, Localized } from '../catalogue/types.ts';
import type { FieldSummary } from '../userdata/fieldStats.ts';

/**
 * What a layer's attribute offers the filter and colour editor: a category (values to tick), a
 * number (a range, graduated classes) or a date (a period). Built from the catalogue's field
 * schema and the features on the page, or from an imported layer's field summaries (its rows
 * stay in the worker).
 */
export type FieldKind = 'category' | 'number' | 'date';

export interface FieldValue {
  /** The property as text, as a category clause and the colour `match` compare it. */
  value: string;
  /** The schema's words for a coded value; null: the value is shown as it is. */
  label: Localized | null;
  /** Features holding it (catalogue layers); null when unknown (imported layers). */
  count: number | null;
}

export interface AttributeField {
  name: string;
  kind: FieldKind;
  /** The schema's label; null for an imported column (its own name is shown). */
  label: Localized | null;
  unit: Localized | null;
  /** Amounts in yuan are written as readers quote them (140 亿元 / ¥14 bn), see yuanAmount. */
  format?: 'yuan';
  /** Category fields: the values to pick from, the schema's first in its order. */
  values: FieldValue[];
  /** More values exist than are listed. */
  valuesCapped: boolean;
  min?: number;
  max?: number;
}

/** More would not fit a checkbox list; a link may still name others. */
export const MAX_LISTED_VALUES = 60;

/** 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or a date-time: what a date clause reads. */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
export const looksLikeDate = (s: string): boolean => ISO_DATE.test(s);

/** The confidence every curated feature carries: worth filtering on (示意 or not), worded like the popup. */
const CONFIDENCE_FIELD: FieldSpec = {
  label: { zh: '可信度', en: 'Confidence' },
  values: { surveyed: { zh: '实测', en: 'surveyed' }, sourced: { zh: '有据', en: 'sourced' }, schematic: { zh: '示意', en: 'schematic' } },
};

function kindOf(spec: FieldSpec, values: unknown[]): FieldKind | null {
  if (spec.values || spec.code) return 'category';
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0) return null;
  if (present.every((v) => typeof v === 'number' && Number.isFinite(v))) return 'number';
  if (present.every((v) => typeof v === 'string')) return present.every((v) => looksLikeDate(v as string)) ? 'date' : 'category';
  // Yes/no and mixed columns are categories (a category clause compares text, numbers and yes/no).
  return present.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') ? 'category' : null;
}

function categoryValues(spec: FieldSpec, values: unknown[]): { values: FieldValue[]; capped: boolean } {
  const counts = new Map<string, number>();
  for (const v of values) {
    if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  }
  // The schema's values come first and all of them, even those no feature has yet: a reader
  // should see that a category exists and is empty.
  const listed: FieldValue[] = Object.entries(spec.values ?? {}).map(([value, label]) => ({ value, label, count: counts.get(value) ?? 0 }));
  const known = new Set(listed.map((v) => v.value));
  const others = [...counts].filter(([v]) => !known.has(v)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [value, count] of others) listed.push({ value, label: null, count });
  return { values: listed.slice(0, MAX_LISTED_VALUES), capped: listed.length > MAX_LISTED_VALUES };
}

/**
 * The filterable fields of a catalogue layer: the schema's fields that are shown (not hidden,
 * not prose in two languages), typed by the values its features hold, plus confidence.
 */
export function catalogueFields(fields: Readonly<Record<string, FieldSpec>>, features: readonly Feature[]): AttributeField[] {
  const out: AttributeField[] = [];
  const entries: Array<[string, FieldSpec]> = [...Object.entries(fields), ['confidence', CONFIDENCE_FIELD]];
  for (const [name, spec] of entries) {
    if (spec.hidden || spec.localized) continue;
    const values = features.map((f) => (f.properties ?? {})[name]);
    // Confidence is everyone's: worth a filter only where the features say it.
    if (spec === CONFIDENCE_FIELD && !values.some((v) => typeof v === 'string')) continue;
    const kind = kindOf(spec, values);
    if (!kind) continue;
    const field: AttributeField = { name, kind, label: spec.label ?? null, unit: spec.unit ?? null, values: [], valuesCapped: false, ...(spec.format ? { format: spec.format } : {}) };
    if (kind === 'category') {
      const { values: listed, capped } = categoryValues(spec, values);
      if (listed.length === 0) continue;
      Object.assign(field, { values: listed, valuesCapped: capped });
    } else if (kind === 'number') {
      const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
      Object.assign(field, { min: Math.min(...numbers), max: Math.max(...numbers) });
    }
    out.push(field);
  }
  return out;
}

/** The filterable columns of an imported layer, from its field summaries. */
export function importedFields(summaries: readonly FieldSummary[]): AttributeField[] {
  const out: AttributeField[] = [];
  for (const s of summaries) {
    const base = { name: s.name, label: null, unit: null, values: [], valuesCapped: false };
    if (s.type === 'number') out.push({ ...base, kind: 'number', min: s.min, max: s.max });
    else if (s.type === 'string' || s.type === 'mixed' || s.type === 'boolean') {
      const distinct = s.distinct ?? [];
      if (distinct.length === 0) continue;
      if (s.type === 'string' && distinct.every(looksLikeDate)) out.push({ ...base, kind: 'date' });
      else out.push({ ...base, kind: 'category', values: distinct.map((value) => ({ value, label: null, count: null })), valuesCapped: s.distinctCapped === true });
    }
  }
  return out;
}

/** A field's name for people: the schema's label, or the column's own name. */
export const fieldLabel = (f: Pick<AttributeField, 'name' | 'label'>): Localized => f.label ?? { zh: f.name, en: f.name };

/** A value's words: the schema's, or the value itself (an empty text reads as a dash). */
export const valueLabel = (v: Pick<FieldValue, 'value' | 'label'>): Localized => v.label ?? { zh: v.value === '' ? '—' : v.value, en: v.value === '' ? '—' : v.value };
