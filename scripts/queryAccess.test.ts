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
import { approxMinutesText } from '../src/lib/access/wording.ts';
import { ACCESS_LIMITS } from '../src/lib/url/accessUrl.ts';
import { featureNames, outsideArea } from './query/featureLabel.ts';

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
    // Scenario given, every park inside the zone: nothing to note, stderr stays clean.
    expect(run.stderr).toBe('');
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
      // Words as the site card has them (to 5 min, marked approximate); minutes keeps the tenths.
      expect(row?.properties?.time_zh).toBe(approxMinutesText(j?.minutes as number, 'zh'));
      expect(row?.properties?.time_en).toMatch(/^about ((\d+ h )?\d+ min|\d+ h)$|^under 5 min$/);
      expect(row?.properties?.outside_area).toBe(false);
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
      expect(none?.properties).toMatchObject({ id: 'nowhere', minutes: null, route_zh: null, outside_area: null });
      // No --scenario: which network was used is said on stderr, in one line.
      expect(run.stderr).toMatch(/^query access: --scenario not given: using 2022 \(today's network\)/);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes CSV with a BOM, one row per feature, the assumptions as columns', () => {
    const run = cli('--from', 'projects', '--to', 'taiyuan', '--format', 'csv');
    expect(run.status).toBe(0);
    const lines = run.stdout.replace(/\r\n$/, '').split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFid,name_zh,name_en,lon,lat,outside_area,destination,scenario,minutes,time_zh,time_en,.*,route_zh,route_en,speed_kmh,detour,k,transfer_minutes,dwell_minutes$/);
    expect(lines).toHaveLength(data('projects.geojson').features.length + 1);
  });

  it.each([
    [['--from', 'parks', '--to', 'paris'], /^query access: --to must be one of xiongan, beijing, shijiazhuang, taiyuan \(got "paris"\)$/],
    [['--from', 'parks'], /--to <destination> is required/],
    [['--from', 'parks', '--to', 'xiongan', '--speed', '-5'], /^query access: --speed must be a number from 5 to 120 \(got -5\)$/],
    [['--from', 'parks', '--to', 'xiongan', '--speed', '0'], /^query access: --speed must be a number from 5 to 120 \(got 0\)$/],
    // Beyond what the app's form and links accept (ACCESS_LIMITS), so refused here too.
    [['--from', 'parks', '--to', 'xiongan', '--speed', '1000'], /--speed must be a number from 5 to 120 \(got 1000\)/],
    [['--from', 'parks', '--to', 'xiongan', '--transfer', '500'], /--transfer must be a number from 0 to 120 \(got 500\)/],
    [['--from', 'parks', '--to', 'xiongan', '--detour', '0.9'], /--detour must be a number from 1 to 3 \(got 0\.9\)/],
    [['--from', 'parks', '--to', 'xiongan', '--detour', 'abc'], /--detour must be a number from 1 to 3 \(got abc\)/],
    [['--from', 'parks', '--to', 'xiongan', '--k', '2.5'], /--k must be a whole number from 1 to 10 \(got 2\.5\)/],
    [['--from', 'parks', '--to', 'xiongan', '--scenario', '2030'], /^query access: --scenario must be 2022 or 2027 \(got "2030"\)$/],
    [['--from', 'parks', '--to', 'xiongan', '--speeed', '30'], /^query access: Unknown option '--speeed' \(see --help\)$/],
    [['--from', 'nope', '--to', 'xiongan'], /unknown layer "nope"/],
  ])('%j fails with one line on stderr', (args, message) => {
    const run = cli(...(args as string[]));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([['--help'], ['-h']])('%s prints every option with its default and the range the app accepts, and exits 0', (flag) => {
    const run = cli(flag);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    for (const option of ['--from', '--to', '--scenario', '--format', '--speed', '--detour', '--k', '--transfer', '--help']) expect(run.stdout).toContain(option);
    expect(run.stdout).toMatch(/--scenario .*2022 = today's network \(default\)/);
    expect(run.stdout).toMatch(/xiongan, beijing, shijiazhuang, taiyuan/);
    const { speedKmh, detour, k, transferMinutes } = ACCESS_LIMITS;
    expect(run.stdout).toMatch(new RegExp(`--speed .*: ${speedKmh.min}–${speedKmh.max}, default 40`));
    expect(run.stdout).toMatch(new RegExp(`--detour .*: ${detour.min}–${detour.max}, default 1\\.3`));
    expect(run.stdout).toMatch(new RegExp(`--k .*: whole number ${k.min}–${k.max}, default 3`));
    expect(run.stdout).toMatch(new RegExp(`--transfer .*: ${transferMinutes.min}–${transferMinutes.max}, default 15`));
  });

  it('query --help lists the operations, access among them', () => {
    const run = spawnSync(tsx, [join(root, 'scripts/query.ts'), '--help'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    for (const op of ['within', 'nearest', 'along', 'inside', 'access']) expect(run.stdout).toMatch(new RegExp(`^  ${op} `, 'm'));
  });

  it("names a user's own features from name / 名称 / NAME, and flags points outside the zone on each row and once on stderr", () => {
    const dir = mkdtempSync(join(tmpdir(), 'access-cli-'));
    const at = (x: number, y: number): Point => ({ type: 'Point', coordinates: [x, y] });
    try {
      const file = join(dir, 'mine.geojson');
      const features: Feature[] = [
        { type: 'Feature', properties: { name: '阳曲产业园' }, geometry: at(112.67, 38.06) },
        { type: 'Feature', id: 'f2', properties: { 名称: '忻州西站片区' }, geometry: at(112.7, 38.45) },
        { type: 'Feature', properties: { NAME: 'Yuci Park' }, geometry: at(112.75, 37.7) },
        { type: 'Feature', properties: { name: 'Far away' }, geometry: at(100, 30) },
      ];
      writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
      const run = cli('--from', file, '--to', 'xiongan', '--scenario', '2022');
      expect(run.status).toBe(0);
      const rows = (JSON.parse(run.stdout) as Out).features.map((f) => f.properties);
      expect(rows.map((p) => [p?.id, p?.name_zh, p?.name_en, p?.outside_area])).toEqual([
        ['1', '阳曲产业园', null, false],
        ['f2', '忻州西站片区', null, false],
        ['3', 'Yuci Park', 'Yuci Park', false],
        ['4', 'Far away', 'Far away', true],
      ]);
      // The far point still gets a figure (the engine does not refuse it), but not silently.
      expect(rows[3]?.minutes).toBeGreaterThan(0);
      expect(run.stderr.trim()).toMatch(/^query access: 1 of 4 features is outside the zone \[111\.5, 37\.4, 116\.5, 39\.6\].*outside_area/);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('featureNames / outsideArea', () => {
  const named = (properties: Record<string, unknown>): Feature<null> => ({ type: 'Feature', properties, geometry: null });

  it('prefers name_zh / name_en, and never puts a Chinese name in name_en', () => {
    expect(featureNames(named({ name_zh: '甲', name_en: 'A', name: 'other' }))).toEqual({ name_zh: '甲', name_en: 'A' });
    expect(featureNames(named({ name: '太原南站' }))).toEqual({ name_zh: '太原南站', name_en: null });
    expect(featureNames(named({ NAME: 'Park 7' }))).toEqual({ name_zh: 'Park 7', name_en: 'Park 7' });
    expect(featureNames(named({ name: '  ', 名称: '乙' }))).toEqual({ name_zh: '乙', name_en: null });
    expect(featureNames(named({}))).toEqual({ name_zh: null, name_en: null });
  });

  it('is true only outside the zone box, edges inside, null without a point', () => {
    expect(outsideArea([112.5, 38])).toBe(false);
    expect(outsideArea([111.5, 39.6])).toBe(false);
    expect(outsideArea([111.49, 38])).toBe(true);
    expect(outsideArea([100, 30])).toBe(true);
    expect(outsideArea(null)).toBe(null);
  });
});
