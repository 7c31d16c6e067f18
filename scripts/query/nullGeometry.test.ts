import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFgb } from '../../src/lib/fgb/writeFgb.ts';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = (...args: string[]) => spawnSync(tsx, [join(root, 'scripts/query.ts'), ...args], { cwd: root, encoding: 'utf8' });

const features = [
  { type: 'Feature', geometry: { type: 'Point', coordinates: [112.69, 38.2] }, properties: { id: 'TX11', located: true } },
  { type: 'Feature', geometry: null, properties: { id: 'TX02', located: false } },
] as unknown as Feature[];
const stations: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [112.7, 38.21] }, properties: { id: 'stn' } }] };

describe('npm run query over a layer with features that have no geometry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'query-null-'));
  writeFileSync(join(dir, 'projects.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
  writeFileSync(join(dir, 'projects.fgb'), writeFgb(features, { name: 'projects' }));
  writeFileSync(join(dir, 'stations.geojson'), JSON.stringify(stations));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['projects.geojson', 'projects.fgb'])('skips them in %s, as target and as source', (file) => {
    const asTarget = cli('within', '--target', join(dir, file), '--source', join(dir, 'stations.geojson'), '--km', '5', '--format', 'csv');
    expect(asTarget.stderr).toBe('');
    expect(asTarget.status).toBe(0);
    expect(asTarget.stdout).toContain('TX11');
    expect(asTarget.stdout).not.toContain('TX02');
    const asSource = cli('nearest', '--target', join(dir, 'stations.geojson'), '--source', join(dir, file));
    expect(asSource.status).toBe(0);
    expect((JSON.parse(asSource.stdout) as FeatureCollection).features.map((f) => f.properties?.nearest_source_id)).toEqual(['TX11']);
  });
});
