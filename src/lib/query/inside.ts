import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { intersects, pointInPolygon } from './geometryDistance.ts';
import { partsOf } from './geometryParts.ts';
import type { PreparedLayer } from './preparedLayer.ts';
import type { QueryMatch } from './types.ts';

export type InsideMode = 'intersects' | 'within';

/**
 * Targets that intersect (default) or lie wholly within a polygon — drawn by the user or taken
 * from a layer. Distances are 0 by definition; the area is the "source".
 */
export function inside(targets: PreparedLayer, area: Feature<Polygon | MultiPolygon>, mode: InsideMode = 'intersects', areaId = 'area'): QueryMatch[] {
  if (area.geometry.type !== 'Polygon' && area.geometry.type !== 'MultiPolygon') throw new TypeError(`inside needs a polygon, got ${String((area.geometry as Geometry).type)}`);
  const a = partsOf(area.geometry);
  const out: QueryMatch[] = [];
  for (const pos of targets.index?.search(a.box[0], a.box[1], a.box[2], a.box[3]) ?? []) {
    const t = targets.parts(pos);
    const ti = targets.order[pos] as number;
    if (!t || !intersects(t, a)) continue;
    // Within: every vertex inside, and every edge's midpoint too, so an edge cannot cut across
    // a concave bay of the area between two inside vertices.
    const probes: Position[] = [...t.points, ...t.segments.map(([p, q]) => [((p[0] as number) + (q[0] as number)) / 2, ((p[1] as number) + (q[1] as number)) / 2])];
    if (mode === 'within' && !probes.every((p) => a.polygons.some((poly) => pointInPolygon(p, poly)))) continue;
    out.push({ index: ti, feature: targets.features[ti] as Feature, distance_m: 0, nearest_source_id: areaId });
  }
  return out.sort((x, y) => x.index - y.index);
}
