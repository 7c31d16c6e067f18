import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from 'fast-png';
import type { Page } from 'playwright-core';
import { settle, waitForMapIdle } from './browser.ts';
import { TILE_RGB } from './tileServer.ts';

/** Helpers of exportGround.e2e.ts: the user's ground (basemaps, terrain) under briefings and exports. */

/** Where the PNGs these tests make are kept to be looked at. */
export const KEEP = '/tmp/export-ground';

export interface Hook {
  taixinAtlas: {
    state: {
      basemapId: string | null;
      basemaps: Array<{ id: string; name: string }>;
      activeBasemap: { name: string } | null;
      notices: string[];
      catalogue: { layers: unknown[] } | null;
      loadedCount: number;
      terrainId: string | null;
      terrain3d: boolean;
    };
    map: { isMoving(): boolean; getPitch(): number; getCenter(): { lng: number; lat: number }; getTerrain(): { source: string } | null } | undefined;
  };
}

export const atlasState = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as Hook).taixinAtlas.state;
    return { basemapId: s.basemapId, names: s.basemaps.map((b) => b.name), drawn: s.activeBasemap?.name ?? null, notices: [...s.notices] };
  });

/** The catalogue's data is in and drawn on the map (which, with a host that never answers, is never idle). */
export async function waitForData(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const a = (window as unknown as Hook).taixinAtlas;
      return !!a?.map && !!a.state.catalogue && a.state.loadedCount === a.state.catalogue.layers.length;
    },
    undefined,
    { timeout: 30_000 },
  );
}

/** Adds a basemap through the panel; the page reloads to let the new host through its CSP. */
export async function addByTemplate(page: Page, name: string, template: string, attribution: string, hangs = false): Promise<void> {
  await page.click('[data-testid="tab-layers"]');
  await page.click('[data-testid="basemap-add"]');
  await page.fill('[data-testid="basemap-name"]', name);
  await page.fill('[data-testid="basemap-template"]', template);
  await page.fill('[data-testid="basemap-attribution"]', attribution);
  await Promise.all([page.waitForEvent('load'), page.click('[data-testid="basemap-save"]')]);
  if (hangs) await waitForData(page);
  else await waitForMapIdle(page);
}

export const isTile = (r: number, g: number, b: number): boolean => Math.abs(r - TILE_RGB[0]) < 30 && Math.abs(g - TILE_RGB[1]) < 40 && Math.abs(b - TILE_RGB[2]) < 30;

/** Share of an image's pixels painted in the tile colour. */
export function tileShareOf(png: ReturnType<typeof decode>): number {
  let hits = 0;
  const n = png.width * png.height;
  for (let i = 0; i < n; i++) {
    const o = i * png.channels;
    if (isTile(png.data[o] ?? 0, png.data[o + 1] ?? 0, png.data[o + 2] ?? 0)) hits++;
  }
  return hits / n;
}

/** Share of the map's pixels in the tile colour, as a user sees it (with the DOM overlays). */
export const tileShare = async (page: Page): Promise<number> => tileShareOf(decode(await page.locator('[data-testid="map"]').screenshot()));

/** Every text the page draws on a canvas from now on (an export's title, legend, sources line…). */
export const recordCanvasText = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { canvasTexts: string[] };
    w.canvasTexts = [];
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
      w.canvasTexts.push(text);
      return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
    };
  });

/** Exports the current scene as a PNG; the file is kept under KEEP for a look. */
export async function exportPng(page: Page, keepAs: string): Promise<ReturnType<typeof decode>> {
  const [png] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.click('[data-testid="export-png"]')]);
  const path = (await png.path()) as string;
  mkdirSync(KEEP, { recursive: true });
  copyFileSync(path, join(KEEP, keepAs));
  return decode(readFileSync(path));
}

/**
 * The scene has arrived: the flight is over and (unless `drawn` is false) the map has drawn it.
 * 3D relief on software WebGL takes its time to settle, and a camera test need not wait for it.
 */
export async function sceneShown(page: Page, progress: string, drawn = true): Promise<void> {
  await page.waitForFunction((p) => document.querySelector('[data-testid="briefing-progress"]')?.textContent === p, progress, { timeout: 30_000 });
  await page.waitForFunction(() => !(window as unknown as Hook).taixinAtlas.map?.isMoving(), undefined, { timeout: 45_000 });
  if (drawn) await settle(page);
}

/** What the map shows of terrain: the user's own choice, what is drawn, and the camera. */
export const terrainNow = (page: Page) =>
  page.evaluate(() => {
    const { state: s, map } = (window as unknown as Hook).taixinAtlas;
    const c = map?.getCenter();
    return { own: s.terrainId, threeD: s.terrain3d, relief: map?.getTerrain()?.source ?? null, pitch: map?.getPitch() ?? 0, lng: c?.lng ?? 0, lat: c?.lat ?? 0 };
  });

/** The scene recorded last into 我的简报, as kept in IndexedDB. */
export const recordedScene = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, unknown> | null>((resolve) => {
        const open = indexedDB.open('taixin-atlas-briefings');
        open.onsuccess = () => {
          const get = open.result.transaction('briefings').objectStore('briefings').get('my-briefing');
          get.onsuccess = () => {
            const scenes = (get.result as { scenes: Array<Record<string, unknown>> } | undefined)?.scenes ?? [];
            open.result.close();
            resolve(scenes.at(-1) ?? null);
          };
          get.onerror = () => resolve(null);
        };
        open.onerror = () => resolve(null);
      }),
  );
