import { pointOnFeature } from '@turf/turf';
import type { Geometry } from 'geojson';

/**
 * The point a feature's travel time is measured from: a point is itself; a line or an area
 * takes turf's point on the feature (on the line, inside the area), as site cards do.
 */
export function accessPoint(geometry: Geometry | null): [number, number] | null {
  if (!geometry) return null;
  if (geometry.type === 'Point') return [geometry.coordinates[0] as number, geometry.coordinates[1] as number];
  if (geometry.type === 'GeometryCollection' && geometry.geometries.length === 0) return null;
  const c = pointOnFeature({ type: 'Feature', geometry, properties: {} }).geometry.coordinates;
  return [c[0] as number, c[1] as number];
}
