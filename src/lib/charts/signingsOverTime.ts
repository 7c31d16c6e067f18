import type { ChartBar, ChartData } from './chartData.ts';
import { groupRows, noParts, type Row, type ValueWords } from './groupRows.ts';

/** The bar for projects with no usable date. */
export const NO_DATE = { zh: '日期未注明', en: 'No date' };

/** Up to this many years are shown by half-year; a longer span by year. */
const HALF_YEARS_UP_TO = 6;
/** The most years shown with the empty ones between. */
const MAX_SPAN = 30;

const DATE = /^(\d{4})(?:-(\d{2})(?:-\d{2})?)?$/;

/** The year and month of an ISO date property ('2022', '2022-06', '2022-06-15'); month null for a bare year. */
export function dateParts(v: unknown): { year: number; month: number | null } | null {
  if (typeof v !== 'string') return null;
  const m = DATE.exec(v);
  if (!m) return null;
  const month = m[2] === undefined ? null : Number(m[2]);
  return month !== null && (month < 1 || month > 12) ? null : { year: Number(m[1]), month };
}

type Period = { key: string; year: number; order: number };

const yearPeriod = (year: number): Period => ({ key: String(year), year, order: year * 3 });
/** Half 1 or 2 of a year; half 3 holds the dates known only to the year (after both halves). */
const halfPeriod = (year: number, half: 1 | 2 | 3): Period => ({ key: half === 3 ? `${year}` : `${year}-H${half}`, year, order: year * 3 + half - 1 });

function labelOf(p: Period, halves: boolean): ChartBar['label'] {
  if (!halves) return { zh: `${p.year} 年`, en: String(p.year) };
  const half = p.key.endsWith('-H1') ? 1 : p.key.endsWith('-H2') ? 2 : 3;
  if (half === 3) return { zh: `${p.year} 年（月份不详）`, en: `${p.year} (month unknown)` };
  return { zh: `${p.year} 年${half === 1 ? '上' : '下'}半年`, en: `${p.year} H${half}` };
}

/** The date clause a bar filters to: its year or half-year; none for dates known only to the year (a year's range would take in the rest). */
function clauseOf(p: Period, halves: boolean): ChartBar['clause'] {
  if (!halves) return { kind: 'date', field: 'date', from: `${p.year}-01`, to: `${p.year}-12` };
  if (p.key.endsWith('-H1')) return { kind: 'date', field: 'date', from: `${p.year}-01`, to: `${p.year}-06` };
  if (p.key.endsWith('-H2')) return { kind: 'date', field: 'date', from: `${p.year}-07`, to: `${p.year}-12` };
  return null;
}

/**
 * Projects by their key date — whatever the sources dated (a signing, a start of works, a report,
 * an announcement…; `date_basis` says which): by half-year over a short span, else by year.
 * Periods run in order with the empty ones between the first and the last found shown (an empty
 * half-year is a fact too; one outside them, after a filter narrowed the dates, is not), the
 * undated last; a bar holding an inferred date is marked.
 */
export function signingsOverTime(rows: readonly Row[], statusWords: ValueWords): ChartData {
  const years = rows.flatMap((f) => dateParts(f.properties?.date)?.year ?? []);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const halves = years.length > 0 && last - first + 1 <= HALF_YEARS_UP_TO;
  const periodOf = (year: number, month: number | null): Period => (halves ? halfPeriod(year, month === null ? 3 : month <= 6 ? 1 : 2) : yearPeriod(year));
  const orders = new Map<string, number>();
  // The periods the empty ones are filled between: a date known only to its year stands after both halves and spans neither.
  const spanned: number[] = [];
  const found = groupRows(
    rows,
    (f) => {
      const d = dateParts(f.properties?.date);
      if (d === null) return { key: 'none', label: NO_DATE, clause: null, value: 1, unpublished: false, marks: [] };
      const p = periodOf(d.year, d.month);
      orders.set(p.key, p.order);
      if (!halves || d.month !== null) spanned.push(p.order);
      return { key: p.key, label: labelOf(p, halves), clause: clauseOf(p, halves), value: 1, unpublished: false, marks: f.properties?.date_inferred === true ? ['inferredDate'] : [] };
    },
    statusWords,
  );
  // Empty periods between the first and the last found, over a span a chart can show.
  const [from, to] = [Math.min(...spanned), Math.max(...spanned)];
  const span: Period[] = [];
  if (spanned.length && last - first <= MAX_SPAN) {
    for (let y = first; y <= last; y++) span.push(...(halves ? [halfPeriod(y, 1), halfPeriod(y, 2)] : [yearPeriod(y)]).filter((p) => p.order >= from && p.order <= to));
  }
  for (const p of span) orders.set(p.key, p.order);
  const empty = span
    .filter((p) => !found.some((b) => b.key === p.key))
    .map((p): ChartBar => ({ key: p.key, label: labelOf(p, halves), value: 0, parts: noParts(), count: 0, unpublished: 0, marks: [], statuses: [], clause: clauseOf(p, halves) }));
  const order = (b: ChartBar) => (b.key === 'none' ? Infinity : (orders.get(b.key) ?? 0));
  const bars = [...found, ...empty].sort((a, b) => order(a) - order(b));
  return { id: 'signingsOverTime', unit: 'projects', bars, total: bars.reduce((s, b) => s + b.value, 0), rows: rows.length, unpublished: 0 };
}
