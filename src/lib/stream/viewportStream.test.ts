import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature } from 'geojson';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStaticServer, type StaticServer } from '../../../scripts/serve/staticServer.ts';
import { boxesIntersect, geometryBox, type Box } from '../fgb/bbox.ts';
import { writeFgb } from '../fgb/writeFgb.ts';
import { ViewportStream } from './viewportStream.ts';

/** 40,000 small parcels on a grid over the zone, as data:large makes a million. */
function parcels(n: number): Feature[] {
  const side = Math.ceil(Math.sqrt(n));
  const dx = 2.5 / side;
  const dy = 2.2 / side;
  return Array.from({ length: n }, (_, i) => {
    const x = 111.5 + (i % side) * dx;
    const y = 37.4 + Math.floor(i / side) * dy;
    return { type: 'Feature', properties: { id: `p${i}`, landuse: 'M' }, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + dx * 0.7, y], [x + dx * 0.7, y + dy * 0.7], [x, y + dy * 0.7], [x, y]]] } };
  });
}

describe('ViewportStream', () => {
  const all = parcels(40_000);
  const bytes = writeFgb(all, { name: 'parcels' });
  let dir = '';
  let server: StaticServer;
  beforeAll(async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    dir = mkdtempSync(join(tmpdir(), 'stream-'));
    writeFileSync(join(dir, 'parcels.fgb'), bytes);
    server = await startStaticServer(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const brute = (box: Box) => all.filter((f) => boxesIntersect(geometryBox(f.geometry), box)).map((f) => String(f.properties?.id)).sort();

  it.each<[string, Box]>([
    ['a 0.1° view', [112.6, 38.1, 112.7, 38.2]],
    ['a thin strip', [113.0, 37.4, 113.02, 39.6]],
    ['a corner', [111.4, 37.3, 111.55, 37.45]],
    ['outside the data', [100, 20, 101, 21]],
  ])('returns exactly the features a brute-force bbox filter finds, for %s, by range requests', async (_name, box) => {
    const stream = new ViewportStream(`${server.url}/parcels.fgb`);
    server.requests.length = 0;
    await stream.read(box, () => undefined);
    expect(stream.inView(box).map((f) => String(f.id)).sort()).toEqual(brute(box));
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.requests.every((r) => r.range !== null)).toBe(true);
    const transferred = server.requests.reduce((s, r) => s + r.bytes, 0);
    expect(transferred).toBeLessThan(bytes.length * 0.2);
  });

  it('keeps the cache within its bound however far the view moves', async () => {
    const stream = new ViewportStream(`${server.url}/parcels.fgb`, 1500);
    for (let k = 0; k < 6; k++) {
      const x = 111.6 + k * 0.35;
      await stream.read([x, 38.0, x + 0.15, 38.3], () => undefined);
      expect(stream.size).toBeLessThanOrEqual(1500);
    }
    // The last view is still complete after eviction.
    expect(stream.inView([113.35, 38.0, 113.5, 38.3]).length).toBe(brute([113.35, 38.0, 113.5, 38.3]).length);
  });

  it('stops a read that the view has moved on from', async () => {
    const stream = new ViewportStream(`${server.url}/parcels.fgb`);
    let calls = 0;
    const result = await stream.read([111.5, 37.4, 114, 39.6], () => undefined, () => ++calls > 100);
    expect(result.stale).toBe(true);
    expect(result.read).toBeLessThan(200);
  });
});
