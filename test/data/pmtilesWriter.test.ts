/**
 * The e2e PMTiles writer (test/e2e/pmtilesWriter.ts), read back with the real `pmtiles` reader.
 * It lives here because this folder is in the unit config's include and test/e2e is not.
 */
import { Compression, PMTiles, TileType, zxyToTileId } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { memorySource } from '../e2e/pmtilesFixtures.ts';
import { serializeDirectory, tileId, tilesCovering, writePmtiles, type PmtilesCompression, type PmtilesTile } from '../e2e/pmtilesWriter.ts';

/** Distinct, recognisable bytes per tile (and some tiles sharing content, to exercise dedup). */
function sampleTiles(): PmtilesTile[] {
  const tiles: PmtilesTile[] = [];
  for (const [z, x, y] of tilesCovering([112.3, 37.7, 113.2, 38.8], 2, 9)) {
    const shared = (x + y) % 3 === 0;
    const text = shared ? `same content z${z}` : `tile ${z}/${x}/${y} ${'x'.repeat((x * 7 + y) % 50)}`;
    tiles.push({ z, x, y, data: new TextEncoder().encode(text) });
  }
  return tiles;
}

describe('tileId', () => {
  it('matches the reader’s Hilbert ids on every tile to z8 and on random deep tiles', () => {
    const differ: string[] = [];
    const check = (z: number, x: number, y: number) => tileId(z, x, y) !== zxyToTileId(z, x, y) && differ.push(`${z}/${x}/${y}`);
    for (let z = 0; z <= 8; z++) for (let x = 0; x < 2 ** z; x++) for (let y = 0; y < 2 ** z; y++) check(z, x, y);
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    for (let i = 0; i < 20_000; i++) {
      const z = 9 + rand(18);
      check(z, rand(2 ** z), rand(2 ** z));
    }
    expect(differ).toEqual([]);
  });

  it('refuses tiles off the grid', () => {
    expect(() => tileId(2, 4, 0)).toThrow();
    expect(() => tileId(27, 0, 0)).toThrow();
  });
});

describe('serializeDirectory', () => {
  it('writes count, id deltas, run lengths, lengths, then offsets with 0 for contiguous', () => {
    const dir = serializeDirectory([
      { tileId: 5, offset: 0, length: 10, runLength: 1 },
      { tileId: 6, offset: 10, length: 300, runLength: 2 },
      { tileId: 9, offset: 0, length: 10, runLength: 1 },
    ]);
    // 300 is the two-byte varint 0xac 0x02; the third offset points back, so it is offset + 1.
    expect([...dir]).toEqual([3, 5, 1, 3, 1, 2, 1, 10, 0xac, 0x02, 10, 1, 0, 1]);
  });
});

describe('writePmtiles', () => {
  const cases: Array<[PmtilesCompression, PmtilesCompression, 'mvt' | 'png']> = [
    ['gzip', 'gzip', 'mvt'],
    ['none', 'none', 'mvt'],
    ['gzip', 'none', 'png'],
    ['none', 'gzip', 'png'],
  ];
  it.each(cases)('internal %s, tiles %s, %s: header, metadata and every tile read back', async (internal, tileCompression, tileType) => {
    const tiles = sampleTiles();
    const metadata = { name: '测试', attribution: '© test', description: 'synthetic test archive', vector_layers: [{ id: 'earth', fields: {} }] };
    const bytes = writePmtiles({ tiles, tileType, tileCompression, internalCompression: internal, metadata, bounds: [112.3, 37.7, 113.2, 38.8], center: [112.7, 38.25, 7] });
    const archive = new PMTiles(memorySource(bytes));
    const h = await archive.getHeader();
    const contents = new Set(tiles.map((t) => new TextDecoder().decode(t.data))).size;
    expect(h).toMatchObject({
      specVersion: 3,
      rootDirectoryOffset: 127,
      minZoom: 2,
      maxZoom: 9,
      centerZoom: 7,
      clustered: true,
      numAddressedTiles: tiles.length,
      numTileContents: contents,
      internalCompression: internal === 'gzip' ? Compression.Gzip : Compression.None,
      tileCompression: tileCompression === 'gzip' ? Compression.Gzip : Compression.None,
      tileType: tileType === 'mvt' ? TileType.Mvt : TileType.Png,
    });
    expect(h.numTileEntries).toBeLessThanOrEqual(tiles.length);
    expect([h.minLon, h.minLat, h.maxLon, h.maxLat, h.centerLon, h.centerLat]).toEqual([112.3, 37.7, 113.2, 38.8, 112.7, 38.25]);
    expect(h.tileDataOffset + (h.tileDataLength ?? 0)).toBe(bytes.byteLength);
    expect(h.jsonMetadataOffset).toBe(127 + h.rootDirectoryLength);
    expect(await archive.getMetadata()).toEqual(metadata);
    for (const t of tiles) {
      const got = await archive.getZxy(t.z, t.x, t.y);
      expect(got && new Uint8Array(got.data)).toEqual(t.data);
    }
    // In range but absent, outside the zooms, and a neighbour of a run's last tile.
    const [x0, y0] = [tiles[0]?.x ?? 0, tiles[0]?.y ?? 0];
    expect(await archive.getZxy(2, 0, 0)).toBeUndefined();
    expect(await archive.getZxy(9, 0, 0)).toBeUndefined();
    expect(await archive.getZxy(1, 1, 0)).toBeUndefined();
    expect(await archive.getZxy(10, x0 * 256, y0 * 256)).toBeUndefined();
  });

  it('stores identical tiles once and runs consecutive ones together', async () => {
    const data = new Uint8Array([1, 2, 3]);
    const tiles: PmtilesTile[] = [...tilesCovering([-180, -85, 180, 85], 0, 4)].map(([z, x, y]) => ({ z, x, y, data }));
    const bytes = writePmtiles({ tiles, tileType: 'png', internalCompression: 'none', metadata: {} });
    const h = await new PMTiles(memorySource(bytes)).getHeader();
    expect(h).toMatchObject({ numAddressedTiles: 341, numTileEntries: 1, numTileContents: 1, tileDataLength: 3 });
    expect(bytes.byteLength).toBeLessThan(200);
    const archive = new PMTiles(memorySource(bytes));
    expect(new Uint8Array((await archive.getZxy(4, 15, 15))?.data ?? new ArrayBuffer(0))).toEqual(data);
  });

  it('defaults bounds and center to the tiles of the lowest zoom', async () => {
    const bytes = writePmtiles({ tiles: [{ z: 1, x: 1, y: 0, data: new Uint8Array([9]) }], tileType: 'png', metadata: {} });
    const h = await new PMTiles(memorySource(bytes)).getHeader();
    expect([h.minLon, h.maxLon, h.centerLon, h.centerZoom]).toEqual([0, 180, 90, 1]);
    expect(h.maxLat).toBeCloseTo(85.0511287, 6);
    expect(h.minLat).toBe(0);
  });

  it('refuses a root directory beyond the first 16 KiB (it writes no leaf directories)', () => {
    const tiles: PmtilesTile[] = [];
    for (let i = 0; i < 5000; i++) tiles.push({ z: 12, x: (i % 100) * 40, y: Math.floor(i / 100) * 80, data: new Uint8Array([i % 256, i >> 8]) });
    expect(() => writePmtiles({ tiles, tileType: 'png', internalCompression: 'none', metadata: {} })).toThrow(/16384/);
  });

  it('refuses a tile given twice and an empty archive', () => {
    const t = { z: 3, x: 1, y: 1, data: new Uint8Array([1]) };
    expect(() => writePmtiles({ tiles: [t, t], tileType: 'png', metadata: {} })).toThrow(/twice/);
    expect(() => writePmtiles({ tiles: [], tileType: 'png', metadata: {} })).toThrow(/at least one tile/);
  });
});
