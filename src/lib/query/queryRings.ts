import { buffer, circle } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/**
 * The distance rings / corridors drawn around a query's sources. For display only: the query
 * itself measures exact distances; a 64-step circle is close enough to look at, not to count.
 */
export function queryRings(sources: Feature[], meters: number): FeatureCollection<Polygon | MultiPolygon> {
  const features: Feature<Polygon | MultiPolygon>[] = [];
  if (meters <= 0) return { type: 'FeatureCollection', features };
  for (const s of sources) {
    const id = s.properties?.id ?? null;
    if (s.geometry.type === 'Point') {
      features.push({ ...circle(s.geometry.coordinates, meters / 1000, { steps: 64, units: 'kilometers' }), properties: { source_id: id } });
    } else {
      const b = buffer(s, meters / 1000, { units: 'kilometers' });
      if (b) features.push({ ...b, properties: { source_id: id } });
    }
  }
  return { type: 'FeatureCollection', features };
}
