import { distance } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { queryRings } from './queryRings.ts';

describe('queryRings', () => {
  it('draws a 5 km circle around each point source, tagged with its id', () => {
    const rings = queryRings([{ type: 'Feature', properties: { id: 's1' }, geometry: { type: 'Point', coordinates: [112.7, 38.4] } }], 5000);
    expect(rings.features).toHaveLength(1);
    const ring = rings.features[0] as Feature<Polygon>;
    expect(ring.properties?.source_id).toBe('s1');
    for (const c of ring.geometry.coordinates[0] ?? []) expect(distance([112.7, 38.4], c, { units: 'meters' })).toBeCloseTo(5000, 0);
  });

  it('draws corridors around lines and nothing for a zero distance', () => {
    const line: Feature = { type: 'Feature', properties: { id: 'l' }, geometry: { type: 'LineString', coordinates: [[112.6, 38.3], [112.8, 38.5]] } };
    expect(queryRings([line], 3000).features[0]?.geometry.type).toBe('Polygon');
    expect(queryRings([line], 0).features).toEqual([]);
  });
});
