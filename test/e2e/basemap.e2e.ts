import { decode } from 'fast-png';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, renderedCount, screenshot, settle, useBrowser, waitForMapIdle } from './browser.ts';
import { startTileServer, TILE_RGB, type TileServer } from './tileServer.ts';

const appUrl = inject('appUrl');

interface Hook {
  taixinAtlas: { state: { basemapId: string | null; basemaps: Array<{ id: string; name: string }>; notices: string[] } };
}

const atlasState = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as Hook).taixinAtlas.state;
    return { basemapId: s.basemapId, names: s.basemaps.map((b) => b.name), notices: [...s.notices] };
  });

/** Basemaps kept in IndexedDB: removal is stored in the background, so a test waits for it before reloading. */
const waitForStored = (page: Page, n: number) =>
  page.waitForFunction(
    (n) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('taixin-atlas');
        open.onsuccess = () => {
          const db = open.result;
          const done = (ok: boolean) => (db.close(), resolve(ok));
          if (!db.objectStoreNames.contains('basemaps')) return done(n === 0);
          const count = db.transaction('basemaps').objectStore('basemaps').count();
          count.onsuccess = () => done(count.result === n);
          count.onerror = () => done(false);
        };
        open.onerror = () => resolve(false);
      }),
    n,
    { timeout: 10_000 },
  );

/** Share of the map's pixels painted in the tile colour (the map with DOM overlays, as a user sees it). */
async function tileShare(page: Page): Promise<number> {
  const png = decode(await page.locator('[data-testid="map"]').screenshot());
  const step = png.channels;
  let hits = 0;
  for (let i = 0; i < png.data.length; i += step) {
    const [r, g, b] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
    if (Math.abs(r - TILE_RGB[0]) < 30 && Math.abs(g - TILE_RGB[1]) < 40 && Math.abs(b - TILE_RGB[2]) < 30) hits++;
  }
  return hits / (png.data.length / step);
}

/** Adds a basemap through the panel; the page reloads to let the new host through its CSP. */
async function addByTemplate(page: Page, name: string, template: string, attribution: string): Promise<void> {
  await page.click('[data-testid="basemap-add"]');
  await page.fill('[data-testid="basemap-name"]', name);
  await page.fill('[data-testid="basemap-template"]', template);
  await page.fill('[data-testid="basemap-attribution"]', attribution);
  await Promise.all([page.waitForEvent('load'), page.click('[data-testid="basemap-save"]')]);
  await waitForMapIdle(page);
}

describe('basemap chooser (底图)', () => {
  const browser = useBrowser();
  let tiles: TileServer;
  let missing: TileServer;
  let noCors: TileServer;
  beforeAll(async () => {
    [tiles, missing, noCors] = await Promise.all([startTileServer('tiles'), startTileServer('missing'), startTileServer('no-cors')]);
  });
  afterAll(async () => {
    await Promise.all([tiles?.close(), missing?.close(), noCors?.close()]);
  });

  it('adds a raster XYZ basemap, draws it, keeps it across a reload and removes it', async () => {
    const { page, requests } = await openApp(browser(), appUrl);
    // Offline by default: nothing but the app's own server.
    expect(requests.filter((u) => !u.startsWith(appUrl) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    expect(await tileShare(page)).toBeLessThan(0.01);
    const stations = await renderedCount(page, 'stations');
    expect(stations).toBeGreaterThan(0);

    // A wrong template is refused in place, in Chinese, and nothing is added.
    await page.click('[data-testid="basemap-add"]');
    await page.fill('[data-testid="basemap-template"]', `${tiles.url}/{z}/{x}.png`);
    await page.click('[data-testid="basemap-save"]');
    expect(await page.textContent('[data-testid="basemap-error"]')).toContain('{z}、{x}、{y}');
    await page.click('[data-testid="basemap-add"]'); // fold the form again

    await addByTemplate(page, '本地测试瓦片', `${tiles.url}/{z}/{x}/{y}.png`, '© 本地测试瓦片');
    await settle(page);
    expect(tiles.requests.length).toBeGreaterThan(0);
    expect(await tileShare(page)).toBeGreaterThan(0.3);
    expect(await page.textContent('.maplibregl-ctrl-attrib')).toContain('© 本地测试瓦片');
    expect(await renderedCount(page, 'stations')).toBe(stations); // data layers stay on top
    await screenshot(page, 'basemap-user-xyz');

    await page.reload();
    await waitForMapIdle(page);
    const after = await atlasState(page);
    expect(after.names).toEqual(['本地测试瓦片']);
    expect(after.basemapId).not.toBeNull();
    expect(await page.isChecked(`[data-testid="basemap-option-${after.basemapId}"]`)).toBe(true);
    expect(await tileShare(page)).toBeGreaterThan(0.3);

    await page.click('[data-testid="basemap-remove"]');
    await settle(page);
    expect((await atlasState(page)).basemapId).toBeNull();
    expect(await page.isChecked('[data-testid="basemap-option-default"]')).toBe(true);
    expect(await tileShare(page)).toBeLessThan(0.01);
    expect(await page.textContent('.maplibregl-ctrl-attrib')).not.toContain('本地测试瓦片');
    // Undo brings it back to the list (not drawn: the default stays chosen).
    await page.click('[data-testid="basemap-undo"]');
    expect((await atlasState(page)).names).toEqual(['本地测试瓦片']);
    await page.click('[data-testid="basemap-remove"]');
    await waitForStored(page, 0);
    await page.reload();
    await waitForMapIdle(page);
    expect((await atlasState(page)).names).toEqual([]);
    await page.close();
  });

  for (const [what, server, words] of [
    ['404', () => missing, ['HTTP 404']],
    ['no CORS', () => noCors, ['跨域']],
  ] as const) {
    it(`a ${what} server gives a clear message and the default basemap stays`, async () => {
      const { page } = await openApp(browser(), appUrl);
      const stations = await renderedCount(page, 'stations');
      await addByTemplate(page, `坏底图 ${what}`, `${server().url}/{z}/{x}/{y}.png`, '');
      await page.waitForFunction(() => (window as unknown as Hook).taixinAtlas.state.basemapId === null, undefined, { timeout: 20_000 });
      await settle(page);
      const s = await atlasState(page);
      const notice = s.notices.find((n) => n.includes('已切换回默认底图')) ?? '';
      for (const w of words) expect(notice).toContain(w);
      expect(notice).toContain(`坏底图 ${what}`);
      expect(server().requests.length).toBeGreaterThan(0);
      expect(await page.isChecked('[data-testid="basemap-option-default"]')).toBe(true);
      expect(await tileShare(page)).toBeLessThan(0.01);
      expect(await renderedCount(page, 'stations')).toBe(stations);
      // Clean up for the next test: the failed basemap is still listed, to fix or remove.
      await page.click('[data-testid="basemap-remove"]');
      await page.close();
    });
  }
});
