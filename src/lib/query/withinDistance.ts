import { geometryDistance } from './geometryDistance.ts';
import { featureId } from './featureId.ts';
import type { PreparedLayer } from './preparedLayer.ts';
import { expandBox, haversinePacked } from './sphere.ts';
import { DISTANCE_EPSILON_M, QueryCancelled, type QueryControl, type QueryMatch } from './types.ts';

/**
 * Every target whose geometry comes within `meters` of any source geometry, with the distance
 * to the nearest source and that source's id. The targets' index finds candidates inside each
 * source's box grown by a safe margin; the exact geodesic distance decides. Work and memory
 * scale with the candidates, not with the size of the target layer.
 */
export function withinDistance(targets: PreparedLayer, sources: PreparedLayer, meters: number, control: QueryControl = {}): QueryMatch[] {
  if (!(meters >= 0) || !Number.isFinite(meters)) throw new RangeError(`distance must be a finite number ≥ 0, got ${meters}`);
  const best = targets.scratch;
  const bestSource = targets.scratchSource;
  const touched: number[] = [];
  const limit = meters + DISTANCE_EPSILON_M;
  const index = targets.index;
  const total = sources.features.length;
  try {
    if (index) {
      for (let si = 0; si < total; si++) {
        // si and ti below are positions in each layer's internal order.
        if (control.isCancelled?.()) throw new QueryCancelled();
        const s = sources.parts(si);
        const box = expandBox(s.box, limit);
        const sp = sources.packed;
        const [sx, sy, sc] = [sp[si * 3] as number, sp[si * 3 + 1] as number, sp[si * 3 + 2] as number];
        const tp = targets.packed;
        for (const ti of index.search(box[0], box[1], box[2], box[3])) {
          const tx = tp[ti * 3] as number;
          const d =
            sx === sx && tx === tx // both points (NaN marks other geometries)
              ? haversinePacked(sx, sy, sc, tx, tp[ti * 3 + 1] as number, tp[ti * 3 + 2] as number)
              : geometryDistance(targets.parts(ti), s);
          if (d > limit) continue;
          const prev = best[ti] as number;
          if (prev === Infinity) touched.push(ti);
          if (d < prev) {
            best[ti] = d;
            bestSource[ti] = si;
          }
        }
        control.onProgress?.({ done: si + 1, total });
      }
    }
  } catch (e) {
    // Leave the layer's scratch clean for the next query, even after a cancel.
    for (const ti of touched) best[ti] = Infinity;
    throw e;
  }
  // Results in the caller's feature order; positions are internal (Hilbert) order.
  const sourceIds = Array.from(sources.order, (idx) => featureId(sources.features[idx] as QueryMatch['feature'], idx));
  const indices = new Int32Array(touched.length);
  for (let k = 0; k < touched.length; k++) indices[k] = targets.order[touched[k] as number] as number;
  indices.sort();
  const out: QueryMatch[] = new Array(indices.length);
  indices.forEach((idx, k) => {
    const pos = targets.rank[idx] as number;
    out[k] = {
      index: idx,
      feature: targets.features[idx] as QueryMatch['feature'],
      distance_m: best[pos] as number,
      nearest_source_id: sourceIds[bestSource[pos] as number] as string,
    };
    best[pos] = Infinity;
  });
  return out;
}
