import { bearing, distance as turfDistance } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { prepareLayer } from './preparedLayer.ts';
import { EARTH_RADIUS_M } from './sphere.ts';
import { withinDistance } from './withinDistance.ts';

const DEG = 180 / Math.PI;
const RAD = Math.PI / 180;
const f = (id: string, geometry: Geometry): Feature => ({ type: 'Feature', geometry, properties: { id } });
const pt = (id: string, x: number, y: number): Feature => f(id, { type: 'Point', coordinates: [x, y] });
const square = (id: string, x0: number, y0: number, x1: number, y1: number): Feature =>
  f(id, { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] });
const run = (targets: Feature[], sources: Feature[], d: number) =>
  Object.fromEntries(withinDistance(prepareLayer(targets), prepareLayer(sources), d).map((m) => [m.feature.properties?.id, [m.distance_m, m.nearest_source_id]]));

/** Cross-track distance by the spherical-trigonometry formula (bearings), independent of our vector code. */
function crossTrack(p: [number, number], a: [number, number], b: [number, number]): number {
  const d13 = turfDistance(a, p, { units: 'radians' });
  const t13 = bearing(a, p) * RAD;
  const t12 = bearing(a, b) * RAD;
  return Math.abs(Math.asin(Math.sin(d13) * Math.sin(t13 - t12))) * EARTH_RADIUS_M;
}

describe('withinDistance: edge cases worked out by hand', () => {
  const D = 5000;
  // Along a meridian, D metres are exactly D / R radians of latitude.
  const exactly = 38 + (D / EARTH_RADIUS_M) * DEG;
  const beyond = 38 + ((D + 0.01) / EARTH_RADIUS_M) * DEG;

  it('counts a target at exactly D, and not one 1 cm beyond', () => {
    const r = run([pt('at', 112.5, exactly), pt('past', 112.5, beyond)], [pt('s', 112.5, 38)], D);
    expect(Object.keys(r)).toEqual(['at']);
    expect(r.at?.[0]).toBeCloseTo(D, 4);
  });

  it('gives 0 for a point inside a polygon and for one on its edge', () => {
    const r = run([pt('inside', 112.5, 38.5), pt('edge', 112.5, 38), pt('corner', 112, 38)], [square('poly', 112, 38, 113, 39)], 0);
    expect(r).toEqual({ inside: [0, 'poly'], edge: [0, 'poly'], corner: [0, 'poly'] });
  });

  it('measures a point to a meridian edge by the cross-track formula', () => {
    // Distance from (113 + δ, φ) to the meridian 113°: R·asin(sin δ · cos φ).
    const expected = EARTH_RADIUS_M * Math.asin(Math.sin(0.01 * RAD) * Math.cos(38.5 * RAD));
    const r = run([pt('east', 113.01, 38.5)], [square('poly', 112, 38, 113, 39)], 1000);
    expect(r.east?.[0]).toBeCloseTo(expected, 3);
    expect(expected).toBeCloseTo(870.3, 0);
  });

  it('finds a line that crosses a circle around a source, at its cross-track distance', () => {
    const a: [number, number] = [112.4, 38.5];
    const b: [number, number] = [112.6, 38.5];
    const s: [number, number] = [112.5, 38.55];
    const r = run([f('line', { type: 'LineString', coordinates: [a, b] })], [pt('s', ...s)], 6000);
    expect(r.line?.[0]).toBeCloseTo(crossTrack(s, a, b), 3);
    // The great-circle arc bulges ≈ 4.7 m north of the parallel at its middle.
    expect(r.line?.[0]).toBeCloseTo(0.05 * RAD * EARTH_RADIUS_M - 4.7, -1);
    expect(run([f('line', { type: 'LineString', coordinates: [a, b] })], [pt('s', ...s)], 5000)).toEqual({});
  });

  it('uses the nearest endpoint when the perpendicular falls outside the segment', () => {
    const r = run([f('line', { type: 'LineString', coordinates: [[112.4, 38.5], [112.45, 38.5]] })], [pt('s', 112.5, 38.5)], 10000);
    expect(r.line?.[0]).toBeCloseTo(turfDistance([112.45, 38.5], [112.5, 38.5], { units: 'meters' }), 6);
  });

  it('handles zero distance: only touching geometries match', () => {
    const r = run([pt('same', 112.5, 38), pt('near', 112.5, 38.00001)], [pt('s', 112.5, 38)], 0);
    expect(r).toEqual({ same: [0, 's'] });
  });

  it('returns nothing for empty layers', () => {
    expect(run([], [pt('s', 112.5, 38)], 5000)).toEqual({});
    expect(run([pt('t', 112.5, 38)], [], 5000)).toEqual({});
  });

  it('mixes points, lines and polygons on both sides, reporting the nearest source', () => {
    const targets = [pt('p', 112.52, 38.0), f('l', { type: 'LineString', coordinates: [[112.4, 38.1], [112.6, 38.1]] }), square('poly', 112.45, 37.95, 112.46, 37.96)];
    const sources = [pt('s1', 112.5, 38.0), f('route', { type: 'LineString', coordinates: [[112.3, 38.12], [112.7, 38.12]] })];
    const r = run(targets, sources, 6000);
    expect(r.p).toEqual([turfDistance([112.52, 38], [112.5, 38], { units: 'meters' }), 's1']);
    expect(r.l?.[1]).toBe('route');
    // Both are great-circle arcs bowing north; the route bows more (it is twice as long), so the
    // gap is smallest at the line's ends: 0.02° of latitude (2,224 m) plus the route's bow there.
    const atEnds = Math.min(crossTrack([112.4, 38.1], [112.3, 38.12], [112.7, 38.12]), crossTrack([112.6, 38.1], [112.3, 38.12], [112.7, 38.12]));
    expect(r.l?.[0]).toBeCloseTo(atEnds, 3);
    expect(r.l?.[0]).toBeCloseTo(2238, 0);
    // The square's nearest corner (112.46, 37.96) to s1: 5.66 km.
    expect(r.poly?.[0]).toBeCloseTo(turfDistance([112.46, 37.96], [112.5, 38], { units: 'meters' }), 3);
  });

  it('rejects negative or non-finite distances', () => {
    expect(() => run([pt('t', 112.5, 38)], [pt('s', 112.5, 38)], -1)).toThrow(RangeError);
    expect(() => run([pt('t', 112.5, 38)], [pt('s', 112.5, 38)], Number.NaN)).toThrow(RangeError);
  });
});
