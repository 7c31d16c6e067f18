import Flatbush from 'flatbush';
import type { Feature } from 'geojson';
import { geometryBox, type Box } from '../fgb/bbox.ts';
import { hilbert } from '../fgb/hilbert.ts';
import { partsOf, type Parts } from './geometryParts.ts';

/**
 * A layer ready for repeated queries, built once when the layer loads:
 *  - a packed R-tree (flatbush) over the features' boxes;
 *  - features taken apart for distance work only when a query first touches them;
 *  - internal arrays in Hilbert order, so a query reads neighbouring memory for neighbouring
 *    features (a million points in random order otherwise cost a cache miss per candidate).
 * Query code speaks of *positions* in that internal order; `order[pos]` is the feature's
 * index in `features` (the caller's order), `rank[index]` the way back.
 */
export interface PreparedLayer {
  features: Feature[];
  index: Flatbush | null;
  order: Int32Array;
  rank: Int32Array;
  /** Points packed as lon, lat, cos(lat) triples by position; NaN for other geometries. */
  packed: Float64Array;
  /** Per-position scratch for queries: best distance so far, Infinity when untouched. */
  scratch: Float64Array;
  scratchSource: Int32Array;
  parts(pos: number): Parts;
}

function hilbertOrder(boxes: Box[]): Int32Array {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    minX = Math.min(minX, b[0]);
    minY = Math.min(minY, b[1]);
    maxX = Math.max(maxX, b[2]);
    maxY = Math.max(maxY, b[3]);
  }
  const w = maxX - minX || 1;
  const h = maxY - minY || 1;
  // Sort (key, index) pairs packed into one float64 — key · 2^21 + index is exact below 2^53 —
  // so the native numeric sort does the work; larger layers fall back to a comparator.
  const n = boxes.length;
  const keyOf = (b: Box): number => hilbert(Math.floor((0xffff * ((b[0] + b[2]) / 2 - minX)) / w), Math.floor((0xffff * ((b[1] + b[3]) / 2 - minY)) / h));
  if (n < 2 ** 21) {
    const packed = new Float64Array(n);
    boxes.forEach((b, i) => (packed[i] = keyOf(b) * 2 ** 21 + i));
    packed.sort();
    return Int32Array.from(packed, (v) => v % 2 ** 21);
  }
  const keys = Float64Array.from(boxes, keyOf);
  return Int32Array.from(boxes.keys()).sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
}

export function prepareLayer(features: Feature[]): PreparedLayer {
  const usable = features.filter((f) => f.geometry);
  const n = usable.length;
  const boxes: Box[] = usable.map((f) => {
    const g = f.geometry;
    if (g.type === 'Point') {
      const [x, y] = g.coordinates as [number, number];
      return [x, y, x, y];
    }
    return geometryBox(g);
  });
  const order = hilbertOrder(boxes);
  const rank = new Int32Array(n);
  order.forEach((idx, pos) => (rank[idx] = pos));
  const packed = new Float64Array(n * 3).fill(Number.NaN);
  let index: Flatbush | null = null;
  if (n) {
    index = new Flatbush(n);
    for (let pos = 0; pos < n; pos++) {
      const idx = order[pos] as number;
      const b = boxes[idx] as Box;
      index.add(b[0], b[1], b[2], b[3]);
      const g = (usable[idx] as Feature).geometry;
      if (g.type === 'Point') {
        packed[pos * 3] = b[0];
        packed[pos * 3 + 1] = b[1];
        packed[pos * 3 + 2] = Math.cos((b[1] * Math.PI) / 180);
      }
    }
    index.finish();
  }
  const cache: Array<Parts | undefined> = new Array(n);
  return {
    features: usable,
    index,
    order,
    rank,
    packed,
    scratch: new Float64Array(n).fill(Infinity),
    scratchSource: new Int32Array(n),
    parts(pos: number): Parts {
      let p = cache[pos];
      if (!p) {
        p = partsOf((usable[order[pos] as number] as Feature).geometry);
        cache[pos] = p;
      }
      return p;
    },
  };
}

/** The id a result reports for a feature: its `id` property, the feature id, or its index. */
export function featureId(f: Feature, i: number): string {
  const id = f.properties?.id ?? f.id;
  return id === undefined || id === null ? `#${i}` : String(id);
}
