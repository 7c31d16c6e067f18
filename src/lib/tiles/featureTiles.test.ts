import { VectorTile, type VectorTileFeature, type VectorTileLayer } from '@mapbox/vector-tile';
import type { Feature, Geometry, Point } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { FeatureTiles, TILE_LAYER } from './featureTiles.ts';

const EXTENT = 4096;
const BUFFER = 64;
const CELL = EXTENT / 256;

/** Web Mercator worked out independently of the code under test: the textbook tan/sec form. */
function world(lon: number, lat: number, z: number): { x: number; y: number } {
  const n = 2 ** z;
  const phi = (lat * Math.PI) / 180;
  return { x: ((lon + 180) / 360) * n, y: ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n };
}

function tileAt(lon: number, lat: number, z: number): [number, number, number] {
  const { x, y } = world(lon, lat, z);
  return [z, Math.floor(x), Math.floor(y)];
}

/** Where (lon, lat) falls inside tile z/x/y, in tile units, before rounding to the integer grid. */
function exact(lon: number, lat: number, [z, tx, ty]: [number, number, number]): [number, number] {
  const { x, y } = world(lon, lat, z);
  return [(x - tx) * EXTENT, (y - ty) * EXTENT];
}

const local = (lon: number, lat: number, zxy: [number, number, number]): [number, number] => exact(lon, lat, zxy).map(Math.round) as [number, number];

function layerOf(bytes: Uint8Array): VectorTileLayer | undefined {
  return new VectorTile(new PbfReader(bytes)).layers[TILE_LAYER];
}

function decode(bytes: Uint8Array): VectorTileFeature[] {
  const layer = layerOf(bytes);
  return layer ? Array.from({ length: layer.length }, (_, i) => layer.feature(i)) : [];
}

const cut = (tiles: FeatureTiles, zxy: [number, number, number]) => decode(tiles.tile(...zxy));

const point = (lon: number, lat: number, properties: Feature['properties'] = {}): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties });

/** Surveyor's formula in tile coordinates (y down): MVT calls a ring with positive area exterior. */
function signedArea(ring: { x: number; y: number }[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += (ring[i]!.x * ring[i + 1]!.y - ring[i + 1]!.x * ring[i]!.y) / 2;
  return sum;
}

/** Deterministic pseudo-random numbers so a failing case can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('FeatureTiles', () => {
  it('places a point where Web Mercator puts it, with its id and non-null properties', () => {
    const tiles = new FeatureTiles();
    tiles.add([point(100, 10), point(112.5493, 37.8706, { name: '太原', n: 3, neg: -7, f: 1.25, big: 2 ** 40, ok: true, gone: null })]);
    const zxy = tileAt(112.5493, 37.8706, 12);
    const [f, ...rest] = cut(tiles, zxy);
    expect(rest).toHaveLength(0);
    expect(f?.type).toBe(1);
    expect(f?.id).toBe(1);
    expect(f?.properties).toEqual({ name: '太原', n: 3, neg: -7, f: 1.25, big: 2 ** 40, ok: true });
    const p = f!.loadGeometry()[0]![0]!;
    expect([p.x, p.y]).toEqual(local(112.5493, 37.8706, zxy));
  });

  it('gives the first feature id 0', () => {
    const tiles = new FeatureTiles();
    tiles.add([point(112.5, 37.9, { a: 1 })]);
    expect(cut(tiles, tileAt(112.5, 37.9, 9)).map((f) => f.id)).toEqual([0]);
  });

  it('returns an empty tile away from the data and for tiles that do not exist', () => {
    const tiles = new FeatureTiles();
    tiles.add([point(112.5, 37.9)]);
    expect(tiles.tile(...tileAt(10, 50, 8))).toHaveLength(0);
    expect(tiles.tile(3, 8, 0)).toHaveLength(0);
    expect(tiles.tile(3, -1, 0)).toHaveLength(0);
    expect(new FeatureTiles().tile(0, 0, 0)).toHaveLength(0);
  });

  it('draws a point in the buffer of the neighbouring tile', () => {
    const tiles = new FeatureTiles();
    const [z, x, y] = tileAt(112.5, 37.9, 10);
    // Just past the tile's east edge, well within 64 units of it.
    const lon = ((x + 1 + 10 / EXTENT) / 2 ** z) * 360 - 180;
    tiles.add([point(lon, 37.9)]);
    const [f] = cut(tiles, [z, x, y]);
    const p = f!.loadGeometry()[0]![0]!;
    expect(p.x).toBe(EXTENT + 10);
  });

  it('keeps one point per pixel below maxZoom, the lowest index in each cell, and every point at maxZoom', () => {
    const r = rng(7);
    const n = 3000;
    // About 22 × 22 pixels at z11, all inside one z12 tile.
    const cluster = Array.from({ length: n }, (_, i) => point(112.51 + r() * 0.015, 37.91 + r() * 0.012, { i }));
    const tiles = new FeatureTiles({ maxZoom: 12 });
    tiles.add(cluster);
    const zxy11 = tileAt(112.51, 37.91, 11);
    const thinned = cut(tiles, zxy11);
    const cellOf = (f: Feature) => {
      const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
      return exact(lon, lat, zxy11).map((v) => Math.floor(v / CELL)).join();
    };
    const cells = new Map<string, number>();
    for (const f of thinned) {
      const cell = cellOf(cluster[f.id!]!);
      expect(cells.has(cell)).toBe(false);
      cells.set(cell, f.id!);
    }
    expect(thinned.length).toBeGreaterThan(20);
    expect(thinned.length).toBeLessThan(n / 4);
    // The winner of a cell is the first feature added that falls in it.
    const firstInCell = new Map<string, number>();
    cluster.forEach((f, i) => {
      if (!firstInCell.has(cellOf(f))) firstInCell.set(cellOf(f), i);
    });
    expect(Object.fromEntries(cells)).toEqual(Object.fromEntries(firstInCell));
    // Ids come in import order.
    const ids = thinned.map((f) => f.id!);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));

    const all = cut(tiles, tileAt(112.51, 37.91, 12));
    expect(all.map((f) => f.id).sort((a, b) => a! - b!)).toEqual(cluster.map((_, i) => i));
  });

  it('thins the points of a MultiPoint one per pixel and keeps them together in one feature', () => {
    const coordinates = [[112.5, 37.9], [112.5 + 1e-7, 37.9], [112.52, 37.91]];
    const tiles = new FeatureTiles({ maxZoom: 14 });
    tiles.add([{ type: 'Feature', geometry: { type: 'MultiPoint', coordinates }, properties: { k: 'v' } }]);
    const [low] = cut(tiles, tileAt(112.5, 37.9, 10));
    expect(low?.loadGeometry()).toHaveLength(2);
    expect(low?.properties).toEqual({ k: 'v' });
    const [high] = cut(tiles, tileAt(112.5, 37.9, 14));
    expect(high?.loadGeometry()).toHaveLength(2); // the third point lies in another z14 tile
    expect(high?.loadGeometry().flat().map((p) => [p.x, p.y])).toEqual([local(112.5, 37.9, tileAt(112.5, 37.9, 14)), local(112.5 + 1e-7, 37.9, tileAt(112.5, 37.9, 14))]);
  });

  it('clips a large polygon to the tile plus buffer and closes its ring', () => {
    const tiles = new FeatureTiles();
    const ring = [[111, 37], [114, 37], [114, 39.5], [111, 39.5], [111, 37]];
    tiles.add([{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: { name: 'zone' } }]);
    const [f, ...rest] = cut(tiles, tileAt(112.5, 37.9, 10));
    expect(rest).toHaveLength(0);
    expect(f?.type).toBe(3);
    expect(f?.id).toBe(0);
    expect(f?.properties).toEqual({ name: 'zone' });
    const [outer, ...holes] = f!.loadGeometry();
    expect(holes).toHaveLength(0);
    for (const p of outer!) {
      expect(p.x).toBeGreaterThanOrEqual(-BUFFER);
      expect(p.x).toBeLessThanOrEqual(EXTENT + BUFFER);
      expect(p.y).toBeGreaterThanOrEqual(-BUFFER);
      expect(p.y).toBeLessThanOrEqual(EXTENT + BUFFER);
    }
    expect(outer![0]).toEqual(outer![outer!.length - 1]);
    expect(Math.min(...outer!.map((p) => p.x))).toBe(-BUFFER);
    expect(Math.max(...outer!.map((p) => p.y))).toBe(EXTENT + BUFFER);
    expect(signedArea(outer!)).toBeGreaterThan(0);
  });

  it('keeps the hole of a large polygon as a ring of the opposite winding', () => {
    const tiles = new FeatureTiles();
    const outer = [[112.4, 37.8], [112.6, 37.8], [112.6, 38.0], [112.4, 38.0], [112.4, 37.8]];
    const hole = [[112.45, 37.85], [112.45, 37.95], [112.55, 37.95], [112.55, 37.85], [112.45, 37.85]];
    tiles.add([{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [outer, hole] }, properties: {} }]);
    const [f] = cut(tiles, tileAt(112.5, 37.9, 8));
    const rings = f!.loadGeometry();
    expect(rings).toHaveLength(2);
    expect(signedArea(rings[0]!)).toBeGreaterThan(0);
    expect(signedArea(rings[1]!)).toBeLessThan(0);
  });

  it('draws a polygon smaller than a pixel as a one-pixel square with its properties, and its real shape at maxZoom', () => {
    const tiles = new FeatureTiles();
    // About 40 m across: well under a z10 pixel (~120 m), over 4 pixels at z14.
    const ring = [[112.5, 37.9], [112.0005, 37.9].map((v, i) => (i === 0 ? 112.5005 : v)), [112.5005, 37.9003], [112.5, 37.9003], [112.5, 37.9]];
    tiles.add([point(112.7, 38.2), { type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: { landuse: 'R', area: 1200 } }]);
    const zxy = tileAt(112.50025, 37.90015, 10);
    const [f, ...rest] = cut(tiles, zxy);
    expect(rest).toHaveLength(0);
    expect(f?.type).toBe(3);
    expect(f?.id).toBe(1);
    expect(f?.properties).toEqual({ landuse: 'R', area: 1200 });
    const [square] = f!.loadGeometry();
    expect(square).toHaveLength(5);
    expect(square![0]).toEqual(square![4]);
    const xs = square!.map((p) => p.x);
    const ys = square!.map((p) => p.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBe(CELL);
    expect(Math.max(...ys) - Math.min(...ys)).toBe(CELL);
    const [cx, cy] = local(112.50025, 37.90015, zxy);
    expect(Math.abs((Math.max(...xs) + Math.min(...xs)) / 2 - cx)).toBeLessThanOrEqual(1);
    expect(Math.abs((Math.max(...ys) + Math.min(...ys)) / 2 - cy)).toBeLessThanOrEqual(1);
    expect(signedArea(square!)).toBeGreaterThan(0);

    const [real] = cut(tiles, tileAt(112.50025, 37.90015, 14));
    expect(real?.loadGeometry()[0]).toHaveLength(5);
    const expected = ring.slice(0, 4).map(([lon, lat]) => local(lon!, lat!, tileAt(112.50025, 37.90015, 14)));
    expect(real?.loadGeometry()[0]!.slice(0, 4).map((p) => [p.x, p.y]).sort()).toEqual(expected.sort());
  });

  it('draws a line shorter than a pixel as a one-pixel line, one per pixel', () => {
    const tiles = new FeatureTiles();
    const line = (lon: number, name: string): Feature => ({ type: 'Feature', geometry: { type: 'LineString', coordinates: [[lon, 37.9], [lon + 0.0001, 37.9001]] }, properties: { name } });
    tiles.add([line(112.5, 'a'), line(112.50001, 'b')]);
    const features = cut(tiles, tileAt(112.5, 37.9, 9));
    expect(features).toHaveLength(1);
    expect(features[0]?.type).toBe(2);
    expect(features[0]?.properties).toEqual({ name: 'a' });
    const [segment] = features[0]!.loadGeometry();
    expect(segment).toHaveLength(2);
    expect(Math.hypot(segment![1]!.x - segment![0]!.x, segment![1]!.y - segment![0]!.y)).toBe(CELL);
    // Both are whole lines at maxZoom.
    expect(cut(tiles, tileAt(112.5, 37.9, 14)).map((f) => f.id)).toEqual([0, 1]);
  });

  it('gives every feature back exactly as added', () => {
    const features: Feature<Geometry | null>[] = [
      point(112.1, 37.1, { id: 'a', name: '甲', value: 1.5, flag: false, none: null }),
      { type: 'Feature', id: 'road-1', geometry: { type: 'LineString', coordinates: [[112, 37], [112.1, 37.05], [112.2, 37.2]] }, properties: { lanes: 2 } },
      { type: 'Feature', geometry: { type: 'MultiLineString', coordinates: [[[112, 37], [112.1, 37]], [[112.2, 37.2], [112.3, 37.3], [112.4, 37.2]]] }, properties: {} },
      {
        type: 'Feature',
        id: 7,
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [[112, 37], [113, 37], [113, 38], [112, 38], [112, 37]],
              [[112.2, 37.2], [112.2, 37.4], [112.4, 37.4], [112.4, 37.2], [112.2, 37.2]],
            ],
            [[[114, 39], [114.5, 39], [114.5, 39.5], [114, 39]]],
          ],
        },
        properties: { name: 'two parts', code: 'x' },
      },
      { type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [[112, 37], [112.000001, 37.000001]] }, properties: { name: null } },
      { type: 'Feature', geometry: null, properties: { orphan: true } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [112, 37] }, properties: null },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [112, 37, 850] }, properties: { z: 'kept' } },
      { type: 'Feature', geometry: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [112, 37] }, { type: 'LineString', coordinates: [[112, 37], [113, 38]] }] }, properties: { value: 'now a string' } },
    ];
    const tiles = new FeatureTiles();
    tiles.add(features);
    features.forEach((f, i) => expect(tiles.feature(i)).toEqual(f));
    expect(tiles.feature(0)).not.toBe(tiles.feature(0));
    expect(() => tiles.feature(features.length)).toThrow(RangeError);
    const copy = tiles.feature(8).geometry as Extract<Geometry, { type: 'GeometryCollection' }>;
    copy.geometries = [];
    expect(tiles.feature(8)).toEqual(features[8]);
  });

  it('keeps a property that changes type between rows, and keys that some rows lack', () => {
    const tiles = new FeatureTiles();
    tiles.add([point(112, 37, { code: 1 }), point(112, 37, { other: 'x' }), point(112, 37, { code: null })]);
    tiles.add([point(112, 37, { code: 'A1' }), point(112, 37, {})]);
    expect([0, 1, 2, 3, 4].map((i) => tiles.feature(i).properties)).toEqual([{ code: 1 }, { other: 'x' }, { code: null }, { code: 'A1' }, {}]);
  });

  it('finds features from every batch, numbering them across batches', () => {
    const tiles = new FeatureTiles({ maxZoom: 7 });
    const r = rng(3);
    const batches = [40, 1, 0, 25].map((n) => Array.from({ length: n }, () => point(112.8 + r() * 0.2, 38 + r() * 0.2)));
    for (const b of batches) tiles.add(b);
    tiles.add([{ type: 'Feature', geometry: null, properties: {} }, point(112.9, 38.1, { last: 1 })]);
    expect(tiles.count).toBe(68);
    const ids = cut(tiles, tileAt(112.9, 38.1, 7)).map((f) => f.id);
    expect(ids).toEqual([...Array.from({ length: 66 }, (_, i) => i), 67]);
    expect(tiles.feature(67).properties).toEqual({ last: 1 });
  });

  it('reports count and bounds', () => {
    const tiles = new FeatureTiles();
    expect(tiles.count).toBe(0);
    expect(tiles.bbox).toBeNull();
    tiles.add([{ type: 'Feature', geometry: null, properties: {} }]);
    expect(tiles.count).toBe(1);
    expect(tiles.bbox).toBeNull();
    tiles.add([point(112.1, 37.5), { type: 'Feature', geometry: { type: 'LineString', coordinates: [[111.9, 38], [113.2, 37.2]] }, properties: {} }]);
    expect(tiles.count).toBe(3);
    expect(tiles.bbox).toEqual([111.9, 37.2, 113.2, 38]);
    tiles.bbox![0] = 0;
    expect(tiles.bbox![0]).toBe(111.9);
  });

  it('lists features in import order when points, marks and shapes share a tile', () => {
    const tiles = new FeatureTiles();
    const big: Feature = { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[112, 37], [113, 37], [113, 38], [112, 37]]] }, properties: {} };
    const tiny: Feature = { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[112.7, 37.3], [112.7001, 37.3], [112.7001, 37.3001], [112.7, 37.3]]] }, properties: {} };
    tiles.add([point(112.8, 37.2), big, point(112.9, 37.1), tiny]);
    expect(cut(tiles, tileAt(112.5, 37.5, 6)).map((f) => [f.id, f.type])).toEqual([[0, 1], [1, 3], [2, 1], [3, 3]]);
  });
});
