import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, renderedCount, screenshot, settle, useBrowser, waitForMapIdle } from './browser.ts';
import { importThroughPanel, userLayers, workerFeature, type ListedLayer } from './userLayers.ts';

const appUrl = inject('appUrl');
const fixtures = join(import.meta.dirname, '../fixtures');

async function importFixture(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<ListedLayer> {
  return importThroughPanel(page, typeof file === 'string' ? join(fixtures, file) : file);
}

describe('bring your own data', () => {
  const browser = useBrowser();

  it('imports every format, draws and lists each, queries one, keeps them across a reload, and survives a broken file', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#map=8/38.4/112.9`);
    const expected: Record<string, number> = {
      'points.geojson': 2, 'points.fgb': 2, 'placemarks.kml': 2, 'placemarks.kmz': 2, 'gbk-gk38-shapefile.zip': 2, 'sites-wkt.csv': 2,
    };
    const ids: string[] = [];
    for (const [file, count] of Object.entries(expected)) {
      const layer = await importFixture(page, file);
      expect(layer.count, file).toBe(count);
      ids.push(layer.id);
      await expect(page.locator(`[data-user-layer="${layer.id}"]`).count()).resolves.toBe(1);
      await settle(page);
      expect(await renderedCount(page, layer.id), `${file} drawn`).toBeGreaterThan(0);
    }
    await expect(page.textContent('[data-testid="import-report"]')).resolves.toContain('2');
    // Imported points lie over the zone's features but under its names, so a station's name is never hidden.
    const order = await page.evaluate(() => (window as unknown as { taixinAtlas: { map: { getLayersOrder(): string[] } } }).taixinAtlas.map.getLayersOrder());
    for (const id of ids) {
      expect(order.indexOf(`${id}--circle`), id).toBeGreaterThan(order.indexOf('stations--hsr'));
      expect(order.indexOf(`${id}--circle`), id).toBeLessThan(order.indexOf('stations--label'));
    }
    // Each imported layer on the map has its row in the legend, under its own name.
    const names = await page.$$eval('[data-user-layer] input.name', (els) => els.map((e) => (e as HTMLInputElement).value));
    expect(names.length).toBe(ids.length);
    const legend = (await page.textContent('[data-testid="legend"]')) ?? '';
    for (const name of names) expect(legend, name).toContain(name);
    // Degrees are recognised: the report offers a change, it does not ask to confirm an empty choice.
    const crs = (await page.textContent('[data-testid="import-report"] label')) ?? '';
    expect(crs).toContain('识别有误时，改按此坐标系重读');
    expect(crs).not.toContain('请确认');
    await expect(page.$eval('[data-testid="import-crs"]', (el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).resolves.toBe('保持识别结果');
    await screenshot(page, 'imported');

    // A query with an imported layer as the target.
    await page.click('[data-testid="tab-query"]');
    await page.selectOption('[data-testid="query-target"]', ids[4] as string);
    await page.selectOption('[data-testid="query-op"]', 'within');
    await page.selectOption('[data-testid="query-source"]', 'layer:stations');
    await page.fill('[data-testid="query-distance"]', '10');
    await page.click('[data-testid="query-run"]');
    await page.waitForSelector('[data-testid="query-count"]');
    await expect(page.textContent('[data-testid="query-results"]')).resolves.toMatch(/五台县城|定襄县城/);
    await page.click('[data-testid="tab-layers"]');

    // A broken file: a clear message, and every layer still there.
    await page.setInputFiles('[data-testid="import-file"]', { name: 'broken.geojson', mimeType: 'application/json', buffer: Buffer.from('{"type":"FeatureCollection","features":[{"type":"Feat') });
    await page.waitForSelector('[data-testid="notices"]');
    await expect(page.textContent('[data-testid="notices"]')).resolves.toMatch(/导入失败：broken\.geojson 不是有效的 JSON（第 \d+ 字节附近）/);
    expect((await userLayers(page)).length).toBe(6);
    // The previous file's report is gone: under the failure it read as the broken file's outcome.
    await expect(page.locator('[data-testid="import-report"]').count()).resolves.toBe(0);

    await page.reload();
    await waitForMapIdle(page);
    await page.waitForFunction(() => (window as unknown as { taixinAtlas: { state: { userLayers: Array<{ status: string }> } } }).taixinAtlas.state.userLayers.filter((l) => l.status === 'ready').length === 6);
    await settle(page);
    expect(await renderedCount(page, ids[0] as string)).toBeGreaterThan(0);
    // The hostile value arrived as text, never as markup.
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
    expect(consoleErrors.filter((e) => !/xmldom/.test(e))).toEqual([]);
    await page.close();
  });

  it('recognises a GCJ-02 file by the station it names and converts it', async () => {
    const { page } = await openApp(browser(), appUrl);
    const layer = await importFixture(page, 'sites-gcj02.csv');
    const at = ((await workerFeature(page, layer.id, 0))?.geometry as { coordinates: number[] } | undefined)?.coordinates;
    // 太原站 in WGS84 is 112.5814, 37.8600; ±5 m ≈ 0.00006° of longitude here.
    expect(Math.abs((at?.[0] ?? 0) - 112.581385)).toBeLessThan(0.00006);
    expect(Math.abs((at?.[1] ?? 0) - 37.860017)).toBeLessThan(0.00005);
    await expect(page.textContent('[data-testid="import-report"]')).resolves.toMatch(/根据 1 个同名车站识别为 GCJ-02/);
    await page.close();
  });

  it('reports one feature in the singular (en), and drops that report when the next file fails', async () => {
    const { page } = await openApp(browser(), `${appUrl}#lang=en`);
    await importFixture(page, { name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from('name,lon,lat\nA,112.58,37.86\n', 'utf8') });
    await expect(page.textContent('[data-testid="import-report"]')).resolves.toMatch(/\bone(\.csv)?: 1 feature · Point/);
    // A table without coordinates fails; the report of one.csv must not stay under that failure.
    await page.setInputFiles('[data-testid="import-file"]', { name: 'nocoords.csv', mimeType: 'text/csv', buffer: Buffer.from('name,city\nA,Taiyuan\n', 'utf8') });
    await page.waitForSelector('[data-testid="notices"]');
    await expect(page.textContent('[data-testid="notices"]')).resolves.toContain('nocoords.csv');
    await expect(page.locator('[data-testid="import-report"]').count()).resolves.toBe(0);
    await page.close();
  });

  it('exports an imported layer and re-imports the export with the same features; remove has undo', async () => {
    const { page } = await openApp(browser(), `${appUrl}#map=9/38.2/112.65`);
    const layer = await importFixture(page, 'sites-wkt.csv');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="export-${layer.id}-geojson"]`)]);
    const exported = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as FeatureCollection;
    expect(exported.features.map((f) => f.properties?.name)).toEqual(['地块甲', '点乙']);
    const again = await importFixture(page, { name: 'export.geojson', mimeType: 'application/geo+json', buffer: readFileSync((await download.path()) as string) });
    expect(again.count).toBe(2);
    const back = [await workerFeature(page, again.id, 0), await workerFeature(page, again.id, 1)];
    expect(back.map((f) => f?.geometry)).toEqual(exported.features.map((f) => f.geometry));
    expect(back.map((f) => f?.properties?.name)).toEqual(['地块甲', '点乙']);

    await page.click(`[data-testid="remove-${again.id}"]`);
    expect((await userLayers(page)).some((l) => l.id === again.id)).toBe(false);
    await page.click('[data-testid="undo-remove"]');
    expect((await userLayers(page)).some((l) => l.id === again.id)).toBe(true);
    await page.close();
  });
});
