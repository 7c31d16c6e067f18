import { kinks } from '@turf/turf';
import type { Geometry, Position } from 'geojson';

/** Why a drawn outline is refused, as the key of the sentence the map shows. */
export type DrawRefusal = 'drawRefused.selfIntersects' | 'drawRefused.outside' | 'drawRefused.invalid';

type Bbox = readonly [number, number, number, number];

/**
 * Names what is wrong with a shape the validator refused (geometryProblem words it in English for
 * data editors): leaving the map area and crossing itself are the two a person drawing can fix.
 */
export function drawRefusal(g: Geometry, bbox: Bbox): DrawRefusal {
  const ring: Position[] = g.type === 'Polygon' ? (g.coordinates[0] ?? []) : g.type === 'LineString' ? g.coordinates : [];
  if (ring.some(([x = NaN, y = NaN]) => !(x >= bbox[0] && x <= bbox[2] && y >= bbox[1] && y <= bbox[3]))) return 'drawRefused.outside';
  if (g.type === 'Polygon' && kinks(g).features.length > 0) return 'drawRefused.selfIntersects';
  return 'drawRefused.invalid';
}
