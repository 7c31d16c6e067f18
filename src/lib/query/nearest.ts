import type { Feature, Geometry } from 'geojson';
import { prepareLayer, type PreparedLayer } from './preparedLayer.ts';
import type { QueryMatch } from './types.ts';
import { withinDistance } from './withinDistance.ts';

/**
 * The k targets nearest to a feature or point, nearest first. Exact: it searches within a
 * radius that doubles until k targets lie inside it (those k are then the k nearest).
 */
export function nearest(targets: PreparedLayer, from: Feature | Geometry, k = 1): QueryMatch[] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number ≥ 1, got ${k}`);
  const feature: Feature = from.type === 'Feature' ? from : { type: 'Feature', geometry: from, properties: {} };
  const source = prepareLayer([feature]);
  const want = Math.min(k, targets.features.length);
  if (want === 0) return [];
  let radius = 1000;
  // Half the Earth's circumference bounds every distance on the sphere.
  const maxRadius = Math.PI * 6371008.8;
  for (;;) {
    const found = withinDistance(targets, source, radius);
    if (found.length >= want || radius >= maxRadius) {
      return found.sort((a, b) => a.distance_m - b.distance_m || a.index - b.index).slice(0, want);
    }
    radius *= 2;
  }
}
