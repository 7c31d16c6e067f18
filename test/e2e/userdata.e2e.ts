import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeParcelsGeoJson, writePointsCsv } from '../../scripts/data/userFiles.ts';
import { openApp, screenshot, settle, useBrowser, waitForMapIdle } from './browser.ts';
import { importThroughPanel, userLayers } from './userLayers.ts';

const appUrl = inject('appUrl');
const dir = mkdtempSync(join(tmpdir(), 'atlas-userdata-'));
const POINTS = 300_000;
const PARCELS = 50_000;
const pointsCsv = join(dir, 'points-300k.csv');
const parcelsGeojson = join(dir, 'parcels-50k.geojson');

/** The first data row of the generated CSV, read back from the file itself. */
function firstPoint(): { id: string; name: string; lon: number; lat: number } {
  const line = readFileSync(pointsCsv, 'utf8').split('\n', 2)[1] as string;
  const [id, name, lon, lat] = line.split(',');
  return { id: id as string, name: name as string, lon: Number(lon), lat: Number(lat) };
}

/** The first parcel's id and the mean of its outer ring's corners (inside a convex parcel). */
function firstParcel(): { id: string; lon: number; lat: number } {
  const text = readFileSync(parcelsGeojson, 'utf8');
  const start = text.indexOf('{"type":"Feature"');
  const end = text.indexOf('\n', start);
  const f = JSON.parse(text.slice(start, end).replace(/,$/, '')) as { properties: { id: string }; geometry: { coordinates: number[][][] } };
  const ring = (f.geometry.coordinates[0] as number[][]).slice(0, -1);
  return { id: f.properties.id, lon: ring.reduce((s, p) => s + (p[0] as number), 0) / ring.length, lat: ring.reduce((s, p) => s + (p[1] as number), 0) / ring.length };
}

/** Moves the map to a point at a zoom and clicks the map's centre; returns the popup's text. */
async function clickAt(page: Page, lon: number, lat: number, zoom: number): Promise<string> {
  await page.evaluate(([lon, lat, zoom]) => (window as unknown as { taixinAtlas: { map: { jumpTo(o: unknown): void } } }).taixinAtlas.map.jumpTo({ center: [lon, lat], zoom }), [lon, lat, zoom] as const);
  await settle(page);
  const box = await page.locator('[data-testid="map"]').boundingBox();
  if (!box) throw new Error('no map');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForSelector('.maplibregl-popup', { timeout: 10_000 });
  return (await page.textContent('.maplibregl-popup')) ?? '';
}

const noticeText = (page: Page) => page.evaluate(() => (window as unknown as { taixinAtlas: { state: { notices: string[] } } }).taixinAtlas.state.notices.join(' | '));

describe('your own data at real size', () => {
  const browser = useBrowser();
  beforeAll(async () => {
    await writePointsCsv(pointsCsv, POINTS);
    await writeParcelsGeoJson(parcelsGeojson, PARCELS);
  }, 120_000);
  afterAll(() => undefined);

  it('300k points and 50k parcels: listed with their counts, drawn, clickable, and back after a reload without re-parsing', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#map=8/38.4/112.8`, { width: 1440, height: 900 });
    const points = await importThroughPanel(page, pointsCsv, 120_000);
    expect(points.count).toBe(POINTS);
    expect(points.stored).toBeTruthy();
    const parcels = await importThroughPanel(page, parcelsGeojson, 120_000);
    expect(parcels.count).toBe(PARCELS);
    await expect(page.textContent(`[data-testid="count-${points.id}"]`)).resolves.toMatch(/300,000/);
    // The points are thinned at this zoom, and the list says so; the parcels are areas and are not.
    await expect(page.textContent(`[data-testid="thinned-${points.id}"]`)).resolves.toBe('缩小时点位抽稀显示，放大到 14 级可见全部；查询、表格与导出始终使用全部要素');
    await expect(page.locator(`[data-testid="thinned-${parcels.id}"]`).count()).resolves.toBe(0);
    await settle(page);
    await screenshot(page, 'userdata-imported');
    // The page holds metadata only: no feature arrays on the state.
    expect(await page.evaluate(() => JSON.stringify((window as unknown as { taixinAtlas: { state: { userLayers: unknown[] } } }).taixinAtlas.state.userLayers).length)).toBeLessThan(20_000);

    const p = firstPoint();
    const popup = await clickAt(page, p.lon, p.lat, 17);
    expect(popup).toContain(p.name);
    await page.keyboard.press('Escape');
    const g = firstParcel();
    await page.evaluate(() => document.querySelector('.maplibregl-popup-close-button')?.dispatchEvent(new MouseEvent('click')));
    const parcelPopup = await clickAt(page, g.lon, g.lat, 17);
    expect(parcelPopup).toContain(g.id.replace(/^g/, '地块 '));

    await page.reload();
    await waitForMapIdle(page);
    await page.waitForFunction(() => (window as unknown as { taixinAtlas: { state: { userLayers: Array<{ status: string }> } } }).taixinAtlas.state.userLayers.filter((l) => l.status === 'ready').length === 2, undefined, { timeout: 60_000 });
    const after = await userLayers(page);
    expect(after.map((l) => [l.id, l.count])).toEqual([
      [points.id, POINTS],
      [parcels.id, PARCELS],
    ]);
    // Restored from storage, not parsed again: the same import time, and no import ran.
    expect(after.map((l) => l.importedAt)).toEqual([points.importedAt, parcels.importedAt]);
    expect(await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('atlas:import-done')).length)).toBe(0);
    await page.waitForFunction((id) => performance.getEntriesByName(`atlas:user-layer-visible:${id}`).length > 0, points.id, { timeout: 30_000 });
    expect(await clickAt(page, p.lon, p.lat, 17)).toContain(p.name);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('cancel mid-import leaves no trace, in the list, on the map or after a reload', async () => {
    const { page } = await openApp(browser(), `${appUrl}#map=8/38.4/112.8`);
    await page.setInputFiles('[data-testid="import-file"]', pointsCsv);
    await page.waitForSelector('[data-testid="import-cancel"]');
    // Clicked from inside the page the moment rows are counted: a click with Playwright's
    // actionability checks can arrive after a fast import has already finished.
    await page.waitForFunction(() => {
      if (!/[1-9]/.test(document.querySelector('[data-testid="import-count"]')?.textContent ?? '')) return false;
      document.querySelector<HTMLButtonElement>('[data-testid="import-cancel"]')?.click();
      return true;
    });
    await page.waitForFunction(() => (window as unknown as { taixinAtlas: { state: { imports: unknown[] } } }).taixinAtlas.state.imports.length === 0);
    expect(await userLayers(page)).toEqual([]);
    await expect(noticeText(page)).resolves.toMatch(/导入已取消/);
    expect(await page.evaluate(() => Object.keys((window as unknown as { taixinAtlas: { map: { getStyle(): { sources: object } } } }).taixinAtlas.map.getStyle().sources).filter((s) => s.startsWith('u_')))).toEqual([]);
    await page.reload();
    await waitForMapIdle(page);
    await page.waitForTimeout(500);
    expect(await userLayers(page)).toEqual([]);
    await page.close();
  });

  it('an import and a query run at once; cancelling the query leaves the import to finish', async () => {
    const { page } = await openApp(browser(), `${appUrl}#map=8/38.4/112.8`);
    const parcels = await importThroughPanel(page, parcelsGeojson, 120_000);
    // The 300k-point import starts; while it reads, a query over the parcels starts and is cancelled.
    await page.setInputFiles('[data-testid="import-file"]', pointsCsv);
    await page.waitForSelector('[data-testid="import-progress"]');
    await page.click('[data-testid="tab-query"]');
    await page.selectOption('[data-testid="query-target"]', parcels.id);
    await page.selectOption('[data-testid="query-op"]', 'within');
    await page.selectOption('[data-testid="query-source"]', 'layer:stations');
    await page.fill('[data-testid="query-distance"]', '20');
    // Run and cancel within one frame, from inside the page: the answer cannot be back by then.
    await page.evaluate(async () => {
      document.querySelector<HTMLButtonElement>('[data-testid="query-run"]')?.click();
      await new Promise((r) => requestAnimationFrame(r));
      document.querySelector<HTMLButtonElement>('[data-testid="query-cancel"]')?.click();
    });
    await page.waitForFunction(() => (window as unknown as { taixinAtlas: { state: { query: { status: string } } } }).taixinAtlas.state.query.status === 'cancelled');
    expect(await page.evaluate(() => (window as unknown as { taixinAtlas: { state: { imports: unknown[] } } }).taixinAtlas.state.imports.length)).toBe(1);
    await page.waitForFunction(() => (window as unknown as { taixinAtlas: { state: { userLayers: Array<{ status: string }> } } }).taixinAtlas.state.userLayers.filter((l) => l.status === 'ready').length === 2, undefined, { timeout: 120_000 });
    expect((await userLayers(page)).map((l) => l.count)).toEqual([PARCELS, POINTS]);
    // And a query over an imported layer still runs to the end afterwards.
    await page.fill('[data-testid="query-distance"]', '2');
    await page.click('[data-testid="query-run"]');
    await page.waitForSelector('[data-testid="query-count"]', { timeout: 60_000 });
    await page.close();
  });

  it('when storage is full: a clear message, the new layer kept for the session only, earlier layers intact', async () => {
    const { page } = await openApp(browser(), `${appUrl}#map=8/38.4/112.8`);
    const small = await importThroughPanel(page, join(import.meta.dirname, '../fixtures/sites-wkt.csv'));
    // Chromium's own quota, lowered for this origin: the next write runs out of room.
    const cdp = await page.context().newCDPSession(page);
    const usage = (await cdp.send('Storage.getUsageAndQuota', { origin: new URL(appUrl).origin })).usage;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(appUrl).origin, quotaSize: usage + 64 * 1024 });
    const big = await importThroughPanel(page, parcelsGeojson, 120_000);
    expect(big.stored).toBe(false);
    await expect(noticeText(page)).resolves.toMatch(/存储空间不足/);
    await expect(page.textContent(`[data-user-layer="${big.id}"]`)).resolves.toContain('未保存');
    expect((await userLayers(page)).map((l) => [l.id, l.count])).toEqual([
      [small.id, 2],
      [big.id, PARCELS],
    ]);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(appUrl).origin });
    await page.reload();
    await waitForMapIdle(page);
    await page.waitForFunction(() => (window as unknown as { taixinAtlas: { state: { userLayers: Array<{ status: string }> } } }).taixinAtlas.state.userLayers.some((l) => l.status === 'ready'));
    expect((await userLayers(page)).map((l) => [l.id, l.count])).toEqual([[small.id, 2]]);
    await page.close();
  });

  it('an Excel workbook imports with its Chinese column names intact', async () => {
    const { page } = await openApp(browser(), `${appUrl}#map=9/38.3/112.7`);
    const layer = await importThroughPanel(page, join(import.meta.dirname, '../fixtures/projects-zh.xlsx'));
    expect(layer.count).toBe(3);
    const report = (await page.textContent('[data-testid="import-report"]')) ?? '';
    expect(report).toMatch(/xlsx/);
    // The report's own lines in Chinese: the sheet it read and where the geometry came from.
    expect(report).toMatch(/工作表“[^”]+”/);
    expect(report).toMatch(/\d+ 行；几何取自：/);
    expect(report).not.toMatch(/\b(rows|sheet|geometry from|columns?)\b/);
    expect(report).toContain('投资额（亿元）');
    expect(report).toContain('类别');
    await page.close();
  });
});
