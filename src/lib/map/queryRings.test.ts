import { distance } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { queryRings } from './queryRings.ts';
import type { QueryMatch } from '../query/types.ts';

const station = (id: string, x: number): Feature => ({ type: 'Feature', properties: { id }, geometry: { type: 'Point', coordinates: [x, 38.4] } });
const matchFrom = (sourceId: string | null): QueryMatch => ({
  index: 0, distance_m: 100, nearest_source_id: sourceId,
  feature: { type: 'Feature', properties: { id: 'park' }, geometry: { type: 'Point', coordinates: [112.7, 38.4] } },
});

describe('queryRings', () => {
  it('draws a 5 km circle around each matched point source, tagged with its id', () => {
    const rings = queryRings([station('s1', 112.7)], [matchFrom('s1')], 5000);
    expect(rings.features).toHaveLength(1);
    const ring = rings.features[0] as Feature<Polygon>;
    expect(ring.properties?.source_id).toBe('s1');
    for (const c of ring.geometry.coordinates[0] ?? []) expect(distance([112.7, 38.4], c, { units: 'meters' })).toBeCloseTo(5000, 0);
  });

  it('draws corridors around lines and nothing for a zero distance', () => {
    const line: Feature = { type: 'Feature', properties: { id: 'l' }, geometry: { type: 'LineString', coordinates: [[112.6, 38.3], [112.8, 38.5]] } };
    expect(queryRings([line], [matchFrom('l')], 3000).features[0]?.geometry.type).toBe('Polygon');
    expect(queryRings([line], [matchFrom('l')], 0).features).toEqual([]);
  });

  it('rings only the sources some match is nearest to (bug: 77 station rings for 3 parks)', () => {
    const stations = [station('s1', 112.6), station('s2', 112.7), station('s3', 112.8), station('s4', 112.9)];
    const rings = queryRings(stations, [matchFrom('s2'), matchFrom('s4'), matchFrom('s4')], 5000);
    expect(rings.features.map((f) => f.properties?.source_id)).toEqual(['s2', 's4']);
    expect(queryRings(stations, [], 5000).features).toEqual([]);
  });

  it('matches a source without an id by the index the query reports for it', () => {
    const anonymous: Feature = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [112.7, 38.4] } };
    expect(queryRings([station('s1', 112.6), anonymous], [matchFrom('#1')], 5000).features.map((f) => f.properties?.source_id)).toEqual(['#1']);
  });
});
