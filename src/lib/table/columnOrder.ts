import type { TableColumn } from './tableTypes.ts';

/**
 * Per layer, the fields a reader scans a row by, right after its name, in this order. The schema's
 * order is the popup's (a story read top to bottom); a table read across a narrow drawer needs
 * what tells rows apart first. Layers not listed keep the schema's order.
 */
const LEAD: Readonly<Record<string, readonly string[]>> = {
  projects: ['company', 'industry', 'status', 'date', 'investment_cny'],
};

/** A field that only qualifies another one shown (industry_inferred, date_basis, investment_basis of investment_cny). */
const QUALIFIER = /^(.+)_(?:inferred|basis|note)$/;

const qualifies = (key: string, shown: readonly string[]): boolean => {
  const of = QUALIFIER.exec(key)?.[1];
  return of !== undefined && shown.some((k) => k !== key && (k === of || k.startsWith(`${of}_`)));
};

/**
 * A catalogue table's columns by importance: the name first, then the layer's lead fields, then
 * the rest in the schema's order, and last the fields that only qualify another (whether it was
 * inferred, what a date marks), which are read after the value they qualify, if at all.
 */
export function byImportance(columns: readonly TableColumn[], layerId: string): TableColumn[] {
  const lead = LEAD[layerId] ?? [];
  const shown = columns.map((c) => c.key);
  const rank = (c: TableColumn, i: number): number => (i === 0 ? 0 : lead.includes(c.key) ? 1 : qualifies(c.key, shown) ? 3 : 2);
  return columns
    .map((c, i) => ({ c, i, rank: rank(c, i), lead: lead.indexOf(c.key) }))
    .sort((a, b) => a.rank - b.rank || (a.rank === 1 ? a.lead - b.lead : a.i - b.i))
    .map((x) => x.c);
}
