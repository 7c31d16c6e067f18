import fc from 'fast-check';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { matchesFilter } from '../filter/filterExpression.ts';
import type { FilterSpec } from '../filter/filterSpec.ts';
import { prepareLayer, type PreparedLayer } from './preparedLayer.ts';
import { runQuery, type LayerProvider, type QuerySpec } from './runQuery.ts';

const point = fc
  .record({
    x: fc.double({ min: 112.5, max: 112.7, noNaN: true }),
    y: fc.double({ min: 38.0, max: 38.2, noNaN: true }),
    industry: fc.constantFrom('新材料', '高端装备', 'unknown'),
    investment: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  })
  .map(({ x, y, ...p }): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [x, y] }, properties: p }));

const filter: fc.Arbitrary<FilterSpec> = fc.oneof(
  fc.constant<FilterSpec>([]),
  fc.subarray(['新材料', '高端装备', 'unknown'], { minLength: 1 }).map((values): FilterSpec => [{ kind: 'category', field: 'industry', values }]),
  fc.integer({ min: 0, max: 5 }).map((min): FilterSpec => [{ kind: 'range', field: 'investment', min }]),
);

const provider = (layers: Record<string, Feature[]>): LayerProvider & { prepared: Record<string, PreparedLayer> } => {
  const prepared = Object.fromEntries(Object.entries(layers).map(([id, fs]) => [id, prepareLayer(fs)]));
  return { prepared, layer: async (id) => prepared[id] as PreparedLayer };
};

const ids = (ms: { feature: Feature }[]) => ms.map((m) => JSON.stringify(m.feature)).sort();

describe('queries respect attribute filters', () => {
  it('give what the same query finds over only the features the filters show, with whole-layer indices (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(point, { maxLength: 25 }),
        fc.array(point, { minLength: 1, maxLength: 6 }),
        filter,
        filter,
        fc.constantFrom<Pick<QuerySpec, 'op' | 'meters' | 'k'>>({ op: 'within', meters: 4000 }, { op: 'nearest', k: 2 }),
        async (targets, sources, onTarget, onSource, op) => {
          const spec: QuerySpec = { ...op, target: 'projects', source: { kind: 'layer', layer: 'parks' } };
          const whole = provider({ projects: targets, parks: sources });
          const got = await runQuery(spec, whole, {}, { projects: onTarget, parks: onSource });
          const brute = provider({ projects: targets.filter((f) => matchesFilter(f.properties, onTarget)), parks: sources.filter((f) => matchesFilter(f.properties, onSource)) });
          const want = (await runQuery(spec, brute).catch(() => ({ matches: [] }))).matches;
          expect(ids(got.matches)).toEqual(ids(want));
          for (const m of got.matches) {
            expect(m.feature).toBe(whole.prepared.projects?.features[m.index]);
            expect(matchesFilter(m.feature.properties, onTarget)).toBe(true);
          }
          expect(got.filtered).toEqual([...(onTarget.length ? ['projects'] : []), ...(onSource.length ? ['parks'] : [])]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
