import { PROVENANCE_PROPS, type FieldSpec, type Localized } from '../catalogue/types.ts';
import type { Coded } from '../i18n/format.ts';
import type { FieldSummary } from '../userdata/fieldStats.ts';
import { filterProblem, type FilterClause, type FilterSpec } from './filterSpec.ts';

/**
 * What a layer is known to hold, to check a filter from a link against: a clause on a field the
 * layer does not have, or on values it never holds, would hide every feature and say nothing.
 */
export interface KnownField {
  /** The schema's words for the field, for a notice; null: its own name. */
  label: Localized | null;
  /** Coded values and their words (the catalogue's `values`); null: free values. */
  codes: Readonly<Record<string, Localized>> | null;
  /** Every value the field holds, when that is known in full; null: any value may occur. */
  values: ReadonlySet<string> | null;
}

export type KnownFields = ReadonlyMap<string, KnownField>;

/** Every curated feature carries a confidence (see attributeFields), though no schema lists it. */
const CONFIDENCE: KnownField = {
  label: { zh: '可信度', en: 'Confidence' },
  codes: { surveyed: { zh: '实测', en: 'surveyed' }, sourced: { zh: '有据', en: 'sourced' }, schematic: { zh: '示意', en: 'schematic' } },
  values: null,
};

const FREE = (label: Localized | null): KnownField => ({ label, codes: null, values: null });

/**
 * A catalogue layer's fields, from its schema alone (known as soon as the catalogue is): each
 * field (a prose field as its two copies, park_zh and park_en, which a chart's bar filters on)
 * and the properties every curated feature has (id, names, provenance).
 */
export function catalogueKnownFields(fields: Readonly<Record<string, FieldSpec>>): KnownFields {
  const out = new Map<string, KnownField>(PROVENANCE_PROPS.map((name) => [name, FREE(null)]));
  out.set('confidence', CONFIDENCE);
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.localized) for (const lang of ['zh', 'en'] as const) out.set(`${name}_${lang}`, FREE(spec.label));
    else out.set(name, { label: spec.label, codes: spec.values ?? null, values: spec.values ? new Set(Object.keys(spec.values)) : null });
  }
  return out;
}

/** An imported layer's columns, from the summaries its worker sends once the file is read. */
export function importedKnownFields(summaries: readonly FieldSummary[]): KnownFields {
  return new Map(summaries.map((s) => [s.name, { label: null, codes: null, values: s.distinct && !s.distinctCapped ? new Set(s.distinct) : null }]));
}

/** The one code whose words (in either language) are `text`; null when none or several are. */
function codeOfLabel(codes: Readonly<Record<string, Localized>>, text: string): string | null {
  const folded = text.trim().toLowerCase();
  const hits = Object.entries(codes).filter(([, l]) => l.zh.trim() === text.trim() || l.en.trim().toLowerCase() === folded);
  return hits.length === 1 ? hits[0]![0] : null;
}

export interface FittedFilter {
  spec: FilterSpec;
  /** One per field, value or clause dropped (filterProblem.*). */
  problems: Coded[];
  /** True when the spec differs from the one given (a label mapped, a value or clause dropped). */
  changed: boolean;
}

function fitCategory(c: Extract<FilterClause, { kind: 'category' }>, known: KnownField, problems: Coded[]): FilterClause | null {
  const kept: string[] = [];
  const unknown: string[] = [];
  for (const v of c.values) {
    const code = known.values === null || known.values.has(v) ? v : known.codes ? codeOfLabel(known.codes, v) : null;
    if (code !== null) {
      if (!kept.includes(code)) kept.push(code);
    } else if (v !== '') unknown.push(v);
  }
  // An empty `in:` reads as one empty value: a list of nothing, not a value the layer holds.
  if (c.values.every((v) => v === '') && kept.length === 0) {
    problems.push(filterProblem('emptyValues', { field: c.field }));
    return null;
  }
  for (const value of unknown) problems.push(filterProblem('unknownValue', { field: c.field, value }));
  return kept.length ? { ...c, values: kept } : null;
}

/**
 * The part of a filter that can match the layer: clauses on fields it lacks are dropped, a
 * category's values that it never holds are dropped (a code's words, 新材料 or New materials,
 * become the code when only one code has them), and a category left with no values goes. Range
 * and date clauses are kept as they are: any number or date may occur.
 */
export function fitFilter(spec: FilterSpec, fields: KnownFields): FittedFilter {
  const problems: Coded[] = [];
  const out: FilterSpec = [];
  for (const c of spec) {
    const known = fields.get(c.field);
    if (!known) {
      problems.push(filterProblem('unknownField', { field: c.field }));
      continue;
    }
    const fitted = c.kind === 'category' ? fitCategory(c, known, problems) : c;
    if (fitted) out.push(fitted);
  }
  return { spec: out, problems, changed: JSON.stringify(out) !== JSON.stringify(spec) };
}
