import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildView } from './rowView.ts';
import { rawColumns } from './rawColumns.ts';
import { FeatureSource } from './featureSource.ts';
import { runSteps, runStepsInSlices } from './steps.ts';
import type { ViewQuery } from './tableTypes.ts';

const feature = (properties: Record<string, unknown>, located = true): Feature => ({
  type: 'Feature', properties, geometry: located ? { type: 'Point', coordinates: [112, 38] } : (null as unknown as Feature['geometry']),
});

const ROWS = [
  { name: '上海', n: 10, kind: 'b' },
  { name: '北京', n: 2, kind: 'a' },
  { name: '地块 10', n: null, kind: 'a' },
  { name: '地块 9', n: 2, kind: 'b' },
  { name: '', n: 1.5, kind: 'a' },
  { name: 'apple', n: -3, kind: 'c' },
];
const source = new FeatureSource(ROWS.map((r, i) => feature(r, i !== 1)));
const columns = rawColumns(source, ['name', 'n', 'kind'], 'zh');
const query = (q: Partial<ViewQuery>): ViewQuery => ({ filter: [], search: '', sort: null, ...q });
const view = (q: Partial<ViewQuery>) => runSteps(buildView(source, columns, query(q)));

describe('buildView', () => {
  it('keeps the layer order with no filter, search or sort', () => {
    expect([...view({}).order]).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('sorts numbers by value and empties last, both ways, ties in layer order', () => {
    expect([...view({ sort: { column: 'n', descending: false } }).order]).toEqual([5, 4, 1, 3, 0, 2]);
    expect([...view({ sort: { column: 'n', descending: true } }).order]).toEqual([0, 1, 3, 4, 5, 2]);
  });

  it('sorts text as a Chinese reader does (pinyin, digits as numbers), empties last', () => {
    // 北京 (bei), 地块 9, 地块 10 (di), 上海 (shang), then Latin (the zh collation puts hanzi first); '' is empty.
    expect([...view({ sort: { column: 'name', descending: false } }).order]).toEqual([1, 3, 2, 0, 5, 4]);
    expect([...view({ sort: { column: 'name', descending: true } }).order]).toEqual([5, 0, 2, 3, 1, 4]);
  });

  it('filters by the layer filter and searches the shown cells case-insensitively', () => {
    expect([...view({ filter: [{ kind: 'category', field: 'kind', values: ['a'] }] }).order]).toEqual([1, 2, 4]);
    expect([...view({ search: 'APP' }).order]).toEqual([5]);
    expect([...view({ search: '地块' }).order]).toEqual([2, 3]);
    // A number is found by its own digits.
    expect([...view({ search: '1.5' }).order]).toEqual([4]);
    expect([...view({ search: '  ', filter: [{ kind: 'range', field: 'n', min: 2 }] }).order]).toEqual([0, 1, 3]);
  });

  it('pages rows as text, finds a feature’s position, and totals number columns over the rows in view', () => {
    const v = view({ sort: { column: 'n', descending: true } });
    expect(v.page(0, 2)).toEqual([
      { index: 0, cells: ['上海', '10', 'b'], located: true },
      { index: 1, cells: ['北京', '2', 'a'], located: false },
    ]);
    expect(v.page(5, 10).map((r) => r.index)).toEqual([2]);
    expect(v.positionOf(4)).toBe(3);
    expect(v.summary()).toMatchObject({ length: 6, total: 6, sums: [{ key: 'n', sum: 12.5, count: 5, text: '12.5' }] });
    const filtered = view({ filter: [{ kind: 'category', field: 'kind', values: ['b'] }] });
    expect(filtered.summary().sums[0]).toMatchObject({ sum: 12, count: 2 });
    expect(filtered.positionOf(1)).toBe(-1);
  });

  it('runs in slices and stops once cancelled', async () => {
    const big = new FeatureSource(Array.from({ length: 50_000 }, (_, i) => feature({ v: (i * 7919) % 1000 })));
    const cols = rawColumns(big, ['v'], 'en');
    let pauses = 0;
    const v = await runStepsInSlices(buildView(big, cols, query({ sort: { column: 'v', descending: false } })), { sliceMs: 0, pause: async () => void pauses++ });
    expect(pauses).toBeGreaterThan(5);
    expect(v.length).toBe(50_000);
    const controller = new AbortController();
    controller.abort(new DOMException('cancelled', 'AbortError'));
    await expect(runStepsInSlices(buildView(big, cols, query({})), { signal: controller.signal })).rejects.toThrow('cancelled');
  });
});
