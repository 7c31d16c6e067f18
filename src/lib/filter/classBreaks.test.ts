import { ckmeans, quantile } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { classBreaks, classOf } from './classBreaks.ts';

/** Within-class sum of squares of a split of sorted values at the given cut indices. */
function ssw(sorted: number[], cuts: number[]): number {
  let total = 0;
  [0, ...cuts].forEach((start, i) => {
    const part = sorted.slice(start, cuts[i] ?? sorted.length);
    const mean = part.reduce((a, b) => a + b, 0) / part.length;
    total += part.reduce((a, b) => a + (b - mean) ** 2, 0);
  });
  return total;
}

describe('natural breaks (ckmeans)', () => {
  const data = [1, 2, 4, 5, 12, 43, 52, 99];

  it('splits [1,2,4,5,12,43,52,99] into three classes as worked by hand', () => {
    // By hand: {1,2,4,5,12} {43,52} {99} leaves 74.8 + 40.5 + 0 = 115.3 within classes; the next
    // best, {1,2,4,5} {12,43,52} {99}, leaves 10 + 880.7.
    const b = classBreaks(data, 3, 'jenks');
    expect(b.thresholds).toEqual([43, 99]);
    expect(b.ranges).toEqual([[1, 12], [43, 52], [99, 99]]);
    expect(b.counts).toEqual([5, 2, 1]);
    expect(ssw(data, [5, 7])).toBeCloseTo(115.3, 6);
    // and no other split into three contiguous classes does better
    for (let i = 1; i < data.length; i++) for (let j = i + 1; j < data.length; j++) expect(ssw(data, [i, j])).toBeGreaterThanOrEqual(115.3 - 1e-9);
  });

  it('agrees with the library’s documented example', () => {
    expect(ckmeans([-1, 2, -1, 2, 4, 5, 6, -1, 2, -1], 3)).toEqual([[-1, -1, -1, -1], [2, 2, 2], [4, 5, 6]]);
    const b = classBreaks([-1, 2, -1, 2, 4, 5, 6, -1, 2, -1], 3, 'jenks');
    expect(b.thresholds).toEqual([2, 4]);
    expect(b.counts).toEqual([4, 3, 3]);
  });
});

describe('quantiles', () => {
  it('splits 1..10 into quarters on data values', () => {
    // Type-7 quantiles of 1..10 are 3.25, 5.5 and 7.75; each is moved up to the next value so
    // no class is empty: {1,2,3} {4,5} {6,7} {8,9,10}.
    const b = classBreaks([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 4, 'quantile');
    expect(b.thresholds).toEqual([4, 6, 8]);
    expect(b.counts).toEqual([3, 2, 2, 3]);
    expect(b.ranges).toEqual([[1, 3], [4, 5], [6, 7], [8, 10]]);
  });

  it('agrees with the library’s documented example', () => {
    expect(quantile([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], 0.5)).toBe(9);
    expect(classBreaks([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], 2, 'quantile').thresholds).toEqual([9]);
  });
});

describe('awkward data', () => {
  it.each(['quantile', 'jenks'] as const)('%s: skips what is not a number', (method) => {
    const b = classBreaks([null, Number.NaN, '12', undefined, Infinity, 1, 2, 3], 3, method);
    expect(b.skipped).toBe(5);
    expect(b.counts.reduce((a, c) => a + c, 0)).toBe(3);
  });

  it.each(['quantile', 'jenks'] as const)('%s: fewer distinct values than classes gives one class per value', (method) => {
    const b = classBreaks([5, 1, 5, 1, 1, 5], 5, method);
    expect(b.thresholds).toEqual([5]);
    expect(b.counts).toEqual([3, 3]);
  });

  it.each(['quantile', 'jenks'] as const)('%s: all-equal values make one class; no values, none', (method) => {
    expect(classBreaks([7, 7, 7], 4, method)).toEqual({ thresholds: [], ranges: [[7, 7]], counts: [3], skipped: 0 });
    expect(classBreaks([null], 4, method)).toEqual({ thresholds: [], ranges: [], counts: [], skipped: 1 });
  });

  it('quantiles on tied data never leave a class empty', () => {
    const b = classBreaks([1, 1, 1, 1, 1, 1, 2, 100], 4, 'quantile');
    expect(b.counts.every((c) => c > 0)).toBe(true);
    expect(b.counts.reduce((a, c) => a + c, 0)).toBe(8);
  });

  it('classOf puts a value where MapLibre’s step would', () => {
    const b = { thresholds: [43, 99] };
    expect([1, 42.9, 43, 98, 99, 1000, null, '50'].map((v) => classOf(v, b))).toEqual([0, 0, 1, 1, 2, 2, null, null]);
  });
});
