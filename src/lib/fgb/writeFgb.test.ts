import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, Point, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStaticServer, type StaticServer } from '../../../scripts/serve/staticServer.ts';
import { boxesIntersect, geometryBox, type Box } from './bbox.ts';
import { readFgb, readFgbBboxOverHttp } from './readFgb.ts';
import { writeFgb } from './writeFgb.ts';

/** Deterministic pseudo-random numbers so a failing case can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function syntheticLayer(n: number, seed: number): Feature[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i): Feature => {
    const x = 111.5 + r() * 2.5;
    const y = 37.4 + r() * 2.2;
    const props = { id: `f${i}`, name_zh: `要素${i}`, code: i % 7, flag: i % 2 === 0, extra: i % 5 === 0 ? { a: [1, 2] } : null };
    if (i % 3 === 0) {
      const d = 0.002 + r() * 0.02;
      const poly: Polygon = { type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] };
      return { type: 'Feature', geometry: poly, properties: props };
    }
    const pt: Point = { type: 'Point', coordinates: [x, y] };
    return { type: 'Feature', geometry: pt, properties: props };
  });
}

const idsIn = (features: Feature[], box: Box): string[] =>
  features.filter((f) => f.geometry && boxesIntersect(geometryBox(f.geometry), box)).map((f) => String(f.properties?.id)).sort();

describe('writeFgb', () => {
  const features = syntheticLayer(5000, 42);
  const bytes = writeFgb(features, { name: 'synthetic', title: 'test layer', metadata: '{"source":"unit test"}' });
  let dir = '';
  let server: StaticServer;

  beforeAll(async () => {
    // flatgeobuf's HTTP reader narrates every range request at debug level.
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    dir = mkdtempSync(join(tmpdir(), 'fgb-'));
    writeFileSync(join(dir, 'layer.fgb'), bytes);
    server = await startStaticServer(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips every feature, its geometry and all properties, even ones the first feature lacks', async () => {
    const { collection, header } = await readFgb(bytes);
    expect(header?.indexNodeSize).toBe(16);
    expect(header?.featuresCount).toBe(5000);
    expect(header?.metadata).toBe('{"source":"unit test"}');
    const byId = new Map(collection.features.map((f) => [f.id, f]));
    expect(byId.size).toBe(5000);
    for (const original of features) {
      const back = byId.get(original.properties?.id as string);
      expect(back?.geometry).toEqual(original.geometry);
      expect(back?.properties).toEqual(original.properties);
    }
  });

  it('answers bbox reads from its index exactly like a brute-force filter', async () => {
    const boxes: Box[] = [
      [112.5, 38.0, 112.8, 38.3],
      [111.5, 37.4, 111.6, 37.5],
      [113.9, 39.5, 114.5, 40.0],
      [100, 20, 101, 21],
    ];
    for (const box of boxes) {
      const { collection } = await readFgb(bytes, box);
      expect(collection.features.map((f) => String(f.id)).sort()).toEqual(idsIn(features, box));
    }
  });

  it('serves bbox reads over HTTP range requests without downloading the file', async () => {
    const box: Box = [112.6, 38.1, 112.75, 38.25];
    server.requests.length = 0;
    const got = await readFgbBboxOverHttp(`${server.url}/layer.fgb`, box);
    expect(got.map((f) => String(f.id)).sort()).toEqual(idsIn(features, box));
    expect(got.length).toBeGreaterThan(0);
    expect(server.requests.every((r) => r.range !== null)).toBe(true);
    const transferred = server.requests.reduce((s, r) => s + r.bytes, 0);
    expect(transferred).toBeLessThan(bytes.length / 2);
  });

  it('is read by GDAL when ogrinfo is installed', (ctx) => {
    let version = '';
    try {
      version = execFileSync('ogrinfo', ['--version'], { encoding: 'utf8' });
    } catch {
      ctx.skip();
    }
    expect(version).toMatch(/GDAL/);
    const info = execFileSync('ogrinfo', ['-ro', '-so', '-al', join(dir, 'layer.fgb')], { encoding: 'utf8' });
    expect(info).toMatch(/Feature Count: 5000/);
    const sub = execFileSync('ogrinfo', ['-ro', '-al', '-q', '-spat', '112.5', '38.0', '112.8', '38.3', join(dir, 'layer.fgb')], { encoding: 'utf8' });
    const gdalCount = (sub.match(/OGRFeature\(/g) ?? []).length;
    // GDAL's -spat also tests the geometry itself, so it may return fewer than the index boxes.
    const exact = features.filter((f) => {
      if (f.geometry?.type !== 'Point') return boxesIntersect(geometryBox(f.geometry as Polygon), [112.5, 38.0, 112.8, 38.3]);
      const [x, y] = f.geometry.coordinates as [number, number];
      return x >= 112.5 && x <= 112.8 && y >= 38.0 && y <= 38.3;
    }).length;
    expect(gdalCount).toBe(exact);
  });

  it('writes an empty layer without an index', async () => {
    const { collection, header } = await readFgb(writeFgb([], { name: 'empty' }));
    expect(collection.features).toEqual([]);
    expect(header?.indexNodeSize).toBe(0);
  });
});
