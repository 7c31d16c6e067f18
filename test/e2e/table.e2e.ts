import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

/** A distance cell as read: "1.2 公里", "约 1 公里（示意位置）", "916 米" → metres. */
function metresShown(text: string): number {
  const m = /([\d.,]+)\s*(公里|km|米|m)/.exec(text);
  if (!m) return Number.NaN;
  const n = Number((m[1] ?? '').replace(/,/g, ''));
  return m[2] === '公里' || m[2] === 'km' ? n * 1000 : n;
}

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

    // Sort by name (a text column, digits read as numbers): 地块点 1 … 地块点 200000. While the
    // worker sorts, the drawer says so (caught by watching the page, however short it is).
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { busySeen: string[] }).busySeen = []);
      new MutationObserver(() => {
        const busy = document.querySelector('[data-testid="table-busy"]');
        if (busy) seen.push(`${busy.textContent?.trim()}|${document.querySelector('[data-testid="table-drawer"] .main')?.getAttribute('aria-busy')}`);
      }).observe(document.querySelector('[data-testid="table-drawer"]') as Node, { subtree: true, childList: true, characterData: true });
    });
    await page.click('[data-testid="table-sort-name"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="table-row"] [role="gridcell"]:nth-child(2)')?.textContent === '地块点 1', undefined, { timeout: 60_000 });
    expect((await drawnRows(page)).slice(0, 3).map((r) => r.cells[1])).toEqual(['地块点 1', '地块点 2', '地块点 3']);
    expect(await page.evaluate(() => (window as unknown as { busySeen: string[] }).busySeen)).toContain('排序中…|true');
    await expect(page.locator('[data-testid="table-busy"]').count()).resolves.toBe(0);

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

    // Esc closes the table, and the focus goes back to the button that opened it.
    await page.focus('[data-testid="table-grid"]');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-testid="table-drawer"]').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe(`open-table-${layer.id}`);
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

  it('projects at 1280 × 800 with table and charts open: the page never scrolls, the legend stays above the drawer, names stay at the left, popups follow the selection', async () => {
    const projects = data('projects').features;
    const { page, consoleErrors } = await openApp(browser(), appUrl, { width: 1280, height: 800 });
    const pageBox = () => page.evaluate(() => ({ scrollHeight: document.scrollingElement?.scrollHeight, innerHeight, scrollY, headerTop: document.querySelector('header.toolbar')?.getBoundingClientRect().top }));
    // Not even on a fresh load (hidden screen-reader text used to make it 1,400 px tall).
    await expect(pageBox()).resolves.toEqual({ scrollHeight: 800, innerHeight: 800, scrollY: 0, headerTop: 0 });

    await page.click('[data-testid="open-table-projects"]');
    await waitForShown(page, projects.length, projects.length);
    await page.waitForSelector('[data-testid^="chart-table-"]', { state: 'attached' });
    await expect(pageBox()).resolves.toEqual({ scrollHeight: 800, innerHeight: 800, scrollY: 0, headerTop: 0 });
    // The wheel over the title bar and over the totals, and Tab from the search box into the charts, move nothing.
    for (const where of ['header.toolbar', '[data-testid="table-totals"]']) {
      const b = await page.locator(where).boundingBox();
      await page.mouse.move((b?.x ?? 0) + 20, (b?.y ?? 0) + 5);
      await page.mouse.wheel(0, 900);
    }
    await page.focus('[data-testid="table-search"]');
    const inCharts = () => page.evaluate(() => !!document.activeElement?.closest('[data-testid="layer-charts"]'));
    for (let i = 0; i < 80 && !(await inCharts()); i++) await page.keyboard.press('Tab');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    await expect(inCharts()).resolves.toBe(true);
    await expect(pageBox()).resolves.toEqual({ scrollHeight: 800, innerHeight: 800, scrollY: 0, headerTop: 0 });

    // The legend sits above the drawer, not under it.
    const [legend, drawer] = [await page.locator('[data-testid="legend"]').boundingBox(), await page.locator('[data-testid="table-drawer"]').boundingBox()];
    expect((legend?.y ?? 0) + (legend?.height ?? 0)).toBeLessThanOrEqual(drawer?.y ?? 0);
    // …and under the zoom buttons, not over them.
    const nav = await page.locator('.maplibregl-ctrl-group').first().boundingBox();
    expect(legend?.y ?? 0).toBeGreaterThanOrEqual((nav?.y ?? 0) + (nav?.height ?? 0));

    // What tells projects apart comes first; the notes qualifying them come after.
    const heads = await page.$$eval('[role="columnheader"]', (hs) => hs.map((h) => h.textContent?.trim() ?? ''));
    expect(heads.slice(0, 6)).toEqual(['名称', '企业', '产业', '状态', '关键日期', '投资额']);
    expect(heads.indexOf('产业为推定')).toBeGreaterThan(heads.indexOf('投资额'));
    // Scrolled sideways, every row keeps its name at the left.
    const grid = page.locator('[data-testid="table-grid"]');
    await grid.evaluate((el) => (el.scrollLeft = 500));
    const nameCell = page.locator('[data-testid="table-row"][data-position="0"] [role="gridcell"]').first();
    const [gridBox, nameBox] = [await grid.boundingBox(), await nameCell.boundingBox()];
    expect(Math.abs((nameBox?.x ?? 0) - (gridBox?.x ?? 0))).toBeLessThanOrEqual(1);
    // …on top of the columns scrolled under it.
    const onTop = await page.evaluate(() => {
      const cell = document.querySelector('[data-testid="table-row"][data-position="0"] [role="gridcell"]');
      const r = cell?.getBoundingClientRect();
      return !!r && document.elementFromPoint(r.left + 20, r.top + r.height / 2)?.closest('[role="gridcell"]') === cell;
    });
    expect(onTop).toBe(true);
    await screenshot(page, 'table-projects-1280-scrolled-right');
    await grid.evaluate((el) => (el.scrollLeft = 0));

    // A project's popup closes when another row is selected in the table.
    // Projects are off by default (their positions are schematic); TX20 sits alone at zoom 13.
    await page.check('[data-testid="toggle-projects"]');
    const target = projects.find((f) => f.properties?.id === 'TX20') as (typeof projects)[number];
    const [lon, lat] = (target.geometry as Point).coordinates as [number, number];
    await page.evaluate(([lon, lat]) => (window as unknown as Hook).taixinAtlas.map.jumpTo({ center: [lon, lat], zoom: 13 }), [lon, lat] as const);
    await settle(page);
    const openPopup = async () => {
      const pos = await onScreen(page, lon, lat);
      const mapBox = await page.locator('[data-testid="map"]').boundingBox();
      await page.mouse.click((mapBox?.x ?? 0) + pos.x, (mapBox?.y ?? 0) + pos.y);
      await page.waitForSelector('.maplibregl-popup', { timeout: 10_000 });
      return page.evaluate(() => (window as unknown as Hook).taixinAtlas.state.selectedRow);
    };
    const picked = await openPopup();
    expect(picked?.layer).toBe('projects');
    const other = (await drawnRows(page)).find((r) => r.index !== picked?.index);
    await page.locator(`[data-testid="table-row"][data-position="${other?.position}"]`).click();
    await page.waitForFunction(() => !document.querySelector('.maplibregl-popup'), undefined, { timeout: 10_000 });
    await waitForStill(page);

    // And when a filter hides its feature (a filter it passes leaves it open).
    await page.evaluate(([lon, lat]) => (window as unknown as Hook).taixinAtlas.map.jumpTo({ center: [lon, lat], zoom: 13 }), [lon, lat] as const);
    await settle(page);
    const again = await openPopup();
    const industry = String((await page.evaluate((i) => (window as unknown as Hook).taixinAtlas.state.collections.projects?.features[i]?.properties?.industry, again?.index ?? -1)) ?? '');
    const elsewhere = [...new Set(projects.map((f) => String(f.properties?.industry)))].find((v) => v !== industry) as string;
    await page.evaluate((v) => (window as unknown as Hook).taixinAtlas.state.filters.set('projects', [{ kind: 'category', field: 'industry', values: v }]), [industry, elsewhere]);
    await page.waitForTimeout(300);
    await expect(page.locator('.maplibregl-popup').count()).resolves.toBe(1);
    await page.evaluate((v) => (window as unknown as Hook).taixinAtlas.state.filters.set('projects', [{ kind: 'category', field: 'industry', values: [v] }]), elsewhere);
    await page.waitForFunction(() => !document.querySelector('.maplibregl-popup'), undefined, { timeout: 10_000 });
    await page.evaluate(() => (window as unknown as Hook).taixinAtlas.state.filters.delete('projects'));

    // Esc gives the focus back to the 表格 button.
    await page.focus('[data-testid="table-grid"]');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-testid="table-drawer"]').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('open-table-projects');
    expect(consoleErrors).toEqual([]);
  }, 120_000);

  it('in English at 1920, no layer title is broken over two lines: its Table and Charts buttons go under it instead', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#lang=en`, { width: 1920, height: 1080 });
    const broken = await page.$$eval('[data-testid="layer-panel"] [data-layer] .title', (titles) => titles.filter((t) => t.getClientRects().length > 1).map((t) => t.textContent));
    expect(broken).toEqual([]);
    // The buttons stay whole and inside the panel.
    const panel = await page.locator('[data-testid="layer-panel"]').boundingBox();
    const charts = await page.locator('[data-testid="charts-projects"]').boundingBox();
    expect((charts?.x ?? 0) + (charts?.width ?? 0)).toBeLessThanOrEqual((panel?.x ?? 0) + (panel?.width ?? 0));
    await expect(page.locator('[data-testid="charts-projects"]').evaluate((b) => b.getClientRects().length)).resolves.toBe(1);
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it('an imported layer: a walk through table, filter, search and map clicks raises no page error', async () => {
    // Thirty points in a row along a parallel, each of one of three kinds.
    const kinds = ['能源', '制造业', '物流'];
    const points = Array.from({ length: 30 }, (_, i) => ({ id: `q${i + 1}`, name: `点位 ${i + 1}`, kind: kinds[i % 3] as string, lon: 112.6 + i * 0.002, lat: 38.2 }));
    const file = join(dir, 'kinds.csv');
    writeFileSync(file, `id,name,kind,lon,lat\n${points.map((p) => `${p.id},${p.name},${p.kind},${p.lon},${p.lat}`).join('\n')}\n`);
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#map=15/38.2/112.63`, { width: 1280, height: 800 });
    const layer = await importThroughPanel(page, file);
    const clickPoint = async (p: (typeof points)[number]) => {
      await page.evaluate(([lon, lat]) => (window as unknown as Hook).taixinAtlas.map.jumpTo({ center: [lon, lat], zoom: 15 }), [p.lon, p.lat] as const);
      await settle(page);
      const pos = await onScreen(page, p.lon, p.lat);
      const mapBox = await page.locator('[data-testid="map"]').boundingBox();
      await page.mouse.click((mapBox?.x ?? 0) + pos.x, (mapBox?.y ?? 0) + pos.y);
    };
    const manufacturing = points[1] as (typeof points)[number];

    // A feature picked on the map before its table opens.
    await clickPoint(manufacturing);
    await page.waitForSelector('.maplibregl-popup', { timeout: 10_000 });
    await page.click(`[data-testid="open-table-${layer.id}"]`);
    await waitForShown(page, points.length, points.length);
    // The filter hides the 制造业 point: its popup goes.
    await page.evaluate((id) => (window as unknown as Hook).taixinAtlas.state.filters.set(id, [{ kind: 'category', field: 'kind', values: ['能源'] }]), layer.id);
    await waitForShown(page, 10, points.length);
    await page.waitForFunction(() => !document.querySelector('.maplibregl-popup'), undefined, { timeout: 10_000 });
    await page.fill('[data-testid="table-search"]', '点位 1');
    await page.fill('[data-testid="table-search"]', '');
    // A map click right after the search is cleared, while the view is rebuilt.
    await clickPoint(points[0] as (typeof points)[number]);
    await waitForShown(page, 10, points.length);
    await page.evaluate((id) => (window as unknown as Hook).taixinAtlas.state.filters.delete(id), layer.id);
    await waitForShown(page, points.length, points.length);
    // Closed with Esc and opened again with a feature still selected.
    await page.focus('[data-testid="table-grid"]');
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe(`open-table-${layer.id}`);
    await clickPoint(points[2] as (typeof points)[number]);
    await page.click(`[data-testid="open-table-${layer.id}"]`);
    await waitForShown(page, points.length, points.length);
    await page.evaluate((id) => (window as unknown as Hook).taixinAtlas.state.filters.set(id, [{ kind: 'category', field: 'kind', values: ['物流'] }]), layer.id);
    await waitForShown(page, 10, points.length);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
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
    // Distances to schematic features are shown rounded to what their position allows, and the
    // column sorts by what it shows: every match once, the shown distances never increasing.
    const farthest = Math.max(...matches);
    await page.waitForFunction(() => document.querySelector('[data-testid="table-row"]')?.getAttribute('data-position') === '0');
    const rows = await drawnRows(page);
    expect(rows.map((r) => r.index).sort((a, b) => a - b)).toEqual(matches.map((_, i) => i));
    const shown = rows.map((r) => metresShown(r.cells[1] ?? ''));
    for (let i = 1; i < shown.length; i++) expect(shown[i]).toBeLessThanOrEqual(shown[i - 1] as number);
    // The parks' points are schematic: their distances say so, as on site cards.
    for (const r of rows) expect(r.cells[1]).toMatch(/^(约|不到) [\d.]+ (公里|米)（示意位置）$/);
    expect(Math.abs((shown[0] as number) - farthest)).toBeLessThanOrEqual(1000);
    await page.locator('[data-testid="table-row"]').first().click();
    await page.waitForFunction(async () => ((await (window as unknown as Hook).taixinAtlas.map.getSource('table-selection')?.getData())?.features.length ?? 0) === 1);
    await settle(page);
    await screenshot(page, 'table-query');
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
