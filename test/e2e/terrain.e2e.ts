import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, renderedCount, screenshot, settle, useBrowser, waitForMapIdle } from './browser.ts';
import { flanks } from './terrainChecks.ts';
import { startTileServer, type TileServer } from './tileServer.ts';

const appUrl = inject('appUrl');

interface Hook {
  taixinAtlas: {
    state: { terrainId: string | null; terrain3d: boolean; terrains: Array<{ id: string; name: string }>; notices: string[] };
    map: {
      getPitch(): number;
      getTerrain(): { source: string } | null;
      getStyle(): { layers: Array<{ id: string; type: string }> };
      project(p: [number, number]): { x: number; y: number };
    };
  };
}

const terrainState = (page: Page) =>
  page.evaluate(() => {
    const { state: s, map } = (window as unknown as Hook).taixinAtlas;
    return {
      terrainId: s.terrainId,
      threeD: s.terrain3d,
      names: s.terrains.map((t) => t.name),
      notices: [...s.notices],
      pitch: map.getPitch(),
      terrain: map.getTerrain()?.source ?? null,
      hillshades: map.getStyle().layers.filter((l) => l.type === 'hillshade').map((l) => l.id),
    };
  });

/** Adds a terrain through the panel; the page reloads to let the new host through its CSP. */
async function addTerrain(page: Page, name: string, template: string): Promise<void> {
  await page.click('[data-testid="terrain-add"]');
  await page.fill('[data-testid="terrain-name"]', name);
  await page.fill('[data-testid="terrain-template"]', template);
  await page.selectOption('[data-testid="terrain-encoding"]', 'terrarium');
  await page.fill('[data-testid="terrain-maxzoom"]', '10');
  await page.fill('[data-testid="terrain-attribution"]', '© 合成山丘');
  await Promise.all([page.waitForEvent('load'), page.click('[data-testid="terrain-save"]')]);
  await waitForMapIdle(page);
}

describe('terrain (地形)', () => {
  const browser = useBrowser();
  let dem: TileServer;
  let missing: TileServer;
  beforeAll(async () => {
    [dem, missing] = await Promise.all([startTileServer('dem'), startTileServer('missing')]);
  });
  afterAll(async () => {
    await Promise.all([dem?.close(), missing?.close()]);
  });

  it('shades the hill, stands it up in 3D, keeps it across a reload and removes it', async () => {
    const { page } = await openApp(browser(), `${appUrl}#lang=zh`);
    const stations = await renderedCount(page, 'stations');
    const flat = await flanks(page);

    await addTerrain(page, '合成山丘', `${dem.url}/{z}/{x}/{y}.png`);
    await settle(page);
    let s = await terrainState(page);
    expect(s.names).toEqual(['合成山丘']);
    expect(s.terrainId).not.toBeNull();
    expect(s.hillshades).toEqual([`terrain:${s.terrainId}:hillshade`]);
    expect(dem.requests.length).toBeGreaterThan(0);
    const shaded = await flanks(page);
    await screenshot(page, 'terrain-hillshade');
    // The slope away from the light is in shadow: darker than the same place unshaded, and darkened
    // clearly more than the slope facing the light; the data is drawn on top as before.
    expect(shaded.se).toBeLessThan(flat.se - 8);
    expect(flat.se - shaded.se - (flat.nw - shaded.nw)).toBeGreaterThan(8);
    expect(await renderedCount(page, 'stations')).toBe(stations);
    expect(await page.textContent('.maplibregl-ctrl-attrib')).toContain('© 合成山丘');

    await page.click('[data-testid="terrain-3d"]');
    await page.waitForFunction(() => (window as unknown as Hook).taixinAtlas.map.getPitch() > 45, undefined, { timeout: 30_000 });
    await settle(page);
    s = await terrainState(page);
    expect(s.terrain).toBe(`terrain:${s.terrainId}:relief`);
    expect(s.pitch).toBeGreaterThan(0);
    await screenshot(page, 'terrain-3d');

    await page.reload();
    await waitForMapIdle(page);
    await page.waitForFunction(() => !!(window as unknown as Hook).taixinAtlas.map.getTerrain(), undefined, { timeout: 10_000 });
    s = await terrainState(page);
    expect(s.names).toEqual(['合成山丘']);
    expect(s.threeD).toBe(true);
    expect(await page.isChecked(`[data-testid="terrain-option-${s.terrainId}"]`)).toBe(true);
    expect(await page.isChecked('[data-testid="terrain-3d"]')).toBe(true);

    await page.click('[data-testid="terrain-remove"]');
    await page.waitForFunction(() => (window as unknown as Hook).taixinAtlas.map.getPitch() === 0, undefined, { timeout: 10_000 });
    await settle(page);
    s = await terrainState(page);
    expect(s).toMatchObject({ terrainId: null, threeD: false, names: [], terrain: null, hillshades: [] });
    expect(await page.isChecked('[data-testid="terrain-option-none"]')).toBe(true);
    await page.click('[data-testid="terrain-undo"]');
    expect((await terrainState(page)).names).toEqual(['合成山丘']);
    await page.click('[data-testid="terrain-remove"]');
    await page.waitForTimeout(300); // the delete is stored in the background
    await page.reload();
    await waitForMapIdle(page);
    expect((await terrainState(page)).names).toEqual([]);
    await page.close();
  }, 240_000);

  it('a 404 height server gives a clear message in Chinese, terrain goes off and the data stays', async () => {
    const { page } = await openApp(browser(), `${appUrl}#lang=zh`);
    const stations = await renderedCount(page, 'stations');
    await addTerrain(page, '坏地形', `${missing.url}/{z}/{x}/{y}.png`);
    await page.waitForFunction(() => (window as unknown as Hook).taixinAtlas.state.terrainId === null, undefined, { timeout: 20_000 });
    await settle(page);
    const s = await terrainState(page);
    const notice = s.notices.find((n) => n.includes('已关闭地形')) ?? '';
    expect(notice).toContain('坏地形');
    expect(notice).toContain('HTTP 404');
    expect(missing.requests.length).toBeGreaterThan(0);
    expect(s).toMatchObject({ terrain: null, hillshades: [] });
    expect(await page.isChecked('[data-testid="terrain-option-none"]')).toBe(true);
    expect(await renderedCount(page, 'stations')).toBe(stations);
    await page.click('[data-testid="terrain-remove"]');
    await page.close();
  });
});
