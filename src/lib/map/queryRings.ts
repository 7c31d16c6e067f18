import { buffer, circle } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { featureId } from '../query/featureId.ts';
import type { QueryMatch } from '../query/types.ts';

/**
 * The distance rings / corridors drawn around a query's sources. For display only: the query
 * itself measures exact distances; a 64-step circle is close enough to look at, not to count.
 * Only sources some match is nearest to get one: 77 rings around every station for 3 parks
 * hide the answer.
 */
export function queryRings(sources: Feature[], matches: readonly QueryMatch[], meters: number): FeatureCollection<Polygon | MultiPolygon> {
  const features: Feature<Polygon | MultiPolygon>[] = [];
  if (meters <= 0) return { type: 'FeatureCollection', features };
  const matched = new Set(matches.map((m) => m.nearest_source_id));
  sources.forEach((s, i) => {
    const id = featureId(s, i);
    if (!matched.has(id)) return;
    if (s.geometry.type === 'Point') {
      features.push({ ...circle(s.geometry.coordinates, meters / 1000, { steps: 64, units: 'kilometers' }), properties: { source_id: id } });
    } else {
      const b = buffer(s, meters / 1000, { units: 'kilometers' });
      if (b) features.push({ ...b, properties: { source_id: id } });
    }
  });
  return { type: 'FeatureCollection', features };
}
