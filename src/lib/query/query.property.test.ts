/**
 * Property tests: on random data in the zone, each operation returns exactly what a
 * brute-force pass over every pair returns (no index, no prefilter).
 */
import { booleanIntersects, distance as turfDistance } from '@turf/turf';
import fc from 'fast-check';
import type { Feature, Geometry, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geometryDistance } from './geometryDistance.ts';
import { partsOf } from './geometryParts.ts';
import { inside } from './inside.ts';
import { nearest, nearestToSources } from './nearest.ts';
import { prepareLayer } from './preparedLayer.ts';
import { withinDistance } from './withinDistance.ts';

const lon = fc.double({ min: 112.0, max: 113.0, noNaN: true });
const lat = fc.double({ min: 37.8, max: 38.8, noNaN: true });
const pos = fc.tuple(lon, lat);
const size = fc.double({ min: 0.001, max: 0.08, noNaN: true });

const geometry: fc.Arbitrary<Geometry> = fc.oneof(
  pos.map((c): Geometry => ({ type: 'Point', coordinates: c })),
  fc.array(pos, { minLength: 2, maxLength: 5 }).map((cs): Geometry => ({ type: 'LineString', coordinates: cs })),
  fc.tuple(pos, size, size).map(([[x, y], w, h]): Geometry => ({ type: 'Polygon', coordinates: [[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]] })),
);
const layer = (g: fc.Arbitrary<Geometry>, max: number) =>
  fc.array(g, { maxLength: max }).map((gs) => gs.map((geometry, i): Feature => ({ type: 'Feature', geometry, properties: { id: `f${i}` } })));

function bruteWithin(targets: Feature[], sources: Feature[], d: number): Map<number, number> {
  const out = new Map<number, number>();
  targets.forEach((t, ti) => {
    let best = Infinity;
    for (const s of sources) best = Math.min(best, geometryDistance(partsOf(t.geometry), partsOf(s.geometry)));
    if (best <= d + 1e-6) out.set(ti, best);
  });
  return out;
}

describe('query engine against brute force', () => {
  it('withinDistance returns the same targets and distances', () => {
    fc.assert(
      fc.property(layer(geometry, 40), layer(geometry, 6), fc.double({ min: 0, max: 15000, noNaN: true }), (targets, sources, d) => {
        const got = withinDistance(prepareLayer(targets), prepareLayer(sources), d);
        const want = bruteWithin(targets, sources, d);
        expect(got.map((m) => m.index)).toEqual([...want.keys()]);
        // Points take a packed fast path: same formula, different rounding in the last bits.
        for (const m of got) expect(m.distance_m).toBeCloseTo(want.get(m.index) ?? NaN, 6);
      }),
      { numRuns: 150 },
    );
  });

  it('point-to-point distances equal turf.distance', () => {
    const points = layer(pos.map((c): Geometry => ({ type: 'Point', coordinates: c })), 60);
    fc.assert(
      fc.property(points, points, fc.double({ min: 0, max: 20000, noNaN: true }), (targets, sources, d) => {
        const got = withinDistance(prepareLayer(targets), prepareLayer(sources), d);
        const want = targets
          .map((t, ti) => [ti, Math.min(...sources.map((s) => turfDistance(t as Feature<never>, s as Feature<never>, { units: 'meters' })))] as const)
          // The engine counts distances within 1 µm of D as D (DISTANCE_EPSILON_M).
          .filter(([, m]) => m <= d + 1e-6);
        expect(got.map((m) => m.index)).toEqual(want.map(([ti]) => ti));
        got.forEach((m, i) => expect(m.distance_m).toBeCloseTo(want[i]?.[1] ?? NaN, 6));
      }),
      { numRuns: 100 },
    );
  });

  it('nearest returns the k smallest brute-force distances', () => {
    fc.assert(
      fc.property(layer(geometry, 40), pos, fc.integer({ min: 1, max: 5 }), (targets, from, k) => {
        const got = nearest(prepareLayer(targets), { type: 'Point', coordinates: from }, k);
        const all = targets.map((t) => geometryDistance(partsOf(t.geometry), partsOf({ type: 'Point', coordinates: from }))).sort((a, b) => a - b);
        expect(got).toHaveLength(Math.min(k, all.length));
        got.forEach((m, i) => expect(m.distance_m).toBeCloseTo(all[i] ?? NaN, 6));
      }),
      { numRuns: 100 },
    );
  });

  it('nearest from several sources lists each source\'s k nearest once, at its brute-force closest source', () => {
    fc.assert(
      fc.property(layer(geometry, 30), layer(geometry, 6), fc.integer({ min: 1, max: 4 }), (targets, sources, k) => {
        const prepared = prepareLayer(targets);
        const got = nearestToSources(prepared, sources, k);
        const indices = got.map((m) => m.index);
        expect(new Set(indices).size).toBe(indices.length);
        // Candidates: whatever each source's own k nearest are (that rule is tested above).
        const candidates = new Set(sources.flatMap((s) => nearest(prepared, s, k).map((m) => m.index)));
        expect([...indices].sort((a, b) => a - b)).toEqual([...candidates].sort((a, b) => a - b));
        for (const m of got) {
          const d = sources.map((s) => geometryDistance(partsOf(m.feature.geometry), partsOf(s.geometry)));
          expect(m.distance_m).toBeCloseTo(Math.min(...d), 6);
          expect(d[sources.findIndex((s) => s.properties?.id === m.nearest_source_id)]).toBeCloseTo(m.distance_m, 6);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('inside agrees with turf.booleanIntersects', () => {
    const area = fc.tuple(pos, size, size).map(([[x, y], w, h]): Feature<Polygon> => ({
      type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + w * 4, y], [x + w * 4, y + h * 4], [x, y + h * 4], [x, y]]] },
    }));
    fc.assert(
      fc.property(layer(geometry, 40), area, (targets, a) => {
        const got = inside(prepareLayer(targets), a).map((m) => m.index);
        const want = targets.map((t, i) => [t, i] as const).filter(([t]) => booleanIntersects(t, a)).map(([, i]) => i);
        expect(got).toEqual(want);
      }),
      { numRuns: 150 },
    );
  });
});
