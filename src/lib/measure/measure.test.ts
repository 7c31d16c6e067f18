import type { Feature, LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_M } from '../query/sphere.ts';
import { describeMeasurement, measure } from './measure.ts';

describe('measure', () => {
  it('measures a line along a meridian: Δlat · R', () => {
    const line: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[112.5, 38], [112.5, 38.1], [112.5, 38.2]] } };
    expect(measure(line).lengthKm).toBeCloseTo((0.2 * Math.PI / 180) * EARTH_RADIUS_M / 1000, 6);
    expect(measure(line).areaKm2).toBeNull();
  });

  it('gives a polygon area in km², 亩 and 公顷 that agree with each other', () => {
    // A 0.01° × 0.01° cell at 38° N: ≈ 1.112 km × 0.876 km ≈ 0.974 km².
    const cell: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[112.5, 38], [112.51, 38], [112.51, 38.01], [112.5, 38.01], [112.5, 38]]] } };
    const m = measure(cell);
    expect(m.areaKm2).toBeGreaterThan(0.97);
    expect(m.areaKm2).toBeLessThan(0.98);
    expect(m.areaHa).toBeCloseTo((m.areaKm2 as number) * 100, 9);
    expect(m.areaMu).toBeCloseTo((m.areaKm2 as number) * 1500, 9);
  });

  it('describes 4.6 km² as 6,900 亩 and 460 公顷', () => {
    expect(describeMeasurement({ lengthKm: 8.6, areaKm2: 4.6, areaMu: 6900, areaHa: 460 }, 'zh')).toEqual(['周长 8.6 公里', '面积 4.6 平方公里 · 6,900 亩 · 460 公顷']);
    expect(describeMeasurement({ lengthKm: 12.345, areaKm2: null, areaMu: null, areaHa: null }, 'en')).toEqual(['Length 12.35 km']);
  });
});
