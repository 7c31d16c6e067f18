import { mkdirSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, settle, useBrowser, waitForMapIdle } from './browser.ts';
import {
  addByTemplate, atlasState, exportPng, KEEP, recordCanvasText, recordedScene, sceneShown, terrainNow, tileShare, tileShareOf, type Hook,
} from './groundHelpers.ts';
import { HILL, startTileServer, type TileServer } from './tileServer.ts';
import { importThroughPanel, userLayers } from './userLayers.ts';

const appUrl = inject('appUrl');

/** A tile host that takes connections and never answers (a stalled proxy, a firewall that drops). */
async function startHangingServer(): Promise<{ url: string; connections: () => number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The briefing a user loads from a file: one scene on a basemap of this browser, one on another's. */
const GROUND_BRIEFING = {
  id: 'ground-test',
  title: { zh: '底图测试', en: 'Ground test' },
  scenes: [
    {
      id: 'on-tiles', title: { zh: '测试瓦片上', en: 'On the test tiles' }, camera: { center: [112.7, 38.2], zoom: 9 }, layers: ['zone_boundary'],
      caption: { zh: '本场景用本地测试瓦片做底图', en: 'This scene is drawn on the local test tiles' }, basemap: '本地测试瓦片',
    },
    {
      id: 'elsewhere', title: { zh: '别处的底图', en: 'Elsewhere' }, camera: { center: [112.8, 38.3], zoom: 9 }, layers: ['zone_boundary'],
      caption: { zh: '本场景要用同事浏览器里的底图和地形', en: 'This scene asks for a colleague’s basemap and terrain' }, basemap: '同事的底图', terrain: '同事的地形', terrain3d: true,
    },
  ],
};

describe('the ground under briefings and their exports', () => {
  const browser = useBrowser();
  let tiles: TileServer;
  let dem: TileServer;
  beforeAll(async () => {
    [tiles, dem] = await Promise.all([startTileServer('tiles'), startTileServer('dem')]);
  });
  afterAll(async () => {
    await Promise.all([tiles?.close(), dem?.close()]);
  });

  it('shows the basemap a scene names while it runs, gives the presenter’s own back on Esc and exit, and says when one is missing', async () => {
    const { page } = await openApp(browser(), appUrl, { width: 1280, height: 800 });
    await addByTemplate(page, '本地测试瓦片', `${tiles.url}/{z}/{x}/{y}.png`, '© 本地测试瓦片');
    // The presenter's own choice is the offline default; the tiles are only listed.
    await page.click('[data-testid="basemap-option-default"]');
    await settle(page);
    expect(await tileShare(page)).toBeLessThan(0.01);

    await page.click('[data-testid="tab-briefings"]');
    await page.setInputFiles('[data-testid="briefing-file"]', { name: 'ground.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(GROUND_BRIEFING)) });
    await page.locator('[data-testid="my-briefing-count"]', { hasText: '(2)' }).waitFor();
    await page.click('[data-testid="my-briefing-present"]');
    await sceneShown(page, '场景 1 / 2');
    expect(await tileShare(page)).toBeGreaterThan(0.3);
    mkdirSync(KEEP, { recursive: true });
    await page.screenshot({ path: join(KEEP, 'scene-ground-tiles.png') });
    let s = await atlasState(page);
    expect(s.drawn).toBe('本地测试瓦片');
    expect(s.basemapId).toBeNull(); // drawn over, never written over

    // Esc: the presenter's own ground is back at once; "." returns to the scene's.
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="exploring"]');
    await settle(page);
    expect(await tileShare(page)).toBeLessThan(0.01);
    await page.click('[data-testid="tab-layers"]');
    expect(await page.isChecked('[data-testid="basemap-option-default"]')).toBe(true);
    expect((await atlasState(page)).drawn).toBeNull();
    await page.keyboard.press('.');
    await page.waitForSelector('[data-testid="briefing-caption"]');
    await settle(page);
    expect(await tileShare(page)).toBeGreaterThan(0.3);

    // A scene naming what this browser lacks: the default, and a notice in the UI's language.
    await page.keyboard.press('ArrowRight');
    await sceneShown(page, '场景 2 / 2');
    const zhBasemap = '场景“别处的底图”要用底图“同事的底图”，本浏览器没有，已改用默认底图';
    const zhTerrain = '场景“别处的底图”要用地形“同事的地形”，本浏览器没有，已不显示地形';
    await page.waitForSelector(`[data-testid="notices"] >> text=${zhBasemap}`);
    await expect(page.locator('[data-testid="notices"]').textContent()).resolves.toContain(zhTerrain);
    expect(await tileShare(page)).toBeLessThan(0.01);
    s = await atlasState(page);
    expect(s.drawn).toBeNull();
    expect(s.notices.filter((n) => n === zhBasemap)).toHaveLength(1);

    await page.click('[data-testid="briefing-exit"]');
    await page.reload();
    await waitForMapIdle(page);
    s = await atlasState(page);
    expect(s).toMatchObject({ basemapId: null, names: ['本地测试瓦片'], drawn: null });
    expect(await tileShare(page)).toBeLessThan(0.01);

    // The same in English.
    await page.click('[data-testid="lang-switch"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.click('[data-testid="tab-briefings"]');
    await page.locator('[data-testid="my-briefing-count"]', { hasText: '(2)' }).waitFor();
    await page.click('[data-testid="my-briefing-present"]');
    await page.waitForSelector('[data-testid="briefing-caption"]');
    await page.keyboard.press('End');
    await sceneShown(page, 'Scene 2 / 2');
    const enBasemap = 'Scene "Elsewhere" asks for the basemap "同事的底图", which this browser does not have; showing the default basemap.';
    await page.waitForFunction((text) => document.querySelector('[data-testid="notices"]')?.textContent?.includes(text), enBasemap);
    await expect(page.locator('[data-testid="notices"]').textContent()).resolves.toContain('Scene "Elsewhere" asks for the terrain "同事的地形", which this browser does not have; showing no terrain.');
    expect(await page.locator('[data-testid="notices"]').isVisible()).toBe(true);
    await page.close();
  }, 180_000);

  it('exports the basemap with its credit, and a host that never answers delays an export only so long', async () => {
    const hanging = await startHangingServer();
    try {
      const { page } = await openApp(browser(), appUrl, { width: 1280, height: 800 });
      await addByTemplate(page, '本地测试瓦片', `${tiles.url}/{z}/{x}/{y}.png`, '© 本地测试瓦片');
      const own = await importThroughPanel(page, { name: 'sites.csv', mimeType: 'text/csv', buffer: Buffer.from('名称,经度,纬度\n太原站,112.5814,37.8600\n忻州西站,112.7018,38.4254\n', 'utf8') });

      await page.click('[data-testid="tab-briefings"]');
      await page.click('[data-testid="present-zone-overview"]');
      await sceneShown(page, '场景 1 / 9');
      expect(await page.textContent('.maplibregl-ctrl-attrib')).toContain('© 本地测试瓦片');
      await recordCanvasText(page);
      const drawn = await exportPng(page, 'export-with-basemap.png');
      expect([drawn.width, drawn.height]).toEqual([1920, 1080]);
      expect(tileShareOf(drawn)).toBeGreaterThan(0.2);
      const texts = await page.evaluate(() => (window as unknown as { canvasTexts: string[] }).canvasTexts);
      expect(texts.find((t) => t.startsWith('数据来源'))).toContain('© 本地测试瓦片');
      await page.click('[data-testid="briefing-exit"]');

      // A basemap whose host takes the connection and never answers.
      await addByTemplate(page, '挂起的底图', `${hanging.url}/{z}/{x}/{y}.png`, '© 挂起', true);
      await page.click('[data-testid="tab-briefings"]');
      await page.click('[data-testid="present-zone-overview"]');
      await page.waitForSelector('[data-testid="briefing-caption"]');
      const stalled = await exportPng(page, 'export-host-hangs.png');
      expect(hanging.connections()).toBeGreaterThan(0);
      expect([stalled.width, stalled.height]).toEqual([1920, 1080]);
      expect(tileShareOf(stalled)).toBeLessThan(0.01);
      // The data is drawn: the export is far from one flat colour.
      const lum: number[] = [];
      for (let i = 0; i < stalled.width * stalled.height; i += 997) {
        const o = i * stalled.channels;
        lum.push(0.3 * (stalled.data[o] ?? 0) + 0.59 * (stalled.data[o + 1] ?? 0) + 0.11 * (stalled.data[o + 2] ?? 0));
      }
      const mean = lum.reduce((a, b) => a + b, 0) / lum.length;
      expect(lum.reduce((a, b) => a + (b - mean) ** 2, 0) / lum.length).toBeGreaterThan(100);
      await page.waitForFunction(() => (window as unknown as Hook).taixinAtlas.state.notices.some((n) => n.startsWith('底图瓦片未能及时全部送达')));
      await expect(page.locator('[data-testid="notices"]').textContent()).resolves.toContain('导出图可能缺少部分底图（数据图层完整）');

      // Nothing of the user's was touched.
      const s = await atlasState(page);
      expect(s.names).toEqual(['本地测试瓦片', '挂起的底图']);
      expect(s.drawn).toBe('挂起的底图');
      expect((await userLayers(page)).map((l) => ({ id: l.id, count: l.count, status: l.status }))).toEqual([{ id: own.id, count: own.count, status: 'ready' }]);
      await page.close();
    } finally {
      await hanging.close();
    }
  }, 240_000);

  it('records the terrain a view is drawn on, and a scene asking for 3D relief is shown tilted on its own camera', async () => {
    // Small: 3D relief on software WebGL keeps the page busy, and every step waits on it.
    const { page } = await openApp(browser(), appUrl, { width: 960, height: 640 });
    await page.click('[data-testid="terrain-add"]');
    await page.fill('[data-testid="terrain-name"]', '合成山丘');
    await page.fill('[data-testid="terrain-template"]', `${dem.url}/{z}/{x}/{y}.png`);
    await page.selectOption('[data-testid="terrain-encoding"]', 'terrarium');
    await page.fill('[data-testid="terrain-maxzoom"]', '10');
    await page.fill('[data-testid="terrain-attribution"]', '© 合成山丘');
    await Promise.all([page.waitForEvent('load'), page.click('[data-testid="terrain-save"]')]);
    await waitForMapIdle(page);
    await page.check('[data-testid="terrain-3d"]');
    await page.waitForFunction(() => !!(window as unknown as Hook).taixinAtlas.map?.getTerrain(), undefined, { timeout: 45_000 });

    // Recorded from this view: the ground comes with the camera.
    await page.click('[data-testid="tab-briefings"]');
    await page.click('[data-testid="record-scene"]');
    await page.locator('[data-testid="my-briefing-count"]', { hasText: '(1)' }).waitFor();
    await expect.poll(() => recordedScene(page), { timeout: 20_000 }).toMatchObject({ basemap: null, terrain: '合成山丘', terrain3d: true });

    // The presenter's own ground is flat and bare again; a scene asks for the relief, untilted.
    await page.click('[data-testid="tab-layers"]');
    await page.click('[data-testid="terrain-option-none"]');
    await page.waitForFunction(() => (window as unknown as Hook).taixinAtlas.map?.getPitch() === 0, undefined, { timeout: 45_000 });
    const relief = {
      id: 'relief', title: { zh: '三维地形', en: 'Relief' }, scenes: [{
        id: 'hill', title: { zh: '合成山丘', en: 'The hill' }, camera: { center: [HILL.lon, HILL.lat], zoom: 9 }, layers: ['zone_boundary'],
        caption: { zh: '三维显示的山丘', en: 'The hill in 3D' }, terrain: '合成山丘', terrain3d: true,
      }],
    };
    await page.click('[data-testid="tab-briefings"]');
    await page.setInputFiles('[data-testid="briefing-file"]', { name: 'relief.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(relief)) });
    await page.click('[data-testid="my-briefing-present"]');
    await sceneShown(page, '场景 1 / 1', false);
    // Tilted, and the relief's own tilt did not stop the flight: the camera comes to rest on the scene's.
    await page.waitForFunction(
      (h) => {
        const map = (window as unknown as Hook).taixinAtlas.map;
        const c = map?.getCenter();
        return !!map && !!c && !map.isMoving() && Math.abs(map.getPitch() - 50) < 0.1 && Math.abs(c.lng - h.lon) < 1e-4 && Math.abs(c.lat - h.lat) < 1e-4;
      },
      HILL,
      { timeout: 45_000 },
    );
    expect(await terrainNow(page)).toMatchObject({ own: null, threeD: true, relief: expect.stringContaining('terrain:') });
    await page.screenshot({ path: join(KEEP, 'scene-ground-relief.png') });

    // Esc: the presenter's flat, bare map is back; nothing of theirs was saved over.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (window as unknown as Hook).taixinAtlas.map?.getPitch() === 0, undefined, { timeout: 45_000 });
    expect(await terrainNow(page)).toMatchObject({ own: null, threeD: false, relief: null });
    await page.click('[data-testid="briefing-exit"]');
    await page.reload();
    await waitForMapIdle(page);
    expect(await terrainNow(page)).toMatchObject({ own: null, threeD: false, relief: null, pitch: 0 });
    await page.close();
  }, 180_000);
});
