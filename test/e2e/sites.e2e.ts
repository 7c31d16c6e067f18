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

/** Each candidate's distance to its nearest HSR station, one CLI run per candidate (a run reports each station once). */
function cliHsrKmEach(candidates: Feature[]): Map<string, number> {
  return new Map(candidates.map((f) => {
    const hit = cliNearestHsr([f]).get(String(f.properties?.id));
    return [String(f.properties?.id), hit ? hit.km : Infinity];
  }));
}

const candidates = (): Feature[] => [...data('parks.geojson').features, ...data('dayu.geojson').features, ...data('xindong.geojson').features];

async function openSites(page: Page): Promise<void> {
  await page.click('[data-testid="tab-sites"]');
  await page.waitForSelector('[data-testid="site-list"] li');
}

async function setWeights(page: Page, weights: Record<string, number>): Promise<void> {
  for (const id of ['hsr', 'rail', 'airport', 'water', 'taiyuan', 'xinzhou', 'area', 'parks10', 'access']) {
    await page.locator(`[data-testid="weight-${id}"]`).fill(String(weights[id] ?? 0));
  }
}

const topSite = (page: Page) => page.getAttribute('[data-testid="site-list"] li:first-child', 'data-site-row');

interface TestMap {
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getBounds(): { contains(c: [number, number]): boolean };
  isMoving(): boolean;
  project(c: [number, number]): { x: number; y: number };
  queryRenderedFeatures(o: { layers: string[] }): Array<{ properties: Record<string, unknown> }>;
}
type MapWindow = { taixinAtlas: { map: TestMap } };

const mapCenter = (page: Page) => page.evaluate(() => {
  const c = (window as unknown as MapWindow).taixinAtlas.map.getCenter();
  return [c.lng, c.lat] as [number, number];
});

/** Ids drawn by the site highlight's layers of one kind ('ring' for points, 'line' for outlines). */
const highlighted = (page: Page, kind: 'ring' | 'line') =>
  page.evaluate((layer) => (window as unknown as MapWindow).taixinAtlas.map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id)), `site-highlight--${kind}`);

/** Clicks a site's name in the list and waits for the camera to arrive. */
async function chooseSite(page: Page, id: string): Promise<void> {
  await page.click(`[data-site-row="${id}"] .name`);
  await page.waitForFunction(() => !(window as unknown as MapWindow).taixinAtlas.map.isMoving(), undefined, { timeout: 15_000 });
  await settle(page);
}

/** Waits for the site card to lie wholly within the part of the sidebar on screen (it scrolls there smoothly). */
async function cardComesIntoView(page: Page): Promise<void> {
  // Whole when it fits; a card taller than the sidebar from its top (its name and score).
  const inView = (card: { top: number; bottom: number }, side: { top: number; bottom: number }): boolean =>
    card.top >= side.top - 0.5 && (card.bottom <= side.bottom + 0.5 || card.top <= side.top + 0.5);
  await page.waitForFunction(() => {
    const card = document.querySelector('[data-testid="site-card"]')?.getBoundingClientRect();
    const side = document.querySelector('aside.sidebar')?.getBoundingClientRect();
    return !!card && !!side && card.top >= side.top - 0.5 && (card.bottom <= side.bottom + 0.5 || card.top <= side.top + 0.5);
  }, undefined, { timeout: 5000 }).catch(() => undefined);
  // The same, as Playwright measures it, once the scrolling is over.
  const card = await page.locator('[data-testid="site-card"]').boundingBox();
  const side = await page.locator('aside.sidebar').boundingBox();
  if (!card || !side) throw new Error('no card or sidebar');
  expect(inView({ top: card.y, bottom: card.y + card.height }, { top: side.y, bottom: side.y + side.height }), JSON.stringify({ card, side })).toBe(true);
}

async function addPointSite(page: Page, lon: number, lat: number): Promise<void> {
  await page.click('[data-testid="add-site-point"]');
  const box = await page.locator('[data-testid="map"]').boundingBox();
  const p = await page.evaluate((c) => (window as unknown as MapWindow).taixinAtlas.map.project(c), [lon, lat] as [number, number]);
  await page.mouse.click((box?.x ?? 0) + p.x, (box?.y ?? 0) + p.y);
  await page.waitForSelector('[data-site-row^="user-"]');
}

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
    expect(Number(/([\d.]+) 公里/.exec(text)?.[1])).toBeCloseTo(expected?.km ?? NaN, 1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('scores each site through the stated thresholds, whatever the other candidates, and re-ranks when the weights change', async () => {
    const { page } = await openApp(browser(), appUrl);
    await openSites(page);
    const shown = async (id: string) => Number(await page.textContent(`[data-testid="score-${id}"]`));
    // Worked out from the thresholds stated in the panel (area ≥ 30 km² → 100, 0 → 0; HSR ≤ 5 km → 100,
    // ≥ 40 km → 0; linear between), with turf's area and the query CLI's distances — not from the app.
    const clamp = (x: number) => Math.min(1, Math.max(0, x));
    const areaScore = (f: Feature) => (f.geometry.type === 'Polygon' ? 100 * clamp(area(f) / 1e6 / 30) : 0);
    const hsrKm = cliHsrKmEach(candidates());
    const hsrScore = (id: string) => 100 * clamp((40 - (hsrKm.get(id) ?? Infinity)) / (40 - 5));
    // Best first, equal scores in the list's order (the data's order).
    const top = (score: (f: Feature) => number) => candidates().map((f, i) => ({ id: String(f.properties?.id), s: score(f), i })).sort((a, b) => b.s - a.s || a.i - b.i)[0]?.id;

    // Only area counts. The list shows whole points.
    await setWeights(page, { area: 5 });
    for (const f of candidates()) expect(await shown(String(f.properties?.id))).toBeCloseTo(areaScore(f), 0);
    expect(await topSite(page)).toBe(top(areaScore));
    await page.click('[data-testid="score-thresholds"] summary');
    await expect(page.textContent('[data-testid="score-thresholds"]')).resolves.toContain('面积：≥ 30 平方公里 得 100');
    await screenshot(page, 'sites-thresholds');

    // Only nearness to high-speed rail counts.
    await setWeights(page, { hsr: 5 });
    for (const f of candidates()) expect(await shown(String(f.properties?.id))).toBeCloseTo(hsrScore(String(f.properties?.id)), 0);
    expect(await topSite(page)).toBe(top((f) => hsrScore(String(f.properties?.id))));
    expect(await page.evaluate(() => location.hash)).toContain('w=5.0.0.0.0.0.0.0.0');

    // Adding a site changes no other site's score (absolute); the relative view's scores move.
    const before = new Map<string, number>();
    for (const f of candidates()) before.set(String(f.properties?.id), await shown(String(f.properties?.id)));
    await addPointSite(page, 112.74, 38.42);
    for (const [id, v] of before) expect(await shown(id)).toBe(v);
    await page.click('[data-testid="score-mode-relative"]');
    // Min–max over the candidates: the nearest scores 100, the farthest 0, and the data's sites move.
    const relative = await page.$$eval('[data-testid="site-list"] .score', (els) => els.map((e) => Number(e.textContent)));
    expect(Math.max(...relative)).toBe(100);
    expect(Math.min(...relative)).toBe(0);
    let moved = 0;
    for (const [id, v] of before) if ((await shown(id)) !== v) moved++;
    expect(moved).toBeGreaterThan(0);
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
    // Headed in the page's language (zh): the reader's export, not the CLI's machine keys.
    expect(csv.startsWith('\uFEFF编号,名称,得分,所在县区,距高铁站（公里）,距高铁站·参照,距高铁站·可信度')).toBe(true);
    const rows = csv.trim().split('\r\n').slice(1);
    expect(rows.map((r) => r.split(',')[0])).toEqual(['park-xinzhou-edz', 'dayu-core', 'xindong-core']);
    expect(await page.evaluate(() => location.hash)).toContain('sites=park-xinzhou-edz,dayu-core,xindong-core');
    // The printed comparison carries its sources and their reliability, and nothing of the app around it.
    const sources = (await page.textContent('[data-testid="compare-sources"]')) ?? '';
    expect(sources).toContain('ODbL'); // the OSM station positions
    expect(sources).toContain('示意 11/77'); // 11 of the 77 stations are schematic (data/README.md)
    expect(sources).toContain('示意 6/6'); // every 大盂 feature is schematic
    // Chinese punctuation in Chinese: full-width colons and semicolons (bug: "; 许可: ").
    expect(sources).toMatch(/来源：.+?；许可：.+?；精度：/);
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
    await expect(page.textContent('[data-testid="notices"]')).resolves.toMatch(/图形无效（自相交）：请重新绘制。/);
    expect(await page.textContent('[data-testid="notices"]')).not.toMatch(/intersects|itself/);
    expect(await page.locator('[data-site-row^="user-"]').count()).toBe(0);
    await page.close();
  });

  it('flies to a site chosen in the list, rings it on the map and brings its card into view', async () => {
    const site = (id: string) => candidates().find((f) => f.properties?.id === id);
    const zhongbei = site('park-zhongbei')?.geometry;
    const core = site('xindong-core')?.geometry;
    if (zhongbei?.type !== 'Point' || core?.type !== 'Polygon') throw new Error('test data changed');
    const [lon, lat] = zhongbei.coordinates as [number, number];
    const { page, consoleErrors } = await openApp(browser(), appUrl);
    await openSites(page);
    const before = await mapCenter(page);
    expect(Math.hypot(before[0] - lon, before[1] - lat)).toBeGreaterThan(0.3);

    // A point: centred, close enough to see it, ringed.
    await chooseSite(page, 'park-zhongbei');
    const [x, y] = await mapCenter(page);
    expect(x).toBeCloseTo(lon, 3);
    expect(y).toBeCloseTo(lat, 3);
    expect(await page.evaluate(() => (window as unknown as MapWindow).taixinAtlas.map.getZoom())).toBeGreaterThanOrEqual(11);
    expect(await highlighted(page, 'ring')).toEqual(['park-zhongbei']);
    await expect(page.getAttribute('[data-testid="site-card"]', 'data-site')).resolves.toBe('park-zhongbei');
    // The card is below every list row; it is scrolled up into the sidebar.
    await cardComesIntoView(page);
    await screenshot(page, 'sites-focus-point');

    // An outline: framed whole, outlined, and the point's ring gone.
    await page.evaluate(() => document.querySelector('aside.sidebar')?.scrollTo({ top: 0 }));
    await chooseSite(page, 'xindong-core');
    const corners = core.coordinates[0] as Array<[number, number]>;
    const inView = await page.evaluate((cs) => cs.every((c) => (window as unknown as MapWindow).taixinAtlas.map.getBounds().contains(c)), corners);
    expect(inView).toBe(true);
    const [cx, cy] = await mapCenter(page);
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    expect(cx).toBeCloseTo((Math.min(...xs) + Math.max(...xs)) / 2, 2);
    expect(cy).toBeCloseTo((Math.min(...ys) + Math.max(...ys)) / 2, 2);
    expect(await highlighted(page, 'line')).toContain('xindong-core');
    expect(await highlighted(page, 'ring')).toEqual([]);
    await cardComesIntoView(page);
    await screenshot(page, 'sites-focus-outline');

    // Leaving the tab takes the highlight away; coming back brings it again.
    await page.click('[data-testid="tab-layers"]');
    await settle(page);
    expect(await highlighted(page, 'line')).toEqual([]);
    await openSites(page);
    await settle(page);
    expect(await highlighted(page, 'line')).toContain('xindong-core');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('jumps to the site and its card without animation when the user prefers reduced motion', async () => {
    const { page } = await openApp(browser(), appUrl);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openSites(page);
    await page.click('[data-site-row="park-yangqu"] .name');
    const state = await page.evaluate(() => {
      const { map } = (window as unknown as MapWindow).taixinAtlas;
      const card = document.querySelector('[data-testid="site-card"]')?.getBoundingClientRect();
      const side = document.querySelector('aside.sidebar')?.getBoundingClientRect();
      return { moving: map.isMoving(), center: map.getCenter(), cardShown: !!card && !!side && card.top >= side.top - 0.5 && (card.bottom <= side.bottom + 0.5 || card.top <= side.top + 0.5) };
    });
    expect(state.moving).toBe(false);
    expect(state.center.lng).toBeCloseTo(112.62, 3);
    expect(state.center.lat).toBeCloseTo(38.03, 3);
    expect(state.cardShown).toBe(true);
    await page.close();
  });

  it('refuses a fifth site for comparison with a message and keeps the four', async () => {
    const { page } = await openApp(browser(), appUrl);
    await openSites(page);
    const four = ['park-zhongbei', 'park-xinzhou-edz', 'dayu-core', 'xindong-core'];
    for (const id of four) await page.click(`[data-testid="compare-${id}"]`);
    await expect(page.locator('[data-testid="compare-limit"]').count()).resolves.toBe(0);
    await page.click('[data-testid="compare-park-yangqu"]');
    await expect(page.locator('[data-testid="compare-limit"]').textContent()).resolves.toBe('最多比较 4 个');
    expect(await page.locator('[data-testid="compare-limit"]').isVisible()).toBe(true);
    expect(await page.isChecked('[data-testid="compare-park-yangqu"]')).toBe(false);
    for (const id of four) expect(await page.isChecked(`[data-testid="compare-${id}"]`)).toBe(true);
    await expect(page.textContent('[data-testid="compare-open"]')).resolves.toContain('(4)');
    expect(await page.evaluate(() => location.hash)).toContain(`sites=${four.join(',')}`);
    await screenshot(page, 'sites-compare-limit');
    // Making room lets the tick through.
    await page.click('[data-testid="compare-dayu-core"]');
    await page.click('[data-testid="compare-park-yangqu"]');
    expect(await page.isChecked('[data-testid="compare-park-yangqu"]')).toBe(true);
    await expect(page.locator('[data-testid="compare-limit"]').count()).resolves.toBe(0);
    await page.close();
  });

  it('renames a site the user added, and keeps the name across a reload', async () => {
    const { page } = await openApp(browser(), `${appUrl}#map=11/38.3/112.7`);
    await openSites(page);
    await addPointSite(page, 112.7, 38.3);
    // A new site opens its card, where its name can be edited; the data's sites have no such field.
    await cardComesIntoView(page);
    await page.fill('[data-testid="site-name"]', '  东山物流园 ');
    await page.press('[data-testid="site-name"]', 'Enter');
    await expect(page.textContent('[data-site-row^="user-"] .name')).resolves.toBe('东山物流园');
    await screenshot(page, 'sites-rename');
    // A blank name is not taken.
    await page.fill('[data-testid="site-name"]', '  ');
    await page.press('[data-testid="site-name"]', 'Enter');
    await expect(page.inputValue('[data-testid="site-name"]')).resolves.toBe('东山物流园');
    await page.click('[data-site-row="park-zhongbei"] .name');
    await expect(page.locator('[data-testid="site-name"]').count()).resolves.toBe(0);
    await page.reload();
    await settle(page);
    await openSites(page);
    await page.waitForSelector('[data-site-row^="user-"]');
    await expect(page.textContent('[data-site-row^="user-"] .name')).resolves.toBe('东山物流园');
    await page.click('[data-site-row^="user-"] .name');
    await expect(page.inputValue('[data-testid="site-name"]')).resolves.toBe('东山物流园');
    await page.close();
  });
});
