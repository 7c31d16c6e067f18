/**
 * Property test: for random rows (numbers, Chinese and Latin words, empties, flags), random
 * filters, searches and sorts, the view holds exactly the rows a brute-force filter keeps, in
 * the order a plain Array#sort with the same rules gives (numbers, then text by the zh collator,
 * empties last; descending reverses all but the empties; ties in layer order).
 */
import type { Feature } from 'geojson';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesFilter } from '../filter/filterExpression.ts';
import type { FilterSpec } from '../filter/filterSpec.ts';
import { cellValue } from './cellText.ts';
import { FeatureSource } from './featureSource.ts';
import { rawColumns } from './rawColumns.ts';
import { buildView } from './rowView.ts';
import { runSteps } from './steps.ts';
import type { CellValue, ViewQuery } from './tableTypes.ts';

const WORDS = ['新材料', '高端装备', '绿色能源', 'Apple', 'apple', 'b', '地块 9', '地块 10', '3', 'x,y'];
const value = fc.oneof(fc.constantFrom(...WORDS), fc.integer({ min: -5, max: 5 }), fc.constantFrom(1.5, 1e9, 0), fc.constantFrom(null, '', true, false));
const row = fc.record({ a: value, b: value, c: value }, { requiredKeys: [] });
const FIELDS = ['a', 'b', 'c'] as const;
const filter: fc.Arbitrary<FilterSpec> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('category' as const), field: fc.constantFrom(...FIELDS), values: fc.uniqueArray(fc.constantFrom(...WORDS, '1', '0'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ kind: fc.constant('range' as const), field: fc.constantFrom(...FIELDS), min: fc.integer({ min: -5, max: 5 }) }),
  ),
  { maxLength: 2 },
);
const viewQuery: fc.Arbitrary<ViewQuery> = fc.record({
  filter,
  search: fc.constantFrom('', '', 'a', 'A', '地块', '1', ' 新 '),
  sort: fc.option(fc.record({ column: fc.constantFrom(...FIELDS), descending: fc.boolean() }), { nil: null }),
});

const group = (v: CellValue) => (v === null ? 2 : typeof v === 'number' ? 0 : 1);

/** The rules written out plainly, for Array#sort. */
function bruteForce(rows: Record<string, unknown>[], q: ViewQuery): number[] {
  const cell = (r: Record<string, unknown>, k: string) => cellValue(r[k], '是', '否');
  const needle = q.search.trim().toLocaleLowerCase();
  const kept = rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => matchesFilter(r, q.filter))
    .filter(({ r }) => !needle || FIELDS.some((k) => { const v = cell(r, k); return v !== null && String(v).toLocaleLowerCase().includes(needle); }));
  const sort = q.sort;
  if (sort) {
    const dir = sort.descending ? -1 : 1;
    kept.sort((x, y) => {
      const a = cell(x.r, sort.column);
      const b = cell(y.r, sort.column);
      const ga = group(a);
      const gb = group(b);
      if (ga === 2 || gb === 2) return ga - gb || x.i - y.i;
      if (ga !== gb) return dir * (ga - gb) || x.i - y.i;
      const c = typeof a === 'number' ? a - (b as number) : (a as string).localeCompare(b as string, 'zh', { numeric: true });
      return dir * c || x.i - y.i;
    });
  }
  return kept.map(({ i }) => i);
}

describe('buildView against a brute-force filter and sort', () => {
  it('keeps the same rows in the same order', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), viewQuery, (rows, q) => {
        const source = new FeatureSource(rows.map((properties): Feature => ({ type: 'Feature', properties, geometry: null as unknown as Feature['geometry'] })));
        const view = runSteps(buildView(source, rawColumns(source, [...FIELDS], 'zh'), q));
        expect([...view.order]).toEqual(bruteForce(rows, q));
      }),
      { numRuns: 400 },
    );
  });

  it('also past the native runs (merge passes), on 40,000 rows', () => {
    const r = fc.sample(row, { numRuns: 40_000, seed: 7 });
    const source = new FeatureSource(r.map((properties): Feature => ({ type: 'Feature', properties, geometry: null as unknown as Feature['geometry'] })));
    const columns = rawColumns(source, [...FIELDS], 'zh');
    for (const q of fc.sample(viewQuery, { numRuns: 6, seed: 3 })) {
      expect([...runSteps(buildView(source, columns, q)).order]).toEqual(bruteForce(r, q));
    }
    const sorted: ViewQuery = { filter: [], search: '', sort: { column: 'b', descending: true } };
    expect([...runSteps(buildView(source, columns, sorted)).order]).toEqual(bruteForce(r, sorted));
  });
});
