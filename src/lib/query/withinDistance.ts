import { geometryDistance } from './geometryDistance.ts';
import { featureId, type PreparedLayer } from './preparedLayer.ts';
import { expandBox, haversine } from './sphere.ts';
import { DISTANCE_EPSILON_M, QueryCancelled, type QueryControl, type QueryMatch } from './types.ts';

/**
 * Every target whose geometry comes within `meters` of any source geometry, with the distance
 * to the nearest source and that source's id. The targets' index finds candidates inside each
 * source's box grown by a safe margin; the exact geodesic distance decides.
 */
export function withinDistance(targets: PreparedLayer, sources: PreparedLayer, meters: number, control: QueryControl = {}): QueryMatch[] {
  if (!(meters >= 0) || !Number.isFinite(meters)) throw new RangeError(`distance must be a finite number ≥ 0, got ${meters}`);
  const best = new Float64Array(targets.features.length).fill(Infinity);
  const bestSource = new Int32Array(targets.features.length).fill(-1);
  const limit = meters + DISTANCE_EPSILON_M;
  const index = targets.index;
  if (index) {
    sources.parts.forEach((s, si) => {
      if (control.isCancelled?.()) throw new QueryCancelled();
      const box = expandBox(s.box, meters);
      const sourcePoint = sources.isPoint[si] === 1 ? s.points[0] : undefined;
      for (const ti of index.search(box[0], box[1], box[2], box[3])) {
        const t = targets.parts[ti];
        if (!t) continue;
        const d = sourcePoint && targets.isPoint[ti] === 1 ? haversine(sourcePoint, t.points[0] as number[]) : geometryDistance(t, s);
        if (d <= limit && d < (best[ti] as number)) {
          best[ti] = d;
          bestSource[ti] = si;
        }
      }
      control.onProgress?.({ done: si + 1, total: sources.parts.length });
    });
  }
  const out: QueryMatch[] = [];
  best.forEach((d, ti) => {
    if (d === Infinity) return;
    const si = bestSource[ti] as number;
    out.push({
      index: ti,
      feature: targets.features[ti] as QueryMatch['feature'],
      distance_m: d,
      nearest_source_id: featureId(sources.features[si] as QueryMatch['feature'], si),
    });
  });
  return out;
}
