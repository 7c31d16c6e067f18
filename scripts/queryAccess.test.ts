import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { accessPoint } from '../src/lib/access/anchor.ts';
import { checkRailNetwork } from '../src/lib/access/network.ts';
import { journey } from '../src/lib/access/journey.ts';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = (...args: string[]) => spawnSync(tsx, [join(root, 'scripts/query.ts'), 'access', ...args], { cwd: root, encoding: 'utf8' });
const data = (file: string) => JSON.parse(readFileSync(join(root, 'data', file), 'utf8')) as FeatureCollection;
const network = checkRailNetwork(JSON.parse(readFileSync(join(root, 'data/rail_network.json'), 'utf8')));
type Out = FeatureCollection<Point | null> & { assumptions: { zh: string; en: string; speedKmh: number } };

describe('npm run query -- access', () => {
  it('gives each park the time journey() gives from its point, with route, confidence and the assumptions', () => {
    const run = cli('--from', 'parks', '--to', 'xiongan', '--scenario', '2027');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Out;
    expect(out.assumptions.zh).toMatch(/^假设：公路时速 40 公里，绕行系数 1\.3.*2027 情景/);
    expect(out.assumptions.en).toMatch(/^Assumes: road 40 km\/h, detour 1\.3/);
    const parks = data('parks.geojson').features as Feature<Point>[];
    expect(out.features).toHaveLength(parks.length);
    for (const park of parks) {
      const row = out.features.find((f) => f.properties?.id === park.properties?.id);
      const j = journey(network, park.geometry.coordinates as [number, number], 'xiongan', { speedKmh: 40, detour: 1.3, k: 3, transferMinutes: 15, scenario: { year: '2027' } });
      expect(row?.properties?.minutes).toBe(Math.round((j?.minutes as number) * 10) / 10);
      expect(row?.properties?.confidence).toBe(j?.confidence);
      expect(row?.properties?.transfers).toBe(j?.transfers);
      expect(row?.properties?.route_zh).toMatch(/^公路 [\d.]+ km 至.+站（\d+ 分）；/);
      expect(row?.properties?.time_en).toMatch(/^(\d+ h )?\d+ min$|^\d+ h$/);
    }
  });

  it('measures from a point on a line or inside an area, as site cards do, and follows the flags', () => {
    const dir = mkdtempSync(join(tmpdir(), 'access-cli-'));
    try {
      const area: Feature<Polygon> = { type: 'Feature', properties: { id: 'site-a', name_zh: '测试地块' }, geometry: { type: 'Polygon', coordinates: [[[112.6, 38.1], [112.7, 38.1], [112.7, 38.2], [112.6, 38.2], [112.6, 38.1]]] } };
      const file = join(dir, 'sites.geojson');
      writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [area, { type: 'Feature', properties: { id: 'nowhere' }, geometry: null }] }));
      const run = cli('--from', file, '--to', 'beijing', '--speed', '20', '--detour', '1.5', '--k', '2', '--transfer', '10');
      expect(run.status).toBe(0);
      const out = JSON.parse(run.stdout) as Out;
      const [site, none] = out.features;
      const p = accessPoint(area.geometry) as [number, number];
      expect(site?.geometry?.coordinates).toEqual(p);
      expect(booleanPointInPolygon(p, area)).toBe(true);
      const j = journey(network, p, 'beijing', { speedKmh: 20, detour: 1.5, k: 2, transferMinutes: 10, scenario: { year: '2022' } });
      expect(site?.properties?.minutes).toBe(Math.round((j?.minutes as number) * 10) / 10);
      expect(site?.properties).toMatchObject({ speed_kmh: 20, detour: 1.5, k: 2, transfer_minutes: 10, dwell_minutes: 3 });
      expect(out.assumptions.speedKmh).toBe(20);
      // A feature without a position is listed, without a time.
      expect(none?.properties).toMatchObject({ id: 'nowhere', minutes: null, route_zh: null });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes CSV with a BOM, one row per feature, the assumptions as columns', () => {
    const run = cli('--from', 'projects', '--to', 'taiyuan', '--format', 'csv');
    expect(run.status).toBe(0);
    const lines = run.stdout.replace(/\r\n$/, '').split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFid,name_zh,name_en,lon,lat,destination,scenario,minutes,.*,route_zh,route_en,speed_kmh,detour,k,transfer_minutes,dwell_minutes$/);
    expect(lines).toHaveLength(data('projects.geojson').features.length + 1);
  });

  it.each([
    [['--from', 'parks', '--to', 'paris'], /unknown destination "paris"/],
    [['--from', 'parks'], /--to <destination> is required/],
    [['--from', 'parks', '--to', 'xiongan', '--speed', '-5'], /access assumption speedKmh is not valid: -5/],
    [['--from', 'parks', '--to', 'xiongan', '--scenario', '2030'], /access assumption scenario is not valid: 2030/],
    [['--from', 'nope', '--to', 'xiongan'], /unknown layer "nope"/],
  ])('%j fails with one line on stderr', (args, message) => {
    const run = cli(...(args as string[]));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
