import { decode } from 'fast-png';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, renderedCount, screenshot, settle, useBrowser, waitForMapIdle } from './browser.ts';
import { archiveBytes, RASTER_ATTRIBUTION, RASTER_RGB, writeArchiveFile } from './pmtilesFixtures.ts';
import { VECTOR_ATTRIBUTION } from './protomapsFixture.ts';
import { startTileServer, type TileServer } from './tileServer.ts';

const appUrl = inject('appUrl');

interface Hook {
  taixinAtlas: {
    state: { basemapId: string | null; basemaps: Array<{ id: string; name: string }>; terrainId: string | null; terrains: Array<{ name: string }>; notices: string[] };
    map: {
      getStyle(): { layers: Array<{ id: string; type: string }> };
      queryRenderedFeatures(o: { layers: string[] }): Array<{ layer: { id: string } }>;
    };
  };
}

const state = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as Hook).taixinAtlas.state;
    return { basemapId: s.basemapId, names: s.basemaps.map((b) => b.name), terrainId: s.terrainId, terrains: s.terrains.map((t) => t.name), notices: [...s.notices] };
  });

/** Features the user's basemap draws on screen, by style layer (a vector archive's roads, water, places…). */
const basemapFeatures = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as Hook).taixinAtlas.map;
    const layers = map.getStyle().layers.filter((l) => l.id.startsWith('basemap:')).map((l) => l.id);
    const seen: Record<string, number> = {};
    for (const f of layers.length ? map.queryRenderedFeatures({ layers }) : []) {
      const kind = f.layer.id.split(':').pop() ?? '';
      seen[kind] = (seen[kind] ?? 0) + 1;
    }
    return seen;
  });

/** Share of the map's pixels in a colour (the map with its DOM overlays, as a user sees it). */
async function colourShare(page: Page, rgb: readonly [number, number, number]): Promise<number> {
  const png = decode(await page.locator('[data-testid="map"]').screenshot());
  let hits = 0;
  for (let i = 0; i < png.data.length; i += png.channels) {
    if (Math.abs((png.data[i] ?? 0) - rgb[0]) < 30 && Math.abs((png.data[i + 1] ?? 0) - rgb[1]) < 30 && Math.abs((png.data[i + 2] ?? 0) - rgb[2]) < 30) hits++;
  }
  return hits / (png.data.length / png.channels);
}

/** Opens the basemap form on its PMTiles tab. */
async function pmtilesForm(page: Page, name: string): Promise<void> {
  if (!(await page.isVisible('[data-testid="basemap-mode-pmtiles"]'))) await page.click('[data-testid="basemap-add"]');
  await page.check('[data-testid="basemap-mode-pmtiles"]');
  await page.fill('[data-testid="basemap-name"]', name);
}

async function addFile(page: Page, name: string, file: string): Promise<void> {
  await pmtilesForm(page, name);
  await page.check('[data-testid="basemap-archive-from-file"]');
  await page.setInputFiles('[data-testid="basemap-archive-file"]', file);
  await page.click('[data-testid="basemap-save"]');
}

/** A URL on the tile server's host: the page reloads once so its CSP lets that host through. */
async function addUrl(page: Page, name: string, url: string): Promise<void> {
  await pmtilesForm(page, name);
  await page.check('[data-testid="basemap-archive-from-url"]');
  await page.fill('[data-testid="basemap-archive-url"]', url);
  await Promise.all([page.waitForEvent('load'), page.click('[data-testid="basemap-save"]')]);
  await waitForMapIdle(page);
}

describe('PMTiles basemaps', () => {
  const browser = useBrowser();
  let server: TileServer;
  let noRange: TileServer;
  let missing: TileServer;
  beforeAll(async () => {
    archiveBytes('vector'); // built once here rather than inside the first range request
    [server, noRange, missing] = await Promise.all([startTileServer('tiles'), startTileServer('no-range'), startTileServer('missing')]);
  });
  afterAll(async () => {
    await Promise.all([server?.close(), noRange?.close(), missing?.close()]);
  });

  it('draws a raster archive opened from a file, keeps it after a reload without any other host, and removes it', async () => {
    const { page, requests } = await openApp(browser(), appUrl);
    const stations = await renderedCount(page, 'stations');
    await page.click('[data-testid="basemap-add"]');
    await addFile(page, '青色测试档案', writeArchiveFile('raster'));
    await page.waitForFunction(() => (window as unknown as Hook).taixinAtlas.state.basemapId !== null, undefined, { timeout: 20_000 });
    await settle(page);
    expect(await colourShare(page, RASTER_RGB)).toBeGreaterThan(0.3);
    expect(await page.textContent('.maplibregl-ctrl-attrib')).toContain(RASTER_ATTRIBUTION);
    expect(await renderedCount(page, 'stations')).toBe(stations); // the zone's layers stay on top

    await page.reload();
    await waitForMapIdle(page);
    await settle(page);
    expect((await state(page)).names).toEqual(['青色测试档案']);
    expect(await colourShare(page, RASTER_RGB)).toBeGreaterThan(0.3);
    // A stored archive is read from this browser: the page still talks to no other host.
    expect(requests.filter((u) => !u.startsWith(appUrl) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);

    await page.click('[data-testid="basemap-remove"]');
    await settle(page);
    expect((await state(page)).basemapId).toBeNull();
    expect(await colourShare(page, RASTER_RGB)).toBeLessThan(0.01);
    await page.close();
  });

  it('styles a Protomaps vector archive read by range requests, in the UI language', async () => {
    const { page } = await openApp(browser(), appUrl);
    await page.click('[data-testid="basemap-add"]');
    await addUrl(page, '矢量测试档案', server.archiveUrl('vector'));
    await page.waitForFunction(() => (window as unknown as Hook).taixinAtlas.map.getStyle().layers.some((l) => l.id.startsWith('basemap:')), undefined, { timeout: 20_000 });
    await settle(page);
    const drawn = await basemapFeatures(page);
    expect(drawn.earth ?? 0).toBeGreaterThan(0);
    expect(drawn.water ?? 0).toBeGreaterThan(0);
    expect(Object.keys(drawn).some((k) => k.startsWith('roads'))).toBe(true);
    expect(await page.textContent('.maplibregl-ctrl-attrib')).toContain(VECTOR_ATTRIBUTION.slice(0, 6));
    await screenshot(page, 'basemap-pmtiles-vector-zh');
    // Read a slice at a time: every request for the archive was a range answered 206.
    const archive = server.archiveRequests.filter((r) => r.method === 'GET' && r.path.includes('vector'));
    expect(archive.length).toBeGreaterThan(0);
    expect(archive.every((r) => r.status === 206 && r.range !== null)).toBe(true);
    expect(archive.reduce((s, r) => s + r.bytes, 0)).toBeLessThan(archiveBytes('vector').length);

    // Switching language draws the basemap's labels again (same layers, no error).
    await page.click('[data-testid="lang-switch"]');
    // Its layers are built anew in English (after the archive's header is read again, from cache).
    await page.waitForFunction(() => (window as unknown as Hook).taixinAtlas.map.getStyle().layers.some((l) => l.id.startsWith('basemap:')), undefined, { timeout: 20_000 });
    await settle(page);
    expect((await basemapFeatures(page)).earth ?? 0).toBeGreaterThan(0);
    await screenshot(page, 'basemap-pmtiles-vector-en');
    // No failure: at most the word that the add went through (said after the reload, in the language on screen).
    expect((await state(page)).notices.filter((n) => n !== 'Added the basemap “矢量测试档案”.')).toEqual([]);
    await page.click('[data-testid="lang-switch"]');
    await page.click('[data-testid="basemap-remove"]');
    await page.close();
  });

  it('refuses a corrupt or cut-short file, and a vector or image archive as terrain, with a clear message; nothing is added', async () => {
    const { page } = await openApp(browser(), appUrl);
    await page.click('[data-testid="basemap-add"]');
    for (const [file, words] of [
      [writeArchiveFile('corrupt'), '不是 PMTiles 文件'],
      [writeArchiveFile('truncated'), '损坏或不完整'],
    ] as const) {
      await addFile(page, '坏档案', file);
      await page.waitForSelector('[data-testid="basemap-error"]');
      expect(await page.textContent('[data-testid="basemap-error"]')).toContain(words);
      expect((await state(page)).names).toEqual([]);
    }
    await page.click('[data-testid="terrain-add"]');
    await page.check('[data-testid="terrain-mode-pmtiles"]');
    await page.check('[data-testid="terrain-archive-from-file"]');
    await page.setInputFiles('[data-testid="terrain-archive-file"]', writeArchiveFile('vector'));
    await page.click('[data-testid="terrain-save"]');
    await page.waitForSelector('[data-testid="terrain-error"]');
    expect(await page.textContent('[data-testid="terrain-error"]')).toContain('不是高程数据');
    // An image archive is told from height tiles by its pixels, which are no plausible heights.
    await page.setInputFiles('[data-testid="terrain-archive-file"]', writeArchiveFile('raster'));
    await page.click('[data-testid="terrain-save"]');
    await page.waitForFunction(() => !!document.querySelector('[data-testid="terrain-error"]')?.textContent?.includes('不是高程数据') && !document.querySelector('[data-testid="terrain-panel"]')?.textContent?.includes('正在'));
    await page.waitForTimeout(1000); // the read is done: nothing may arrive late
    expect(await state(page)).toMatchObject({ terrainId: null, terrains: [] });
    await page.close();
  });

  for (const [what, host, words] of [
    ['404', () => missing, 'HTTP 404'],
    ['server without range requests', () => noRange, '分段请求'],
  ] as const) {
    it(`a ${what} gives a clear message, the default basemap stays and the archive is not kept`, async () => {
      const { page } = await openApp(browser(), appUrl);
      const stations = await renderedCount(page, 'stations');
      await page.click('[data-testid="basemap-add"]');
      await addUrl(page, `坏档案 ${what}`, host().archiveUrl('vector'));
      await page.waitForFunction((w) => (window as unknown as Hook).taixinAtlas.state.notices.some((n) => n.includes(w)), words, { timeout: 30_000 });
      const s = await state(page);
      expect(s.basemapId).toBeNull();
      // It never worked, so it is not kept: the list is as it was, and the page says so.
      expect(s.notices.join(' ')).toContain('未保留；已使用默认底图');
      expect(s.names).toEqual([]);
      expect(await renderedCount(page, 'stations')).toBe(stations);
      await page.waitForTimeout(500); // the removal is stored in the background
      await page.reload();
      await waitForMapIdle(page);
      expect((await state(page)).names).toEqual([]);
      await page.close();
    });
  }
});
