import Flatbush from 'flatbush';
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boxesIntersect, geometryBox, type Box } from '../fgb/bbox.ts';
import { hilbert } from '../fgb/hilbert.ts';
import { partsOf } from './geometryParts.ts';
import { prepareLayer, type PreparedLayer } from './preparedLayer.ts';

// The zone's box; a seeded generator keeps failures reproducible.
const ZONE: Box = [111.8, 37.6, 113.8, 39.2];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const feature = (geometry: Geometry, i: number): Feature => ({ type: 'Feature', geometry, properties: { id: `f${i}` } });

function randomPoints(n: number, r: () => number): Feature[] {
  return Array.from({ length: n }, (_, i) => feature({ type: 'Point', coordinates: [ZONE[0] + r() * (ZONE[2] - ZONE[0]), ZONE[1] + r() * (ZONE[3] - ZONE[1])] }, i));
}

function randomMixed(n: number, r: () => number): Feature[] {
  const at = (): [number, number] => [ZONE[0] + r() * (ZONE[2] - ZONE[0]), ZONE[1] + r() * (ZONE[3] - ZONE[1])];
  return Array.from({ length: n }, (_, i): Feature => {
    const [x, y] = at();
    const s = 0.001 + r() * 0.05;
    switch (i % 6) {
      case 0:
        return feature({ type: 'Point', coordinates: [x, y] }, i);
      case 1:
        return feature({ type: 'LineString', coordinates: [[x, y], [x + s, y + s / 2], [x + s / 3, y + s]] }, i);
      case 2:
        return feature({ type: 'Polygon', coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]] }, i);
      case 3:
        return feature({ type: 'MultiPoint', coordinates: [[x, y], [x + s, y - s]] }, i);
      case 4:
        return feature({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [x, y] }, { type: 'LineString', coordinates: [[x, y], [x - s, y + s]] }] }, i);
      default:
        // A feature without geometry must be dropped, not indexed.
        return { type: 'Feature', geometry: null as unknown as Geometry, properties: { id: `f${i}` } };
    }
  });
}

function expectInversePermutations(layer: PreparedLayer): void {
  const n = layer.features.length;
  expect(layer.order).toHaveLength(n);
  expect(layer.rank).toHaveLength(n);
  // One expectation over all positions: one per position makes a big layer's test crawl.
  const broken: number[] = [];
  const seen = new Uint8Array(n);
  for (let pos = 0; pos < n; pos++) {
    const idx = layer.order[pos] as number;
    if (!(idx >= 0 && idx < n) || seen[idx] || layer.rank[idx] !== pos) broken.push(pos);
    seen[idx] = 1;
  }
  expect(broken).toEqual([]);
}

function expectPacked(layer: PreparedLayer): void {
  const n = layer.features.length;
  expect(layer.packed).toHaveLength(n * 3);
  const broken: number[] = [];
  for (let pos = 0; pos < n; pos++) {
    const g = (layer.features[layer.order[pos] as number] as Feature).geometry;
    const [px, py, pc] = [layer.packed[pos * 3] as number, layer.packed[pos * 3 + 1] as number, layer.packed[pos * 3 + 2] as number];
    if (g.type === 'Point') {
      const [x, y] = g.coordinates as [number, number];
      if (px !== x || py !== y || pc !== Math.cos((y * Math.PI) / 180)) broken.push(pos);
    } else if (!(Number.isNaN(px) && Number.isNaN(py) && Number.isNaN(pc))) {
      broken.push(pos);
    }
  }
  expect(broken).toEqual([]);
}

/** Every query box's hits through the index, as caller indices, against a scan of all boxes. */
function expectSearchMatchesBruteForce(layer: PreparedLayer, r: () => number, queries: number): void {
  const boxes = layer.features.map((f) => geometryBox(f.geometry));
  for (let q = 0; q < queries; q++) {
    const x = ZONE[0] + r() * (ZONE[2] - ZONE[0]);
    const y = ZONE[1] + r() * (ZONE[3] - ZONE[1]);
    const s = r() * 0.3;
    const query: Box = [x, y, x + s, y + s * r()];
    const viaIndex = (layer.index?.search(...query) ?? []).map((pos) => layer.order[pos] as number).sort((a, b) => a - b);
    const brute = boxes.flatMap((b, i) => (boxesIntersect(b, query) ? [i] : []));
    expect(viaIndex).toEqual(brute);
  }
}

describe('prepareLayer', () => {
  it('orders a point layer by a permutation whose inverse is rank', () => {
    const layer = prepareLayer(randomPoints(5000, rng(1)));
    expectInversePermutations(layer);
    expectPacked(layer);
  });

  it('finds through its index exactly the features a scan over every box finds', () => {
    const r = rng(2);
    // Over 16,384 tree nodes flatbush switches to 32-bit ids: cover both.
    for (const n of [1, 17, 3000, 20_000]) expectSearchMatchesBruteForce(prepareLayer(randomPoints(n, r)), r, 40);
  });

  it('packs the very tree flatbush packs itself when given the boxes in position order', () => {
    const r = rng(7);
    // Sizes: one node only, one full node, two levels, and past flatbush's switch to 32-bit ids.
    for (const input of [randomPoints(1, r), randomPoints(16, r), randomPoints(17, r), randomMixed(3000, r), randomPoints(20_000, r)]) {
      const layer = prepareLayer(input);
      const reference = new Flatbush(layer.features.length);
      for (const idx of layer.order) {
        const [x0, y0, x1, y1] = geometryBox((layer.features[idx] as Feature).geometry);
        reference.add(x0, y0, x1, y1);
      }
      reference.finish();
      expect(Buffer.compare(new Uint8Array(layer.index?.data ?? new ArrayBuffer(0)), new Uint8Array(reference.data))).toBe(0);
    }
  });

  it('lays positions along the Hilbert curve, ties in the caller order', () => {
    const r = rng(3);
    // Duplicated points share a key; their positions must keep the caller's order.
    const base = randomPoints(2000, r);
    const features = [...base, ...base.slice(0, 500)].map((f, i) => feature(f.geometry, i));
    const layer = prepareLayer(features);
    const xs = features.map((f) => (f.geometry.type === 'Point' ? (f.geometry.coordinates[0] as number) : NaN));
    const ys = features.map((f) => (f.geometry.type === 'Point' ? (f.geometry.coordinates[1] as number) : NaN));
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // Scaled as flatbush scales centres, the quantisation the layer promises to share with it.
    const [sx, sy] = [0xffff / (maxX - minX), 0xffff / (maxY - minY)];
    const key = (i: number): number => hilbert((sx * ((xs[i] as number) - minX)) | 0, (sy * ((ys[i] as number) - minY)) | 0);
    const outOfOrder: number[] = [];
    for (let pos = 1; pos < features.length; pos++) {
      const [a, b] = [layer.order[pos - 1] as number, layer.order[pos] as number];
      if (!(key(a) < key(b) || (key(a) === key(b) && a < b))) outOfOrder.push(pos);
    }
    expect(outOfOrder).toEqual([]);
  });

  it('prepares mixed geometry layers, dropping features without geometry', () => {
    const r = rng(4);
    const input = randomMixed(3000, r);
    const layer = prepareLayer(input);
    expect(layer.features).toEqual(input.filter((f) => f.geometry));
    expectInversePermutations(layer);
    expectPacked(layer);
    expectSearchMatchesBruteForce(layer, r, 40);
    for (const pos of [0, 1, 7, layer.features.length - 1]) {
      expect(layer.parts(pos)).toEqual(partsOf((layer.features[layer.order[pos] as number] as Feature).geometry));
    }
  });

  it('starts with clean query scratch', () => {
    const layer = prepareLayer(randomMixed(600, rng(5)));
    expect(layer.scratch).toHaveLength(500);
    expect(layer.scratch.every((d) => d === Infinity)).toBe(true);
    expect(layer.scratchSource).toHaveLength(500);
  });

  it('prepares an empty layer, and one whose features all lack geometry, without an index', () => {
    for (const input of [[], randomMixed(6, rng(6)).slice(5)]) {
      const layer = prepareLayer(input);
      expect(layer.features).toEqual([]);
      expect(layer.index).toBeNull();
      expect([layer.order.length, layer.rank.length, layer.packed.length, layer.scratch.length]).toEqual([0, 0, 0, 0]);
    }
  });

  it('indexes a single feature and a layer of identical points', () => {
    const one = prepareLayer([feature({ type: 'Point', coordinates: [112.5, 38.2] }, 0)]);
    expect(Array.from(one.order)).toEqual([0]);
    expect(one.index?.search(112, 38, 113, 39)).toEqual([0]);
    const same = prepareLayer(Array.from({ length: 40 }, (_, i) => feature({ type: 'Point', coordinates: [112.5, 38.2] }, i)));
    expect(Array.from(same.order)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(same.index?.search(112.5, 38.2, 112.5, 38.2)).toHaveLength(40);
  });
});
