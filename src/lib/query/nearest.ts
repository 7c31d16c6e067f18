import type { Feature, Geometry } from 'geojson';
import { featureId } from './featureId.ts';
import { prepareLayer, type PreparedLayer } from './preparedLayer.ts';
import { QueryCancelled, type QueryControl, type QueryMatch } from './types.ts';
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

/**
 * Nearest-k from several sources. Each source nominates its k nearest targets; each nominated
 * target is then listed once, with the source closest to it. That source need not be one that
 * nominated it: a town can be the 3rd nearest of a station 80 km away and only the 4th of one
 * 30 km away, and the row should say 30 km.
 */
export function nearestToSources(targets: PreparedLayer, sources: Feature[], k: number, control: QueryControl = {}): QueryMatch[] {
  const nominated = new Map<number, { match: QueryMatch; source: number }>();
  sources.forEach((s, i) => {
    if (control.isCancelled?.()) throw new QueryCancelled();
    for (const match of nearest(targets, s, k)) {
      const seen = nominated.get(match.index);
      if (!seen || match.distance_m < seen.match.distance_m) nominated.set(match.index, { match, source: i });
    }
    control.onProgress?.({ done: i + 1, total: sources.length });
  });
  const prepared = sources.length > 1 ? prepareLayer(sources) : null;
  const position = new Map(sources.map((s, i) => [s, i]));
  return [...nominated.values()].map(({ match, source }) => {
    let [best, bestSource] = [match.distance_m, source];
    if (prepared) {
      // The nominating source's distance bounds the closest one's: one search at that radius finds it.
      for (const c of withinDistance(prepared, prepareLayer([match.feature]), match.distance_m)) {
        const i = position.get(c.feature) ?? -1;
        if (i >= 0 && i !== source && (c.distance_m < best || (c.distance_m === best && i < bestSource))) [best, bestSource] = [c.distance_m, i];
      }
    }
    return { ...match, distance_m: best, nearest_source_id: featureId(sources[bestSource] as Feature, bestSource) };
  });
}
