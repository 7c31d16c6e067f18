/**
 * The e2e PMTiles fixtures and the range-serving tile server, checked from Node with the real
 * `pmtiles` reader, so a failing browser test points at the app rather than at its fixtures.
 */
import { VectorTile } from '@mapbox/vector-tile';
import { decode } from 'fast-png';
import { PbfReader } from 'pbf';
import { Compression, PMTiles, TileType } from 'pmtiles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HILL, hillHeight, reliefHeight } from '../e2e/demTiles.ts';
import { MAP_COLOURS } from '../e2e/mapTiles.ts';
import { archiveBytes, DEM_ZOOMS, memorySource, RASTER_RGB } from '../e2e/pmtilesFixtures.ts';
import { tileRange } from '../e2e/pmtilesWriter.ts';
import { VECTOR_LAYERS } from '../e2e/protomapsFixture.ts';
import { startTileServer, type TileServer } from '../e2e/tileServer.ts';

const open = (bytes: Uint8Array) => new PMTiles(memorySource(bytes));
/** The z tile holding a point. */
const tileAt = (lon: number, lat: number, z: number): [number, number, number] => {
  const [x, y] = tileRange([lon, lat, lon, lat], z);
  return [z, x, y];
};
const terrarium = (png: Uint8Array, px: number, py: number) => {
  const img = decode(png);
  const i = (py * img.width + px) * img.channels;
  return (img.data[i] ?? 0) * 256 + (img.data[i + 1] ?? 0) + (img.data[i + 2] ?? 0) / 256 - 32768;
};

describe('vector archive (Protomaps v4 schema)', () => {
  it('says what it is in its header and metadata', async () => {
    const archive = open(archiveBytes('vector'));
    expect(await archive.getHeader()).toMatchObject({ tileType: TileType.Mvt, tileCompression: Compression.Gzip, internalCompression: Compression.Gzip, minZoom: 0, maxZoom: 11 });
    const meta = (await archive.getMetadata()) as { description: string; attribution: string; vector_layers: Array<{ id: string; fields: Record<string, string> }> };
    expect(meta.description).toBe('synthetic test archive');
    expect(meta.attribution).toContain('Natural Earth');
    expect(meta.vector_layers.map((l) => l.id)).toEqual([...VECTOR_LAYERS]);
    expect(meta.vector_layers.find((l) => l.id === 'places')?.fields).toMatchObject({ kind: 'String', name: 'String', 'name:en': 'String', population_rank: 'Number' });
  });

  it('has the layers and tags the Protomaps style draws, around Taiyuan at z9', async () => {
    const tile = await open(archiveBytes('vector')).getZxy(...tileAt(112.54, 37.88, 9));
    const layers = new VectorTile(new PbfReader(new Uint8Array(tile?.data ?? new ArrayBuffer(0)))).layers;
    expect(Object.keys(layers).sort()).toEqual(['boundaries', 'earth', 'landcover', 'places', 'pois', 'roads', 'water']);
    const all = (name: string) => {
      const layer = layers[name];
      return layer ? Array.from({ length: layer.length }, (_, i) => layer.feature(i)) : [];
    };
    const taiyuan = all('places').find((f) => f.properties.name === '太原');
    expect(taiyuan?.properties).toMatchObject({ kind: 'locality', 'name:en': 'Taiyuan', 'name:zh-Hans': '太原', script: 'Han' });
    expect(new Set(all('roads').map((f) => f.properties.kind))).toEqual(new Set(['highway', 'major_road']));
    expect(all('water').some((f) => f.properties.kind === 'river' && f.properties.name === '汾河' && f.type === 2)).toBe(true);
    expect(all('boundaries').every((f) => f.properties.kind === 'county' && f.properties.kind_detail === 6 && f.type === 2)).toBe(true);
    expect(all('earth')[0]?.type).toBe(3);
  });

  it('leaves out tiles beyond its box and below a feature’s min_zoom', async () => {
    const archive = open(archiveBytes('vector'));
    const minor = async (z: number) => {
      const t = await archive.getZxy(...tileAt(112.45, 38.3, z));
      const roads = new VectorTile(new PbfReader(new Uint8Array(t?.data ?? new ArrayBuffer(0)))).layers.roads;
      return roads ? Array.from({ length: roads.length }, (_, i) => roads.feature(i).properties.kind).filter((k) => k === 'minor_road').length : 0;
    };
    expect([await minor(8), await minor(10)]).toEqual([0, 2]); // minor roads from z9
    expect(await archive.getZxy(...tileAt(116.4, 39.9, 9))).toBeUndefined(); // Beijing
    const z5 = await archive.getZxy(...tileAt(112.54, 37.88, 5));
    const layers = new VectorTile(new PbfReader(new Uint8Array(z5?.data ?? new ArrayBuffer(0)))).layers;
    expect(layers.boundaries).toBeUndefined(); // counties from z7
    expect(layers.places?.length).toBe(1); // only Taiyuan (min_zoom 4)
  });

  it('corrupt: the reader refuses the header', async () => {
    expect(archiveBytes('corrupt').byteLength).toBe(archiveBytes('vector').byteLength);
    await expect(open(archiveBytes('corrupt')).getHeader()).rejects.toThrow('Wrong magic number for PMTiles archive');
  });

  it('truncated: header and early tiles read, tiles past the cut fail', async () => {
    const archive = open(archiveBytes('truncated'));
    const h = await archive.getHeader();
    expect(h.tileDataOffset + (h.tileDataLength ?? 0)).toBeGreaterThan(archiveBytes('truncated').byteLength);
    expect(await archive.getZxy(0, 0, 0)).toBeDefined();
    await expect(archive.getZxy(...tileAt(112.54, 37.88, 11))).rejects.toThrow();
  });
});

describe('raster archive', () => {
  it('is one teal tile, everywhere to z4 and around the zone to z10', async () => {
    const archive = open(archiveBytes('raster'));
    const h = await archive.getHeader();
    expect(h).toMatchObject({ tileType: TileType.Png, internalCompression: Compression.None, minZoom: 0, maxZoom: 10, numTileContents: 1 });
    expect(h.numAddressedTiles).toBeGreaterThan(341);
    const png = decode(new Uint8Array((await archive.getZxy(10, 832, 390))?.data ?? new ArrayBuffer(0)));
    expect([...png.data.subarray(0, 3)]).toEqual([...RASTER_RGB]);
    expect(await archive.getZxy(4, 0, 0)).toBeDefined();
    expect(await archive.getZxy(...tileAt(-74, 40.7, 5))).toBeUndefined();
  });
});

describe('dem archive', () => {
  it('holds the relief in terrarium PNGs, z5–11, with the hill where HILL says', async () => {
    const archive = open(archiveBytes('dem'));
    const h = await archive.getHeader();
    expect(h).toMatchObject({ tileType: TileType.Png, minZoom: DEM_ZOOMS.min, maxZoom: DEM_ZOOMS.max });
    expect(h.numTileContents).toBeLessThan(h.numAddressedTiles); // flat corners stored once
    const [z, x, y] = tileAt(HILL.lon, HILL.lat, 11);
    const tile = await archive.getZxy(z, x, y);
    const n = 2 ** z;
    const px = Math.floor((((HILL.lon + 180) / 360) * n - x) * 256);
    const sin = Math.sin((HILL.lat * Math.PI) / 180);
    const py = Math.floor(((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n - y) * 256);
    expect(Math.abs(terrarium(new Uint8Array(tile?.data ?? new ArrayBuffer(0)), px, py) - HILL.height)).toBeLessThan(3);
    // Near the hill the relief is the hill alone; away from it, ridges stand.
    expect(Math.abs(reliefHeight(HILL.lon + 0.2, HILL.lat - 0.2) - hillHeight(HILL.lon + 0.2, HILL.lat - 0.2))).toBeLessThan(1);
    expect(reliefHeight(112.07, 38.15)).toBeGreaterThan(500);
  }, 120_000);
});

describe('tile server: archives over HTTP ranges', () => {
  let server: TileServer;
  let plain: TileServer;
  beforeAll(async () => {
    [server, plain] = await Promise.all([startTileServer('tiles'), startTileServer('no-range')]);
  });
  afterAll(async () => {
    await Promise.all([server?.close(), plain?.close()]);
  });

  it('answers ranges with 206, Content-Range, a strong ETag and CORS a page can read', async () => {
    const size = archiveBytes('raster').byteLength;
    const res = await fetch(server.archiveUrl('raster'), { headers: { range: 'bytes=0-99' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 0-99/${size}`);
    expect(res.headers.get('content-length')).toBe('100');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]+"$/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toMatch(/ETag.*Content-Range.*Content-Length/);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(archiveBytes('raster').subarray(0, 100));
    // The reader asks for 16 KiB first whatever the size: a range past the end is cut to the file.
    const head = await fetch(server.archiveUrl('raster'), { headers: { range: 'bytes=0-16383' } });
    expect([head.status, head.headers.get('content-range')]).toEqual([206, `bytes 0-${size - 1}/${size}`]);
    const tail = await fetch(server.archiveUrl('raster'), { headers: { range: 'bytes=-10' } });
    expect(tail.headers.get('content-range')).toBe(`bytes ${size - 10}-${size - 1}/${size}`);
  });

  it('refuses ranges past the end (416), stale If-Match (412), and answers preflight and HEAD', async () => {
    const url = server.archiveUrl('raster');
    const size = archiveBytes('raster').byteLength;
    const beyond = await fetch(url, { headers: { range: `bytes=${size}-` } });
    expect([beyond.status, beyond.headers.get('content-range')]).toEqual([416, `bytes */${size}`]);
    expect((await fetch(url, { headers: { range: 'bytes=9-3' } })).status).toBe(416);
    expect((await fetch(url, { headers: { range: 'bytes=0-9', 'if-match': '"stale"' } })).status).toBe(412);
    const etag = (await fetch(url, { method: 'HEAD' })).headers.get('etag') ?? '';
    expect((await fetch(url, { headers: { range: 'bytes=0-9', 'if-match': etag } })).status).toBe(206);
    const pre = await fetch(url, { method: 'OPTIONS', headers: { origin: 'http://other', 'access-control-request-method': 'GET', 'access-control-request-headers': 'range,if-match' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/Range.*If-Match/);
    const head = await fetch(url, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length')]).toEqual([200, String(size)]);
    expect((await fetch(`${server.url}/archives/nothing.pmtiles`)).status).toBe(404);
  });

  it('is read by the pmtiles FetchSource, one range per request and never the whole file', async () => {
    const remote = new PMTiles(server.archiveUrl('raster'));
    expect((await remote.getHeader()).numTileContents).toBe(1);
    expect(await remote.getZxy(10, 832, 390)).toBeDefined();
    const mine = server.archiveRequests.filter((r) => r.path === '/archives/raster.pmtiles' && r.method === 'GET');
    expect(mine.every((r) => r.status === 206 || r.status === 416 || r.status === 412)).toBe(true);
  });

  it("'no-range' sends the whole file with 200, which the reader refuses for archives over 16 KiB", async () => {
    const res = await fetch(plain.archiveUrl('raster'), { headers: { range: 'bytes=0-9' } });
    expect([res.status, res.headers.get('accept-ranges')]).toEqual([200, null]);
    await expect(new PMTiles(plain.archiveUrl('dem')).getHeader()).rejects.toThrow('Check that your storage backend supports HTTP Byte Serving');
  }, 120_000);
});

describe('tile server: cartographic and relief XYZ modes', () => {
  it("'map' draws land, water and county lines; 'relief' encodes reliefHeight", async () => {
    const [map, relief] = await Promise.all([startTileServer('map'), startTileServer('relief')]);
    try {
      const [z, x, y] = tileAt(112.6, 38.0, 9);
      const png = decode(new Uint8Array(await (await fetch(`${map.url}/${z}/${x}/${y}.png`)).arrayBuffer()));
      expect([png.width, png.height]).toEqual([256, 256]);
      const hex = (i: number) => `#${[0, 1, 2].map((k) => (png.data[i * png.channels + k] ?? 0).toString(16).padStart(2, '0')).join('')}`;
      const colours = new Set(Array.from({ length: 256 * 256 }, (_, i) => hex(i)));
      expect(colours.has(MAP_COLOURS.land)).toBe(true);
      expect(colours.size).toBeGreaterThan(3); // more than a blank tile: lines and fills drawn on it
      const [rz, rx, ry] = tileAt(112.07, 38.15, 10);
      const dem = new Uint8Array(await (await fetch(`${relief.url}/${rz}/${rx}/${ry}.png`)).arrayBuffer());
      const n = 2 ** rz;
      const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * (ry + 128.5 / 256)) / n))) * 180) / Math.PI;
      expect(terrarium(dem, 128, 128)).toBeCloseTo(reliefHeight(((rx + 128.5 / 256) / n) * 360 - 180, lat), 1);
    } finally {
      await Promise.all([map.close(), relief.close()]);
    }
  }, 60_000);
});
