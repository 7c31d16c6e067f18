import type { Feature, Geometry } from 'geojson';
import type { Localized } from '../catalogue/types.ts';
import type { FilterClause } from '../filter/filterSpec.ts';
import type { BarMark, ChartBar } from './chartData.ts';
import type { FigureBasis } from './figureBasis.ts';

/** Where a row goes in a chart: its bar, how the bar is labelled and filtered to, and what it adds. */
export interface RowPlace {
  key: string;
  label: Localized;
  clause: FilterClause | null;
  value: number;
  /** What the value is; a count is always 'reported'. */
  basis?: FigureBasis;
  unpublished: boolean;
  marks: BarMark[];
}

/** A layer's feature as a chart row: drawn or, for a project known only by its county, not (null geometry). */
export type Row = Feature<Geometry | null>;

/** Coded values → words (the catalogue's `fields.<field>.values`). */
export type ValueWords = Readonly<Record<string, Localized>>;

/**
 * Rows into bars, one per key, in the order each key was first met; the caller sorts. Every row
 * lands in exactly one bar, so the bars' values sum to the rows' total.
 */
export function groupRows(rows: readonly Row[], place: (f: Row) => RowPlace, statusWords: ValueWords): ChartBar[] {
  const bars = new Map<string, ChartBar>();
  for (const f of rows) {
    const p = place(f);
    let bar = bars.get(p.key);
    if (!bar) {
      bar = { key: p.key, label: p.label, value: 0, parts: noParts(), count: 0, unpublished: 0, marks: [], statuses: [], clause: p.clause };
      bars.set(p.key, bar);
    }
    bar.value += p.value;
    bar.parts[p.basis ?? 'reported'] += p.value;
    bar.count += 1;
    if (p.unpublished) bar.unpublished += 1;
    for (const m of p.marks) if (!bar.marks.includes(m)) bar.marks.push(m);
    const code = textOf(f.properties?.status) ?? 'unknown';
    const s = bar.statuses.find((x) => x.code === code);
    if (s) s.count += 1;
    else bar.statuses.push({ code, label: statusWords[code] ?? { zh: code, en: code }, count: 1 });
  }
  return [...bars.values()];
}

export const noParts = (): Record<FigureBasis, number> => ({ reported: 0, plan: 0, lowerBound: 0 });

/** A property as non-empty text, or null. */
export function textOf(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}
