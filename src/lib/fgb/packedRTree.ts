import { generateLevelBounds, NODE_ITEM_BYTE_LEN } from 'flatgeobuf/lib/mjs/packedrtree.js';
import type { Box } from './bbox.ts';

/**
 * Serialises FlatGeobuf's packed R-tree for leaves that are already in Hilbert order.
 * Layout (per the FlatGeobuf spec): nodes of 40 bytes (minX, minY, maxX, maxY as f64, offset
 * as u64), root level first, leaves last. A leaf's offset is its feature's byte offset in the
 * feature section; an inner node's offset is the index of its first child node.
 */
export function buildPackedRTree(leafBoxes: Box[], leafOffsets: number[], nodeSize: number): Uint8Array {
  const n = leafBoxes.length;
  const levels = generateLevelBounds(n, nodeSize);
  const numNodes = (levels[0] as [number, number])[1];
  const buf = new ArrayBuffer(numNodes * NODE_ITEM_BYTE_LEN);
  const view = new DataView(buf);
  const boxes = new Float64Array(numNodes * 4);

  const setNode = (i: number, b: ArrayLike<number>, offset: number): void => {
    const at = i * NODE_ITEM_BYTE_LEN;
    for (let k = 0; k < 4; k++) {
      view.setFloat64(at + k * 8, b[k] as number, true);
      boxes[i * 4 + k] = b[k] as number;
    }
    view.setBigUint64(at + 32, BigInt(offset), true);
  };

  const leafStart = (levels[0] as [number, number])[0];
  for (let i = 0; i < n; i++) setNode(leafStart + i, leafBoxes[i] as Box, leafOffsets[i] as number);

  // Build parents level by level, leaves upwards: parent p covers nodeSize consecutive children.
  for (let l = 0; l < levels.length - 1; l++) {
    const [childStart, childEnd] = levels[l] as [number, number];
    const [parentStart, parentEnd] = levels[l + 1] as [number, number];
    for (let p = parentStart; p < parentEnd; p++) {
      const first = childStart + (p - parentStart) * nodeSize;
      const last = Math.min(first + nodeSize, childEnd);
      const b = [Infinity, Infinity, -Infinity, -Infinity];
      for (let c = first; c < last; c++) {
        b[0] = Math.min(b[0] as number, boxes[c * 4] as number);
        b[1] = Math.min(b[1] as number, boxes[c * 4 + 1] as number);
        b[2] = Math.max(b[2] as number, boxes[c * 4 + 2] as number);
        b[3] = Math.max(b[3] as number, boxes[c * 4 + 3] as number);
      }
      setNode(p, b, first);
    }
  }
  return new Uint8Array(buf);
}
