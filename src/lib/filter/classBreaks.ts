import { ckmeans, quantileSorted } from 'simple-statistics';

/**
 * Graduated classes for colour by a number attribute. `quantile` puts about as many features in
 * each class; `jenks` (natural breaks, by ckmeans: optimal 1-D k-means) keeps similar values
 * together, which suits skewed data such as investment.
 */
export type ClassMethod = 'quantile' | 'jenks';
export const CLASS_METHODS: readonly ClassMethod[] = ['quantile', 'jenks'];

export interface ClassBreaks {
  /**
   * Lower bounds of the second class onwards, ascending and each a value of the data: a value
   * v is in class i when thresholds[i-1] <= v < thresholds[i], as MapLibre's `step` reads them.
   * Fewer than classes - 1 when the data has fewer distinct values.
   */
  thresholds: number[];
  /** Each class's smallest and largest value in the data, for the legend. */
  ranges: [min: number, max: number][];
  /** Features in each class. */
  counts: number[];
  /** Values left out because they were not finite numbers (null, text, NaN). */
  skipped: number;
}

export const MIN_CLASSES = 2;
export const MAX_CLASSES = 12;

/** The smallest data value at or above t: class bounds on data values leave no class empty. */
function snapUp(sorted: readonly number[], t: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] as number;
}

function rawThresholds(sorted: number[], k: number, method: ClassMethod): number[] {
  if (method === 'jenks') return ckmeans(sorted, k).slice(1).map((cluster) => cluster[0] as number);
  const out: number[] = [];
  for (let i = 1; i < k; i++) out.push(quantileSorted(sorted, i / k));
  return out;
}

/**
 * Splits the finite numbers among `values` into `classes` classes (clamped to 2..12). All-equal
 * data gives one class; no numbers at all give none.
 */
export function classBreaks(values: readonly unknown[], classes: number, method: ClassMethod): ClassBreaks {
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const skipped = values.length - numbers.length;
  if (numbers.length === 0) return { thresholds: [], ranges: [], counts: [], skipped };
  const sorted = numbers.sort((a, b) => a - b);
  const distinct = new Set(sorted).size;
  const wanted = Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, Math.round(Number.isFinite(classes) ? classes : MIN_CLASSES)));
  // ckmeans needs at least as many distinct values as clusters; quantiles would repeat.
  const k = Math.min(wanted, distinct);
  const min = sorted[0] as number;
  const thresholds = k < 2 ? [] : [...new Set(rawThresholds(sorted, k, method).map((t) => snapUp(sorted, t)))].filter((t) => t > min);

  const ranges: [number, number][] = [];
  const counts: number[] = [];
  let start = 0;
  for (let i = 0; i <= thresholds.length; i++) {
    const next = thresholds[i];
    let end = start;
    while (end < sorted.length && (next === undefined || (sorted[end] as number) < next)) end++;
    ranges.push([sorted[start] as number, sorted[end - 1] as number]);
    counts.push(end - start);
    start = end;
  }
  return { thresholds, ranges, counts, skipped };
}

/** The class a value falls in (as `step` would put it), or null for a value that is not a number. */
export function classOf(value: unknown, breaks: Pick<ClassBreaks, 'thresholds'>): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  let i = 0;
  while (i < breaks.thresholds.length && value >= (breaks.thresholds[i] as number)) i++;
  return i;
}
