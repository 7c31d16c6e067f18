import type { Coded, MessageParams } from '../i18n/format.ts';
import { isDateBound, isReversed } from './dateBounds.ts';

/**
 * A layer's attribute filter: clauses ANDed together. Plain data, so it survives the worker
 * boundary, the URL and storage unchanged; `matchesFilter` and `toMapLibreFilter` read it.
 */
export type FilterSpec = FilterClause[];

export type FilterClause = CategoryClause | RangeClause | DateClause;

/**
 * The property, written as text, is one of `values` (a number matches its plain decimal text, a
 * yes/no property 'true' or 'false').
 */
export interface CategoryClause {
  kind: 'category';
  field: string;
  values: string[];
}

/** A number property within [min, max], both inclusive; a property that is not a number fails. */
export interface RangeClause {
  kind: 'range';
  field: string;
  min?: number;
  max?: number;
}

/**
 * An ISO date property ('2022-06-15', '2022-06', or a date-time) within [from, to]. A partial
 * bound means the whole period: `to: '2022-06'` takes in 30 June.
 */
export interface DateClause {
  kind: 'date';
  field: string;
  from?: string;
  to?: string;
}

export const FILTER_KINDS = ['category', 'range', 'date'] as const;

/** Caps that keep a pasted link from building a huge expression; far above what a panel sets. */
export const MAX_CLAUSES = 24;
export const MAX_VALUES = 500;
export const MAX_FIELD_LENGTH = 200;

export type FilterProblemCode =
  | 'notList'
  | 'tooManyClauses'
  | 'notClause'
  | 'unknownKind'
  | 'field'
  | 'noValues'
  | 'valueNotText'
  | 'tooManyValues'
  | 'rangeEmpty'
  | 'rangeNotNumber'
  | 'rangeReversed'
  | 'dateEmpty'
  | 'dateFormat'
  | 'dateReversed'
  | 'badClause'
  | 'badLayer'
  | 'unknownField'
  | 'emptyValues'
  | 'unknownValue';

/** A coded problem (filterProblem.*) for the notice; the i18n tables word it. */
export const filterProblem = (code: FilterProblemCode, params: MessageParams = {}): Coded => ({ key: `filterProblem.${code}`, params });

export interface CheckedFilter {
  /** The clauses that were valid, normalised (values deduplicated, -0 read as 0). */
  spec: FilterSpec;
  /** One problem per clause (or part) that was dropped. */
  problems: Coded[];
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
// Normalise -0 so that equal filters serialise and compare equal.
const plain = (n: number): number => (n === 0 ? 0 : n);

function checkClause(raw: unknown, index: number): { clause: FilterClause | null; problem: Coded | null } {
  const fail = (code: FilterProblemCode, params: MessageParams = {}) => ({ clause: null, problem: filterProblem(code, { clause: index + 1, ...params }) });
  if (!isRecord(raw)) return fail('notClause');
  const { kind, field } = raw;
  if (typeof kind !== 'string' || !(FILTER_KINDS as readonly string[]).includes(kind)) return fail('unknownKind', { kind: String(kind) });
  if (typeof field !== 'string' || field === '' || field.length > MAX_FIELD_LENGTH) return fail('field', { max: MAX_FIELD_LENGTH });
  if (kind === 'category') {
    const { values } = raw;
    if (!Array.isArray(values) || values.length === 0) return fail('noValues', { field });
    if (!values.every((v): v is string => typeof v === 'string')) return fail('valueNotText', { field });
    const unique = [...new Set(values)];
    if (unique.length > MAX_VALUES) return fail('tooManyValues', { field, max: MAX_VALUES });
    return { clause: { kind, field, values: unique }, problem: null };
  }
  if (kind === 'range') {
    const { min, max } = raw;
    if (min === undefined && max === undefined) return fail('rangeEmpty', { field });
    if ((min !== undefined && !finite(min)) || (max !== undefined && !finite(max))) return fail('rangeNotNumber', { field });
    if (finite(min) && finite(max) && min > max) return fail('rangeReversed', { field, min, max });
    const clause: RangeClause = { kind, field };
    if (finite(min)) clause.min = plain(min);
    if (finite(max)) clause.max = plain(max);
    return { clause, problem: null };
  }
  const { from, to } = raw;
  if (from === undefined && to === undefined) return fail('dateEmpty', { field });
  for (const bound of [from, to]) {
    if (bound !== undefined && !isDateBound(bound)) return fail('dateFormat', { field, value: String(bound) });
  }
  const clause: DateClause = { kind: 'date', field };
  if (typeof from === 'string') clause.from = from;
  if (typeof to === 'string') clause.to = to;
  // '2022-06-15'..'2022-06' is fine (within June); only a start after the end's period is reversed.
  if (clause.from !== undefined && clause.to !== undefined && isReversed(clause.from, clause.to)) {
    return fail('dateReversed', { field, from: clause.from, to: clause.to });
  }
  return { clause, problem: null };
}

/**
 * Checks a filter from anywhere (a panel, storage, a link). Never throws: each invalid clause is
 * dropped with a coded problem and the rest are kept, so one bad clause does not cost the others.
 */
export function checkFilter(input: unknown): CheckedFilter {
  if (!Array.isArray(input)) return { spec: [], problems: [filterProblem('notList')] };
  const problems: Coded[] = [];
  const spec: FilterSpec = [];
  input.forEach((raw, i) => {
    const { clause, problem } = checkClause(raw, i);
    if (problem) problems.push(problem);
    else if (clause) {
      if (spec.length < MAX_CLAUSES) spec.push(clause);
      else if (spec.length === MAX_CLAUSES && !problems.some((p) => p.key === 'filterProblem.tooManyClauses')) problems.push(filterProblem('tooManyClauses', { max: MAX_CLAUSES }));
    }
  });
  return { spec, problems };
}
