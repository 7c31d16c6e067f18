import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from 'fast-png';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, renderedCount, screenshot, settle, useBrowser, waitForMapIdle } from './browser.ts';
import { MAP_COLOURS } from './mapTiles.ts';
import { archiveBytes, DEM_ATTRIBUTION, writeArchiveFile } from './pmtilesFixtures.ts';
import { flanks } from './terrainChecks.ts';
import { startTileServer, type TileServer } from './tileServer.ts';

const appUrl = inject('appUrl');
const README_SHOTS = join(import.meta.dirname, '../screenshots');

interface Hook {
  taixinAtlas: { state: { basemapId: string | null; terrainId: string | null }; map: { getPitch(): number; getTerrain(): { source: string } | null } };
}

const hex = (h: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];

/** Share of the map's pixels close to a colour. */
async function share(page: Page, rgb: readonly [number, number, number], tolerance = 12): Promise<number> {
  const png = decode(await page.locator('[data-testid="map"]').screenshot());
  let hits = 0;
  for (let i = 0; i < png.data.length; i += png.channels) {
    if ([0, 1, 2].every((c) => Math.abs((png.data[i + c] ?? 0) - (rgb[c] ?? 0)) <= tolerance)) hits++;
  }
  return hits / (png.data.length / png.channels);
}

/** A screenshot the README shows, kept beside the others in test/screenshots. */
async function readmeShot(page: Page, name: string): Promise<void> {
  const shot = await screenshot(page, name);
  mkdirSync(README_SHOTS, { recursive: true });
  copyFileSync(shot, join(README_SHOTS, `${name}.png`));
}

describe('real ground: a local raster basemap and terrain from a PMTiles archive', () => {
  const browser = useBrowser();
  let tiles: TileServer;
  beforeAll(async () => {
    archiveBytes('dem'); // a few seconds to build, once
    tiles = await startTileServer('map');
  });
  afterAll(async () => {
    await tiles?.close();
  });

  it('draws the zone over a raster basemap, shades it with a height archive, and raises it in 3D', async () => {
    const { page } = await openApp(browser(), `${appUrl}#lang=zh`);
    const stations = await renderedCount(page, 'stations');

    await page.click('[data-testid="basemap-add"]');
    await page.fill('[data-testid="basemap-name"]', '本地栅格底图');
    await page.fill('[data-testid="basemap-template"]', `${tiles.url}/{z}/{x}/{y}.png`);
    await page.fill('[data-testid="basemap-attribution"]', '合成测试瓦片（据本图数据绘制）');
    await Promise.all([page.waitForEvent('load'), page.click('[data-testid="basemap-save"]')]);
    await waitForMapIdle(page);
    await settle(page);
    // Back from the reload: the page says what was added; read, then dismissed for the picture.
    await page.waitForSelector('[data-testid="notices"] >> text=已添加底图“本地栅格底图”。');
    await page.click('[data-testid="notices"] button');
    const land = hex(MAP_COLOURS.land);
    expect(await share(page, land)).toBeGreaterThan(0.05);
    expect(await renderedCount(page, 'stations')).toBe(stations);
    await readmeShot(page, 'ground-raster-zh');

    const flat = await flanks(page);
    await page.click('[data-testid="terrain-add"]');
    await page.check('[data-testid="terrain-mode-pmtiles"]');
    await page.fill('[data-testid="terrain-name"]', '合成地形档案');
    await page.check('[data-testid="terrain-archive-from-file"]');
    await page.setInputFiles('[data-testid="terrain-archive-file"]', writeArchiveFile('dem', '合成地形.pmtiles'));
    await page.selectOption('[data-testid="terrain-encoding"]', 'terrarium');
    await page.click('[data-testid="terrain-save"]');
    await page.waitForFunction(() => (window as unknown as Hook).taixinAtlas.state.terrainId !== null, undefined, { timeout: 30_000 });
    await settle(page);
    const shaded = await flanks(page);
    // The flank away from the light is darkened clearly more than the one facing it.
    expect(flat.se - shaded.se - (flat.nw - shaded.nw)).toBeGreaterThan(8);
    expect(await page.textContent('.maplibregl-ctrl-attrib')).toContain(DEM_ATTRIBUTION);
    expect(await renderedCount(page, 'stations')).toBe(stations);
    await readmeShot(page, 'ground-hillshade-zh');

    await page.click('[data-testid="terrain-3d"]');
    await page.waitForFunction(() => (window as unknown as Hook).taixinAtlas.map.getPitch() > 45, undefined, { timeout: 30_000 });
    await page.waitForFunction(() => !!(window as unknown as Hook).taixinAtlas.map.getTerrain(), undefined, { timeout: 15_000 });
    await settle(page);
    await screenshot(page, 'ground-3d-zh');

    await page.click('[data-testid="terrain-remove"]');
    await page.click('[data-testid="basemap-remove"]');
    await page.close();
  }, 240_000);
});
