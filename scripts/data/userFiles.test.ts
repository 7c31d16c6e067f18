import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection, Polygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { PARCEL_USES, USER_BOX, writeParcelsGeoJson, writePointsCsv } from './userFiles.ts';

const dir = mkdtempSync(join(tmpdir(), 'user-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const N = 1000;
const [x0, y0, x1, y1] = USER_BOX;
const inBox = ([x, y]: number[]): boolean => (x as number) >= x0 && (x as number) <= x1 && (y as number) >= y0 && (y as number) <= y1;

describe('synthetic user files', () => {
  it('writes a points CSV: header, n rows, ids in order, every point in the box, same bytes for the same seed', async () => {
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    const c = join(dir, 'c.csv');
    await writePointsCsv(a, N);
    await writePointsCsv(b, N);
    await writePointsCsv(c, N, 99);
    const text = readFileSync(a, 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('id,name,lon,lat,value');
    expect(lines).toHaveLength(N + 1);
    lines.slice(1).forEach((line, i) => {
      const [id, name, lon, lat, value] = line.split(',');
      expect(id).toBe(`p${i + 1}`);
      expect(name).toBe(`地块点 ${i + 1}`);
      expect(lon).toMatch(/^\d+\.\d{6}$/);
      expect(lat).toMatch(/^\d+\.\d{6}$/);
      expect(value).toMatch(/^\d+\.\d{2}$/);
      expect(inBox([Number(lon), Number(lat)]), line).toBe(true);
    });
    expect(readFileSync(b, 'utf8')).toBe(text);
    expect(readFileSync(c, 'utf8')).not.toBe(text);
  });

  it('writes a GeoJSON of parcels: valid, one feature a line, closed counter-clockwise rings ≈ 100–200 m across in the box', async () => {
    const a = join(dir, 'a.geojson');
    const b = join(dir, 'b.geojson');
    await writeParcelsGeoJson(a, N);
    await writeParcelsGeoJson(b, N);
    const text = readFileSync(a, 'utf8');
    const fc = JSON.parse(text) as FeatureCollection<Polygon>;
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(N);
    expect(text.trimEnd().split('\n')).toHaveLength(N + 2);
    fc.features.forEach((f, i) => {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Polygon');
      const ring = f.geometry.coordinates[0] as number[][];
      expect([5, 6]).toContain(ring.length);
      expect(ring[ring.length - 1]).toEqual(ring[0]);
      let twice = 0;
      for (let j = 0; j + 1 < ring.length; j++) twice += (ring[j]![0]! * ring[j + 1]![1]!) - (ring[j + 1]![0]! * ring[j]![1]!);
      expect(twice, 'counter-clockwise').toBeGreaterThan(0);
      ring.forEach((p) => expect(inBox(p)).toBe(true));
      const lat = ring[0]![1]!;
      const xs = ring.map((p) => p[0]!);
      const ys = ring.map((p) => p[1]!);
      const wideM = Math.max((Math.max(...xs) - Math.min(...xs)) * 111_195 * Math.cos((lat * Math.PI) / 180), (Math.max(...ys) - Math.min(...ys)) * 111_195);
      expect(wideM).toBeGreaterThan(60);
      expect(wideM).toBeLessThanOrEqual(201);
      expect(f.properties).toEqual({ id: `g${i + 1}`, name: `地块 ${i + 1}`, area_mu: expect.any(Number), use: expect.any(String) });
      expect(f.properties!.area_mu).toBeGreaterThan(0);
      expect(PARCEL_USES).toContain(f.properties!.use);
    });
    expect(readFileSync(b, 'utf8')).toBe(text);
  });
});
