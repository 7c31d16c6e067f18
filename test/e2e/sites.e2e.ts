import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, screenshot, settle, useBrowser } from './browser.ts';

const appUrl = inject('appUrl');
const root = join(import.meta.dirname, '../..');
const data = (file: string) => JSON.parse(readFileSync(join(root, 'data', file), 'utf8')) as FeatureCollection;
const tmp = mkdtempSync(join(tmpdir(), 'sites-e2e-'));

function writeFc(name: string, features: Feature[]): string {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }));
  return path;
}

/** Nearest HSR station of each candidate, by the query CLI on the same data. */
function cliNearestHsr(candidates: Feature[]): Map<string, { station: string; km: number }> {
  const hsr = writeFc('hsr.geojson', data('stations.geojson').features.filter((f) => f.properties?.hsr === true));
  const sites = writeFc('sites.geojson', candidates);
  const run = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/query.ts'), 'nearest', '--target', hsr, '--source', sites, '--k', '1'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  const fc = JSON.parse(run.stdout) as FeatureCollection;
  return new Map(fc.features.map((f) => [String(f.properties?.nearest_source_id), { station: String(f.properties?.name_zh), km: Number(f.properties?.distance_m) / 1000 }]));
}

const candidates = (): Feature[] => [...data('parks.geojson').features, ...data('dayu.geojson').features, ...data('xindong.geojson').features];

async function openSites(page: Page): Promise<void> {
  await page.click('[data-testid="tab-sites"]');
  await page.waitForSelector('[data-testid="site-list"] li');
}

async function setWeights(page: Page, weights: Record<string, number>): Promise<void> {
  for (const id of ['hsr', 'rail', 'airport', 'water', 'taiyuan', 'xinzhou', 'area', 'parks10']) {
    await page.locator(`[data-testid="weight-${id}"]`).fill(String(weights[id] ?? 0));
  }
}

const topSite = (page: Page) => page.getAttribute('[data-testid="site-list"] li:first-child', 'data-site-row');

describe('site options', () => {
  const browser = useBrowser();

  it('shows a site card whose nearest HSR station and distance match the query CLI', async () => {
    const expected = cliNearestHsr(candidates()).get('park-xinzhou-edz');
    expect(expected).toBeDefined();
    const { page, consoleErrors } = await openApp(browser(), appUrl);
    await openSites(page);
    await page.click('[data-site-row="park-xinzhou-edz"] .name');
    const text = (await page.textContent('[data-testid="site-hsr"]')) ?? '';
    expect(text).toContain(expected?.station ?? '?');
    expect(Number(/([\d.]+) km/.exec(text)?.[1])).toBeCloseTo(expected?.km ?? NaN, 1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('re-ranks as predicted when the weights change', async () => {
    const { page } = await openApp(browser(), appUrl);
    await openSites(page);
    // Only area counts: the largest outline wins.
    await setWeights(page, { area: 5 });
    const largest = candidates()
      .filter((f) => f.geometry.type === 'Polygon')
      .sort((a, b) => area(b) - area(a))[0]?.properties?.id;
    expect(await topSite(page)).toBe(largest);
    // Only nearness to high-speed rail counts: the candidate nearest to an HSR station wins.
    await setWeights(page, { hsr: 5 });
    const nearest = [...cliNearestHsr(candidates()).entries()].sort((a, b) => a[1].km - b[1].km)[0]?.[0];
    expect(await topSite(page)).toBe(nearest);
    expect(await page.evaluate(() => location.hash)).toContain('w=5.0.0.0.0.0.0.0');
    await page.close();
  });

  it('compares three sites side by side and exports one CSV row per site', async () => {
    const { page } = await openApp(browser(), appUrl);
    await openSites(page);
    for (const id of ['park-xinzhou-edz', 'dayu-core', 'xindong-core']) await page.click(`[data-testid="compare-${id}"]`);
    await page.click('[data-testid="compare-open"]');
    await page.waitForSelector('[data-testid="site-compare"]');
    await expect(page.locator('[data-compare-site]').count()).resolves.toBe(3);
    await expect(page.locator('[data-testid="site-compare"] svg.mini').count()).resolves.toBe(3);
    await screenshot(page, 'sites-compare');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="compare-csv"]')]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv.startsWith('\uFEFFid,name,score,county')).toBe(true);
    const rows = csv.trim().split('\r\n').slice(1);
    expect(rows.map((r) => r.split(',')[0])).toEqual(['park-xinzhou-edz', 'dayu-core', 'xindong-core']);
    expect(await page.evaluate(() => location.hash)).toContain('sites=park-xinzhou-edz,dayu-core,xindong-core');
    // The printed comparison carries its sources and their reliability, and nothing of the app around it.
    const sources = (await page.textContent('[data-testid="compare-sources"]')) ?? '';
    expect(sources).toContain('ODbL'); // the OSM station positions
    expect(sources).toContain('示意 11/77'); // 11 of the 77 stations are schematic (data/README.md)
    expect(sources).toContain('示意 6/6'); // every 大盂 feature is schematic
    await page.emulateMedia({ media: 'print' });
    const seen = (sel: string) => page.$eval(sel, (el) => getComputedStyle(el).visibility);
    await expect(seen('[data-testid="map"]')).resolves.toBe('hidden');
    await expect(seen('[data-testid="compare-sources"]')).resolves.toBe('visible');
    await screenshot(page, 'sites-compare-print');
    await page.close();
  });

  it('keeps a site added by clicking across a reload, and says why a far site has no airport distance', async () => {
    // 116.3 E 39.5 N (Hebei) lies inside the map area but over 150 km from any airport in the data.
    const { page } = await openApp(browser(), `${appUrl}#map=9/39.5/116.3`);
    await openSites(page);
    await page.click('[data-testid="add-site-point"]');
    const box = await page.locator('[data-testid="map"]').boundingBox();
    const p = await page.evaluate(() => (window as unknown as { taixinAtlas: { map: { project(c: [number, number]): { x: number; y: number } } } }).taixinAtlas.map.project([116.3, 39.5]));
    await page.mouse.click((box?.x ?? 0) + p.x, (box?.y ?? 0) + p.y);
    await page.waitForSelector('[data-site-row^="user-"]');
    await expect(page.textContent('[data-testid="site-airport"]')).resolves.toContain('150 公里内没有机场');
    await page.reload();
    await settle(page);
    await openSites(page);
    await page.waitForSelector('[data-site-row^="user-"]');
    await expect(page.textContent('[data-site-row^="user-"] .name')).resolves.toBe('自定义选址 1');
    await page.close();
  });

  it('refuses a self-intersecting outline with a clear message', async () => {
    const { page } = await openApp(browser(), `${appUrl}#map=11/38.3/112.7`);
    await openSites(page);
    await page.click('[data-testid="add-site-area"]');
    const box = await page.locator('[data-testid="map"]').boundingBox();
    const px = async (lon: number, lat: number) => {
      const q = await page.evaluate(([x, y]) => (window as unknown as { taixinAtlas: { map: { project(c: [number, number]): { x: number; y: number } } } }).taixinAtlas.map.project([x as number, y as number]), [lon, lat]);
      return [(box?.x ?? 0) + q.x, (box?.y ?? 0) + q.y] as const;
    };
    await page.waitForTimeout(300);
    // A bow-tie: corners in the order that makes two edges cross.
    const bow = [await px(112.66, 38.27), await px(112.74, 38.33), await px(112.74, 38.27), await px(112.66, 38.33)];
    for (const [x, y] of bow) {
      await page.mouse.move(x, y, { steps: 3 });
      await page.mouse.click(x, y);
    }
    const [fx, fy] = bow[0] as readonly [number, number];
    await page.mouse.move(fx, fy, { steps: 3 });
    await page.mouse.click(fx, fy);
    await page.waitForSelector('[data-testid="notices"]');
    await expect(page.textContent('[data-testid="notices"]')).resolves.toMatch(/图形无效（自相交）.*intersects itself/);
    expect(await page.locator('[data-site-row^="user-"]').count()).toBe(0);
    await page.close();
  });
});
