import Flatbush from 'flatbush';
import type { Feature } from 'geojson';
import { geometryBox } from '../fgb/bbox.ts';
import { hilbertOrder } from '../fgb/hilbert.ts';
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

interface LayerBoxes {
  usable: Feature[];
  /** minX, minY, maxX, maxY of each usable feature, flat. */
  boxes: Float64Array;
  isPoint: Uint8Array;
  extent: [minX: number, minY: number, maxX: number, maxY: number];
}

/**
 * The features that have a geometry, with their boxes in one flat array, a point's read
 * straight from its coordinates: a small array per feature made a million-point layer spend
 * most of its build allocating and collecting them.
 */
function readBoxes(features: Feature[]): LayerBoxes {
  const boxes = new Float64Array(features.length * 4);
  const isPoint = new Uint8Array(features.length);
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  let n = 0;
  for (const f of features) {
    const g = f.geometry;
    if (!g) continue;
    let x0: number, y0: number, x1: number, y1: number;
    if (g.type === 'Point') {
      x0 = x1 = g.coordinates[0] as number;
      y0 = y1 = g.coordinates[1] as number;
      isPoint[n] = 1;
    } else {
      [x0, y0, x1, y1] = geometryBox(g);
    }
    boxes[n * 4] = x0;
    boxes[n * 4 + 1] = y0;
    boxes[n * 4 + 2] = x1;
    boxes[n * 4 + 3] = y1;
    // Compared as flatbush's add() compares, so the extent is the one it would keep.
    if (x0 < minX) minX = x0;
    if (y0 < minY) minY = y0;
    if (x1 > maxX) maxX = x1;
    if (y1 > maxY) maxY = y1;
    n++;
  }
  // Copying beats filtering a million features a second time when, as usual, all have one.
  const usable = n === features.length ? features.slice() : features.filter((f) => f.geometry);
  return { usable, boxes: boxes.subarray(0, n * 4), isPoint: isPoint.subarray(0, n), extent: [minX, minY, maxX, maxY] };
}

/**
 * Finishes a flatbush tree whose leaf boxes are already written, in Hilbert order, into
 * `tree._boxes`: leaf ids become positions and the inner levels are packed as flatbush 4.7's
 * finish() packs them. finish() itself would compute the curve and sort every box again
 * (package.json pins flatbush; preparedLayer.test.ts compares the result with finish()'s
 * byte for byte). Returns the index revived from the buffer by the public Flatbush.from().
 */
function packTree(tree: Flatbush, extent: LayerBoxes['extent']): Flatbush {
  const { numItems: n, nodeSize, _boxes: boxes, _indices: ids, _levelBounds: levelBounds } = tree;
  for (let pos = 0; pos < n; pos++) ids[pos] = pos;
  let at = n * 4;
  if (n <= nodeSize) {
    // One node: finish() writes the extent it kept from add() as the root.
    boxes.set(extent, at);
    return Flatbush.from(tree.data);
  }
  for (let level = 0, read = 0; level < levelBounds.length - 1; level++) {
    const end = levelBounds[level] as number;
    // A parent for each run of nodeSize consecutive nodes; its id is where the run starts.
    while (read < end) {
      const first = read;
      let x0 = boxes[read++] as number;
      let y0 = boxes[read++] as number;
      let x1 = boxes[read++] as number;
      let y1 = boxes[read++] as number;
      for (let j = 1; j < nodeSize && read < end; j++) {
        x0 = Math.min(x0, boxes[read++] as number);
        y0 = Math.min(y0, boxes[read++] as number);
        x1 = Math.max(x1, boxes[read++] as number);
        y1 = Math.max(y1, boxes[read++] as number);
      }
      ids[at >> 2] = first;
      boxes[at++] = x0;
      boxes[at++] = y0;
      boxes[at++] = x1;
      boxes[at++] = y1;
    }
  }
  return Flatbush.from(tree.data);
}

export function prepareLayer(features: Feature[]): PreparedLayer {
  const { usable, boxes, isPoint, extent } = readBoxes(features);
  const n = usable.length;
  const order = hilbertOrder(boxes, extent);
  const rank = new Int32Array(n);
  for (let pos = 0; pos < n; pos++) rank[order[pos] as number] = pos;

  // Leaves straight into the tree's buffer, in position order, so searches return positions.
  // Scattered (read in feature order, written at the rank) rather than gathered: with a million
  // boxes the random writes cost about a third of what random reads do.
  const tree = n ? new Flatbush(n) : null;
  const leaves = tree?._boxes;
  const packed = new Float64Array(n * 3);
  for (let i = 0; i < n; i++) {
    const pos = rank[i] as number;
    const b = i * 4;
    const l = pos * 4;
    const p = pos * 3;
    const x = boxes[b] as number;
    const y = boxes[b + 1] as number;
    if (leaves) {
      leaves[l] = x;
      leaves[l + 1] = y;
      leaves[l + 2] = boxes[b + 2] as number;
      leaves[l + 3] = boxes[b + 3] as number;
    }
    if (isPoint[i]) {
      packed[p] = x;
      packed[p + 1] = y;
      packed[p + 2] = Math.cos((y * Math.PI) / 180);
    } else {
      packed[p] = packed[p + 1] = packed[p + 2] = Number.NaN;
    }
  }
  const index = tree && packTree(tree, extent);
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
