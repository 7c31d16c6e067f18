import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { writePointsCsv } from '../../scripts/data/userFiles.ts';
import { openApp, screenshot, settle, useBrowser } from './browser.ts';
import { scanText } from '../../src/lib/i18n/scanText.ts';
import { collectText } from './textScan.ts';
import { importThroughPanel } from './userLayers.ts';

const appUrl = inject('appUrl');
const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'atlas-table-'));
const ROWS = 200_000;
const csvPath = join(dir, 'points-200k.csv');

/** Line `n` (1-based data row) of the generated CSV: id, name, lon, lat, value. */
function csvRow(n: number): { id: string; name: string; lon: number; lat: number; value: number } {
  const lines = readFileSync(csvPath, 'utf8').trimEnd().split('\n');
  const [id, name, lon, lat, value] = (lines[n] as string).split(',');
  return { id: id as string, name: name as string, lon: Number(lon), lat: Number(lat), value: Number(value) };
}

const data = (layer: string) => JSON.parse(readFileSync(join(root, 'data', `${layer}.geojson`), 'utf8')) as FeatureCollection;

interface Hook {
  taixinAtlas: {
    map: {
      getSource(id: string): { getData(): Promise<FeatureCollection> } | undefined;
      project(p: [number, number]): { x: number; y: number };
      getContainer(): HTMLElement;
      jumpTo(o: unknown): void;
      isMoving(): boolean;
    };
    state: {
      selectedRow: { layer: string; index: number } | null;
      tableLayer: string | null;
      filters: Map<string, unknown>;
      collections: Record<string, FeatureCollection | undefined>;
      query: { matches: Array<{ index: number; distance_m: number; feature: { properties: Record<string, unknown> } }> };
    };
  };
}

/** The rows the list has drawn now: position, feature index, cells. */
const drawnRows = (page: Page) =>
  page.$$eval('[data-testid="table-row"]', (rows) =>
    rows
      .map((r) => ({ position: Number(r.getAttribute('data-position')), index: Number(r.getAttribute('data-index')), selected: r.getAttribute('aria-selected') === 'true', cells: Array.from(r.querySelectorAll('[role="gridcell"]'), (c) => c.textContent ?? '') }))
      .sort((a, b) => a.position - b.position),
  );

/** Waits until the table says it shows `shown` rows (a view has been built and drawn). */
async function waitForShown(page: Page, shown: number, total?: number): Promise<void> {
  await page.waitForFunction(
    ([s, t]) => {
      const el = document.querySelector('[data-testid="table-count"]');
      const first = document.querySelector('[data-testid="table-row"] [role="gridcell"]');
      return el?.getAttribute('data-shown') === String(s) && (t === null || el.getAttribute('data-total') === String(t)) && (s === 0 || (first && first.textContent !== '…'));
    },
    [shown, total ?? null] as const,
    { timeout: 60_000 },
  );
}

/** The features the selection highlight draws now. */
const highlighted = (page: Page) =>
  page.evaluate(async () => (await (window as unknown as Hook).taixinAtlas.map.getSource('table-selection')?.getData())?.features ?? []);

/** Where a point is on screen, and the map's height above the drawer. */
const onScreen = (page: Page, lon: number, lat: number) =>
  page.evaluate(
    ([lon, lat]) => {
      const { map } = (window as unknown as Hook).taixinAtlas;
      const p = map.project([lon, lat]);
      const box = map.getContainer().getBoundingClientRect();
      const drawer = document.querySelector('[data-testid="table-drawer"]')?.getBoundingClientRect();
      return { x: p.x, y: p.y, width: box.width, freeHeight: (drawer?.top ?? box.bottom) - box.top };
    },
    [lon, lat] as const,
  );

/** A feature's row index: its place in the collection the page holds. */
const collectionIndex = (page: Page, layer: string, name: string) =>
  page.evaluate(([l, n]) => (window as unknown as Hook).taixinAtlas.state.collections[l]?.features.findIndex((f) => f.properties?.name_zh === n) ?? -1, [layer, name] as const);

const waitForStill = (page: Page) => page.waitForFunction(() => !(window as unknown as Hook).taixinAtlas.map.isMoving(), undefined, { timeout: 20_000 });

describe('attribute table', () => {
  const browser = useBrowser();
  beforeAll(async () => {
    await writePointsCsv(csvPath, ROWS);
  }, 60_000);

  it('a 200,000-row imported layer: sorts, searches, scrolls to its last row, selects it on the map, and a map click selects a row', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#map=8/38.4/112.8`, { width: 1440, height: 900 });
    const layer = await importThroughPanel(page, csvPath, 240_000);
    expect(layer.count).toBe(ROWS);

    await page.click(`[data-testid="open-table-${layer.id}"]`);
    await waitForShown(page, ROWS, ROWS);
    await expect(page.textContent('[data-testid="table-count"]')).resolves.toBe('显示 200,000 / 200,000 行');
    const heads = await page.$$eval('[role="columnheader"]', (hs) => hs.map((h) => h.textContent?.trim()));
    expect(heads).toEqual(['id', 'name', 'value']);
    expect((await drawnRows(page))[0]?.cells).toEqual(['p1', '地块点 1', String(csvRow(1).value)]);
    // Only the rows in sight (and a few more) are in the page.
    expect((await drawnRows(page)).length).toBeLessThan(60);
    await screenshot(page, 'table-imported');

    // Sort by a number column, both ways.
    await page.click('[data-testid="table-sort-value"]');
    await expect(page.getAttribute('[role="columnheader"]:nth-child(3)', 'aria-sort')).resolves.toBe('ascending');
    await page.waitForFunction(() => document.querySelector('[data-testid="table-row"]')?.getAttribute('data-index') !== '0', undefined, { timeout: 60_000 });
    await waitForShown(page, ROWS);
    let values = (await drawnRows(page)).map((r) => Number(r.cells[2]?.replace(/,/g, '')));
    expect(values.length).toBeGreaterThan(5);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values[0]).toBe(readFileSync(csvPath, 'utf8').trimEnd().split('\n').slice(1).reduce((m, l) => Math.min(m, Number(l.split(',')[4])), Infinity));
    await page.click('[data-testid="table-sort-value"]');
    await expect(page.getAttribute('[role="columnheader"]:nth-child(3)', 'aria-sort')).resolves.toBe('descending');
    await page.waitForFunction((v) => Number(document.querySelector('[data-testid="table-row"] [role="gridcell"]:nth-child(3)')?.textContent?.replace(/,/g, '')) !== v, values[0] as number, { timeout: 60_000 });
    values = (await drawnRows(page)).map((r) => Number(r.cells[2]?.replace(/,/g, '')));
    expect(values).toEqual([...values].sort((a, b) => b - a));

    // Search: names holding "地块点 19999" are 19999 and 199990–199999.
    await page.fill('[data-testid="table-search"]', '地块点 19999');
    await waitForShown(page, 11, ROWS);
    expect((await drawnRows(page)).every((r) => r.cells[1]?.includes('地块点 19999'))).toBe(true);
    await expect(page.textContent('[data-testid="table-count"]')).resolves.toBe('显示 11 / 200,000 行');
    // CSV of the view: those 11 rows, the user's own columns plus the coordinates.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="table-export-csv"]')]);
    const lines = readFileSync((await download.path()) as string, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,name,value,lon,lat');
    expect(lines.length).toBe(12);
    expect(lines.slice(1).every((l) => l.includes('地块点 19999'))).toBe(true);
    expect(download.suggestedFilename()).toBe('points-200k-属性表.csv');
    await page.fill('[data-testid="table-search"]', '');
    await waitForShown(page, ROWS);

    // Sort by name (a text column, digits read as numbers): 地块点 1 … 地块点 200000.
    await page.click('[data-testid="table-sort-name"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="table-row"] [role="gridcell"]:nth-child(2)')?.textContent === '地块点 1', undefined, { timeout: 60_000 });
    expect((await drawnRows(page)).slice(0, 3).map((r) => r.cells[1])).toEqual(['地块点 1', '地块点 2', '地块点 3']);

    // Scroll the list for real: the wheel, then the scroll bar to its end.
    const grid = page.locator('[data-testid="table-grid"]');
    const box = await grid.boundingBox();
    if (!box) throw new Error('no grid');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 2000);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="table-row"]')?.getAttribute('data-position')) > 100, undefined, { timeout: 10_000 });
    await grid.evaluate((el) => (el.scrollTop = el.scrollHeight));
    const lastRow = page.locator(`[data-testid="table-row"][data-position="${ROWS - 1}"]`);
    await lastRow.waitFor({ timeout: 20_000 });
    await page.waitForFunction((p) => document.querySelector(`[data-testid="table-row"][data-position="${p}"] [role="gridcell"]`)?.textContent !== '…', ROWS - 1, { timeout: 20_000 });
    const last = csvRow(ROWS);
    expect(await lastRow.locator('[role="gridcell"]').allTextContents()).toEqual([last.id, last.name, last.value.toLocaleString('zh-CN', { maximumFractionDigits: 6 })]);
    // The last row is fully in sight, at the bottom of the list.
    const [rowBox, gridBox] = [await lastRow.boundingBox(), await grid.boundingBox()];
    expect((rowBox?.y ?? 0) + (rowBox?.height ?? 0)).toBeLessThanOrEqual((gridBox?.y ?? 0) + (gridBox?.height ?? 0) + 1);
    await screenshot(page, 'table-imported-last-row');

    // Clicking it selects it and flies the map there, without a popup.
    await lastRow.click();
    await page.waitForFunction((i) => (window as unknown as Hook).taixinAtlas.state.selectedRow?.index === i, ROWS - 1);
    await expect(lastRow.getAttribute('aria-selected')).resolves.toBe('true');
    await waitForStill(page);
    await page.waitForFunction(async () => ((await (window as unknown as Hook).taixinAtlas.map.getSource('table-selection')?.getData())?.features.length ?? 0) === 1, undefined, { timeout: 20_000 });
    const [feature] = await highlighted(page);
    expect(feature?.geometry).toEqual({ type: 'Point', coordinates: [last.lon, last.lat] });
    const at = await onScreen(page, last.lon, last.lat);
    expect(at.x).toBeGreaterThan(0);
    expect(at.x).toBeLessThan(at.width);
    expect(at.y).toBeGreaterThan(0);
    expect(at.y).toBeLessThan(at.freeHeight);
    expect(await page.locator('.maplibregl-popup').count()).toBe(0);
    await settle(page);
    await screenshot(page, 'table-imported-selected-on-map');

    // Clicking a feature on the map selects its row (brought into sight: 地块点 1 is the first row).
    const first = csvRow(1);
    await page.evaluate(([lon, lat]) => (window as unknown as Hook).taixinAtlas.map.jumpTo({ center: [lon, lat], zoom: 17 }), [first.lon, first.lat] as const);
    await settle(page);
    const pos = await onScreen(page, first.lon, first.lat);
    const mapBox = await page.locator('[data-testid="map"]').boundingBox();
    await page.mouse.click((mapBox?.x ?? 0) + pos.x, (mapBox?.y ?? 0) + pos.y);
    await page.waitForSelector('.maplibregl-popup', { timeout: 10_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="table-row"][aria-selected="true"]')?.getAttribute('data-index') === '0', undefined, { timeout: 20_000 });
    const chosen = (await drawnRows(page)).find((r) => r.selected);
    expect(chosen).toMatchObject({ position: 0, index: 0 });
    expect(chosen?.cells[1]).toBe('地块点 1');
    await screenshot(page, 'table-imported-map-click');

    // Esc closes the table.
    await page.focus('[data-testid="table-grid"]');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-testid="table-drawer"]').count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
  }, 420_000);

  it('a catalogue layer (stations): sorted by name in pinyin order, exported as CSV in the UI language; keys move and show the row', async () => {
    const { page, consoleErrors } = await openApp(browser(), appUrl, { width: 1280, height: 800 });
    const stations = data('stations').features;
    await page.click('[data-testid="open-table-stations"]');
    await waitForShown(page, stations.length, stations.length);
    await page.click('[data-testid="table-sort-name"]');
    await expect(page.getAttribute('[role="columnheader"]:first-child', 'aria-sort')).resolves.toBe('ascending');
    const names = stations.map((f) => String(f.properties?.name_zh)).sort((a, b) => a.localeCompare(b, 'zh', { numeric: true }));
    await page.waitForFunction((n) => document.querySelector('[data-testid="table-row"] [role="gridcell"]')?.textContent === n, names[0] as string);
    const shown = (await drawnRows(page)).map((r) => r.cells[0]);
    expect(shown).toEqual(names.slice(0, shown.length));
    // In Chinese, nothing in the drawer is English (format names aside).
    const seenZh = await collectText(page, '[data-testid="table-drawer"]');
    expect(seenZh.flatMap((s) => scanText(s.text, 'zh').map((w) => `${w} in “${s.text}” (${s.where})`))).toEqual([]);
    await screenshot(page, 'table-stations');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="table-export-csv"]')]);
    expect(download.suggestedFilename()).toMatch(/-属性表\.csv$/);
    const lines = readFileSync((await download.path()) as string, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]?.startsWith('编号,名称,')).toBe(true);
    expect(lines.length).toBe(stations.length + 1);
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(names);

    // Arrow keys move the selection; Enter flies to it.
    await page.focus('[data-testid="table-grid"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.querySelector('[data-testid="table-row"][aria-selected="true"]')?.getAttribute('data-position') === '1');
    await page.keyboard.press('Enter');
    const second = stations.find((f) => f.properties?.name_zh === names[1]);
    // Rows are numbered in the order the page holds the layer (the published file's), not data/'s.
    const index = await collectionIndex(page, 'stations', names[1] as string);
    await page.waitForFunction((i) => (window as unknown as Hook).taixinAtlas.state.selectedRow?.index === i, index);
    await waitForStill(page);
    const [c0, c1] = (second?.geometry as Point).coordinates as [number, number];
    const at = await onScreen(page, c0, c1);
    expect(at.y).toBeGreaterThan(0);
    expect(at.y).toBeLessThan(at.freeHeight);
    await page.waitForFunction(async () => ((await (window as unknown as Hook).taixinAtlas.map.getSource('table-selection')?.getData())?.features.length ?? 0) === 1);

    // In English the table speaks English: headings, count, totals, keys, names (the data's name_en).
    await page.click('[data-testid="lang-switch"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="table-count"]')?.textContent?.startsWith('Showing'));
    await waitForShown(page, stations.length, stations.length);
    const seen = await collectText(page, '[data-testid="table-drawer"]');
    const leaks = seen.flatMap((s) => scanText(s.text, 'en').map((w) => `${w} in “${s.text}” (${s.where})`));
    expect(leaks).toEqual([]);
    await expect(page.textContent('[data-testid="table-count"]')).resolves.toBe('Showing 77 of 77 rows');
    await screenshot(page, 'table-stations-en');
    // The order and the selected row outlive the switch.
    await expect(page.getAttribute('[role="columnheader"]:first-child', 'aria-sort')).resolves.toBe('ascending');
    await page.waitForFunction((i) => document.querySelector('[data-testid="table-row"][aria-selected="true"]')?.getAttribute('data-index') === String(i), index);
    expect(consoleErrors).toEqual([]);
  }, 120_000);

  it('projects: the layer filter narrows the table, the totals sum the investment, and rows without a place say so', async () => {
    const projects = data('projects').features;
    const { page, consoleErrors } = await openApp(browser(), appUrl, { width: 1280, height: 800 });
    await page.click('[data-testid="open-table-projects"]');
    await waitForShown(page, projects.length, projects.length);
    // Rows without a place are listed, marked, and say they are not on the map.
    const unplaced = projects.find((f) => !f.geometry);
    const name = String(unplaced?.properties?.name_zh);
    await page.fill('[data-testid="table-search"]', name);
    await waitForShown(page, 1, projects.length);
    const row = page.locator('[data-testid="table-row"]').first();
    // Marked before its name: listed, not drawn.
    expect((await drawnRows(page))[0]?.cells[0]).toBe(`无位置${name}`);
    await row.click();
    await expect(page.textContent('[data-testid="table-note"]')).resolves.toBe('这一行没有位置，未绘制在地图上');
    expect(await highlighted(page)).toEqual([]);
    await page.fill('[data-testid="table-search"]', '');
    await waitForShown(page, projects.length, projects.length);

    await page.evaluate(() => (window as unknown as Hook).taixinAtlas.state.filters.set('projects', [{ kind: 'category', field: 'industry', values: ['new_materials'] }]));
    const chosen = projects.filter((f) => f.properties?.industry === 'new_materials');
    expect(chosen.length).toBeGreaterThan(0);
    await waitForShown(page, chosen.length, projects.length);
    const heads = await page.$$eval('[role="columnheader"]', (hs) => hs.map((h) => h.textContent?.trim() ?? ''));
    const industry = heads.indexOf('产业');
    expect(industry).toBeGreaterThan(0);
    expect((await drawnRows(page)).map((r) => r.cells[industry])).toEqual(chosen.map(() => '新材料'));
    const sum = chosen.reduce((s, f) => s + (typeof f.properties?.investment_cny === 'number' ? f.properties.investment_cny : 0), 0);
    await expect(page.getAttribute('[data-testid="table-totals"] [data-key="investment_cny"]', 'data-sum')).resolves.toBe(String(sum));
    await expect(page.getAttribute('[data-testid="table-totals"]', 'data-rows')).resolves.toBe(String(chosen.length));
    await screenshot(page, 'table-projects-filtered');

    // The million streamed parcels have no table, and the drawer says why.
    await page.click('[data-testid="open-table-parcels"]');
    await expect(page.textContent('[data-testid="table-state"]')).resolves.toMatch(/^此图层共 [\d,]+ 个要素，地图只按视野从服务器分块读取/);
    await expect(page.isDisabled('[data-testid="table-export-csv"]')).resolves.toBe(true);
    await screenshot(page, 'table-streamed');
    expect(consoleErrors).toEqual([]);
  }, 120_000);

  it('the query’s answer as a table: every match, sortable by distance, a row shows its match', async () => {
    const { page, consoleErrors } = await openApp(browser(), appUrl, { width: 1280, height: 800 });
    await page.click('[data-testid="tab-query"]');
    await page.selectOption('[data-testid="query-target"]', 'parks');
    await page.selectOption('[data-testid="query-op"]', 'within');
    await page.selectOption('[data-testid="query-source"]', 'layer:stations');
    await page.fill('[data-testid="query-distance"]', '5');
    await page.click('[data-testid="query-run"]');
    await page.waitForSelector('[data-testid="open-table-query"]');
    const matches = await page.evaluate(() => (window as unknown as Hook).taixinAtlas.state.query.matches.map((m) => m.distance_m));
    expect(matches.length).toBeGreaterThan(1);
    await page.click('[data-testid="open-table-query"]');
    await waitForShown(page, matches.length, matches.length);
    await expect(page.textContent('[data-testid="table-drawer"] h2')).resolves.toMatch(/^查询结果（/);
    await page.click('[data-testid="table-sort-distance_m"]');
    await page.click('[data-testid="table-sort-distance_m"]');
    await expect(page.getAttribute('[role="columnheader"]:nth-child(2)', 'aria-sort')).resolves.toBe('descending');
    const byDistance = matches.map((d, i) => ({ d: Math.round(d * 10) / 10, i })).sort((a, b) => b.d - a.d || a.i - b.i).map((x) => x.i);
    await page.waitForFunction((i) => document.querySelector('[data-testid="table-row"]')?.getAttribute('data-index') === String(i), byDistance[0] as number);
    expect((await drawnRows(page)).map((r) => r.index)).toEqual(byDistance);
    await page.locator('[data-testid="table-row"]').first().click();
    await page.waitForFunction(async () => ((await (window as unknown as Hook).taixinAtlas.map.getSource('table-selection')?.getData())?.features.length ?? 0) === 1);
    await settle(page);
    await screenshot(page, 'table-query');
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
