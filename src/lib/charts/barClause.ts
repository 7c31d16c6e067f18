import type { FilterClause, FilterSpec } from '../filter/filterSpec.ts';

const same = (a: FilterClause, b: FilterClause): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The bar's clause is in the filter as it is (the bar is "on"). */
export function isBarOn(spec: FilterSpec | undefined, clause: FilterClause | null): boolean {
  return !!clause && !!spec?.some((c) => same(c, clause));
}

/**
 * A click on a bar: the filter narrowed to that bar, or — when it already was — the bar's clause
 * taken off again. A clause on the same field is replaced (a second industry replaces the first
 * instead of ANDing to nothing); clauses on other fields stay.
 */
export function toggleBar(spec: FilterSpec | undefined, clause: FilterClause): FilterSpec {
  const current = spec ?? [];
  if (isBarOn(current, clause)) return current.filter((c) => !same(c, clause));
  return [...current.filter((c) => c.field !== clause.field), clause];
}

/** The filter without any clause on a chart's field: what its "show all" does. */
export function withoutField(spec: FilterSpec | undefined, field: string): FilterSpec {
  return (spec ?? []).filter((c) => c.field !== field);
}
