import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = (...args: string[]) => spawnSync(tsx, [join(root, 'scripts/query.ts'), ...args], { cwd: root, encoding: 'utf8' });
const data = (file: string) => JSON.parse(readFileSync(join(root, 'data', file), 'utf8')) as FeatureCollection;

describe('npm run query', () => {
  it('answers "parks within 5 km of a rail station" as turf.distance over the source GeoJSON does', () => {
    const parks = data('parks.geojson').features as Feature<Point>[];
    const stations = data('stations.geojson').features as Feature<Point>[];
    const expected = parks
      .map((p) => ({ id: p.properties?.id, d: Math.min(...stations.map((s) => distance(p, s, { units: 'meters' }))) }))
      .filter((x) => x.d <= 5000);
    const run = cli('within', '--target', 'parks', '--source', 'stations', '--km', '5');
    expect(run.status).toBe(0);
    const fc = JSON.parse(run.stdout) as FeatureCollection;
    expect(fc.features.map((f) => f.properties?.id).sort()).toEqual(expected.map((x) => x.id).sort());
    for (const f of fc.features) {
      const want = expected.find((x) => x.id === f.properties?.id)?.d ?? NaN;
      expect(f.properties?.distance_m).toBeCloseTo(want, 1);
      expect(typeof f.properties?.nearest_source_id).toBe('string');
      expect(f.properties?.name_zh).toBeTruthy();
    }
  });

  it('lists each station once for "nearest 3 stations to a park", at its closest park', () => {
    const parks = data('parks.geojson').features as Feature<Point>[];
    const stations = data('stations.geojson').features as Feature<Point>[];
    const d = (a: Feature<Point>, b: Feature<Point>) => distance(a, b, { units: 'meters' });
    const candidates = new Set(parks.flatMap((p) => [...stations].sort((a, b) => d(p, a) - d(p, b)).slice(0, 3).map((s) => s.properties?.id as string)));
    const run = cli('nearest', '--target', 'stations', '--source', 'parks', '--k', '3');
    expect(run.status).toBe(0);
    const rows = (JSON.parse(run.stdout) as FeatureCollection).features;
    const ids = rows.map((f) => f.properties?.id as string);
    // Before the fix a station two parks counted among their 3 nearest came out twice.
    expect(ids.length).toBe(new Set(ids).size);
    expect([...ids].sort()).toEqual([...candidates].sort());
    for (const f of rows) {
      const station = stations.find((s) => s.properties?.id === f.properties?.id) as Feature<Point>;
      const closest = [...parks].sort((a, b) => d(station, a) - d(station, b))[0] as Feature<Point>;
      expect(f.properties?.nearest_source_id).toBe(closest.properties?.id);
      expect(f.properties?.distance_m).toBeCloseTo(d(station, closest), 0);
    }
  });

  it('writes CSV with a BOM, and reads a .geojson path as a layer', () => {
    const run = cli('within', '--target', join(root, 'data/parks.geojson'), '--source', 'stations', '--km', '5', '--format', 'csv');
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('\uFEFFid,name_zh,name_en,distance_m,distance_accuracy_m,nearest_source_id')).toBe(true);
  });

  it.each([
    [['within', '--target', 'nope', '--source', 'stations', '--km', '5'], /unknown layer "nope"/],
    [['within', '--target', 'parks', '--source', 'stations', '--km', '-1'], /--km must be a number ≥ 0/],
    [['within', '--target', 'parks', '--source', 'stations'], /within needs --km/],
    [['fly', '--target', 'parks', '--source', 'stations'], /operation must be one of/],
    [['within', '--target', '/no/such/file.geojson', '--source', 'stations', '--km', '1'], /cannot read/],
  ])('%j fails with one line on stderr', (args, message) => {
    const run = cli(...(args as string[]));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
