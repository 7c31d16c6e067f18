import type { ViewQuery } from './tableTypes.ts';

/** What a new view changes about the last one, as the table's busy sign words it. */
export type ViewChange = 'sort' | 'search' | 'filter';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Which part of the query changed since the view before: the order, the search or the filter
 * (the first that differs, in that order). Null for the first view and for the same query again
 * (the rows' source was made anew): nothing the reader did, so the plain "arranging" applies.
 */
export function viewChange(before: ViewQuery | null, after: ViewQuery): ViewChange | null {
  if (!before) return null;
  if (!same(before.sort, after.sort)) return 'sort';
  if (before.search !== after.search) return 'search';
  if (!same(before.filter, after.filter)) return 'filter';
  return null;
}
