/**
 * The travel-time legend leaves the map readable (new-user review): on a laptop it is compact and
 * folds away with one click or key, and stays folded; in the briefing scene 雄忻高铁通车后 the
 * scene is framed beside the legend, so 望都北 and the line's east end are not under it; the area
 * the grid was computed over is outlined and named in the legend, so its edge reads as meant.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, settle, useBrowser } from './browser.ts';

const appUrl = inject('appUrl');

const XIONGAN: [number, number] = [116.15323, 39.055749];
const WANGDU_NORTH: [number, number] = [115.16, 38.76];
/** Scene 9's camera, as the briefing authors it. */
const SCENE9 = { center: [114.0, 38.5] as [number, number], zoom: 7 };

type Hook = {
  accessMap?: { spec: { view: string } } | null;
  map: {
    project(c: [number, number]): { x: number; y: number };
    unproject(p: [number, number]): { lng: number; lat: number };
    getContainer(): HTMLElement;
    isMoving(): boolean;
    getLayer(id: string): unknown;
    setCenter(c: [number, number]): void;
  };
};
type Box = { x: number; y: number; width: number; height: number };

async function gridDrawn(page: Page, view: string): Promise<void> {
  await page.waitForFunction((v) => (window as unknown as { taixinAtlas: Hook }).taixinAtlas.accessMap?.spec.view === v, view, { timeout: 60_000 });
  await settle(page);
}

/** A place's point on the page (the map canvas's offset added). */
const screenPoint = (page: Page, lonLat: [number, number]) =>
  page.evaluate((c) => {
    const { map } = (window as unknown as { taixinAtlas: Hook }).taixinAtlas;
    const p = map.project(c);
    const box = map.getContainer().getBoundingClientRect();
    return { x: p.x + box.left, y: p.y + box.top };
  }, lonLat);

const inside = (p: { x: number; y: number }, b: Box): boolean => p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`no box for ${selector}`);
  return box;
}

/** The 1280×720 frame scene 9 was authored for, on the page: plain Web Mercator, not the app's code. */
async function sceneFrame(page: Page): Promise<{ left: number; right: number }> {
  const world = 512 * 2 ** SCENE9.zoom;
  const [lng, lat] = SCENE9.center;
  const x = ((lng + 180) / 360) * world;
  const y = ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * world;
  const lonLat = (px: number, py: number): [number, number] => [(px / world) * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / world))) * 180) / Math.PI];
  const a = await screenPoint(page, lonLat(x - 640, y - 360));
  const b = await screenPoint(page, lonLat(x + 640, y + 360));
  return { left: a.x, right: b.x };
}

describe('the travel-time legend and the map', () => {
  const browser = useBrowser();

  it('on a 1280×800 laptop: compact in both languages, folds with one click or key, and stays folded', async () => {
    const { page, consoleErrors } = await openApp(browser(), appUrl);
    await page.click('[data-testid="tab-access"]');
    await gridDrawn(page, 'time');
    await page.waitForSelector('[data-testid="access-legend-assumptions"]', { state: 'attached' });
    // The edge of the area computed is drawn and named.
    expect(await page.evaluate(() => !!(window as unknown as { taixinAtlas: Hook }).taixinAtlas.map.getLayer('access-map--area'))).toBe(true);
    await expect(page.textContent('[data-testid="access-legend-area"]')).resolves.toContain('计算范围');
    // Bands in two columns of five rows at most; the assumptions shown, the caveats folded (one click away).
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') {
        await page.click('[data-testid="lang-switch"]');
        await page.waitForFunction(() => document.documentElement.lang === 'en');
        await settle(page);
      }
      const bands = await boxOf(page, '[data-testid="access-legend"] .bands');
      expect(bands.height, `${lang}: bands in two columns, a line each`).toBeLessThan(5 * 22);
      expect(await page.isVisible('[data-testid="access-legend-assumptions"]')).toBe(true);
      expect(await page.isVisible('[data-testid="access-legend-note"]')).toBe(true);
      const legend = await boxOf(page, '[data-testid="legend"]');
      expect(legend.width).toBeLessThanOrEqual(262);
      expect(legend.height, `${lang}: legend height`).toBeLessThan(800 * 0.45 + 2);
      const xiongan = await screenPoint(page, XIONGAN);
      expect(inside(xiongan, legend), `${lang}: 雄安 ${JSON.stringify(xiongan)} clear of the legend ${JSON.stringify(legend)}`).toBe(false);
      await page.screenshot({ path: `/tmp/layout-explore-${lang}.png` });
    }
    await page.click('[data-testid="access-legend-caveats"] summary');
    expect(await page.isVisible('[data-testid="access-legend-caveats"] .caveats')).toBe(true);
    await page.screenshot({ path: '/tmp/layout-explore-en-more.png' });
    await page.click('[data-testid="access-legend-caveats"] summary');

    // 雄安 brought to where the open legend sits: the legend covers it until folded by one key press.
    const open = await boxOf(page, '[data-testid="legend"]');
    const spot = { x: open.x + open.width / 2, y: open.y + open.height / 2 };
    await page.evaluate(
      ([lonLat, at]) => {
        const { map } = (window as unknown as { taixinAtlas: Hook }).taixinAtlas;
        const box = map.getContainer().getBoundingClientRect();
        const p = map.project(lonLat as [number, number]);
        // Shift the centre by how far 雄安 is from the spot.
        const there = map.unproject([box.width / 2 + p.x + box.left - (at as { x: number }).x, box.height / 2 + p.y + box.top - (at as { y: number }).y]);
        map.setCenter([there.lng, there.lat]);
      },
      [XIONGAN, spot] as const,
    );
    await settle(page);
    expect(inside(await screenPoint(page, XIONGAN), await boxOf(page, '[data-testid="legend"]'))).toBe(true);
    await page.focus('[data-testid="legend-toggle"]');
    await page.keyboard.press('Enter');
    await expect(page.getAttribute('[data-testid="legend-toggle"]', 'aria-expanded')).resolves.toBe('false');
    const folded = await boxOf(page, '[data-testid="legend"]');
    expect(inside(await screenPoint(page, XIONGAN), folded)).toBe(false);
    await page.screenshot({ path: '/tmp/layout-explore-folded.png' });

    // Folded it stays: across tabs and a reload.
    await page.click('[data-testid="tab-layers"]');
    await page.click('[data-testid="tab-access"]');
    await expect(page.getAttribute('[data-testid="legend-toggle"]', 'aria-expanded')).resolves.toBe('false');
    await page.reload();
    await page.waitForSelector('[data-testid="legend-toggle"]');
    await expect(page.getAttribute('[data-testid="legend-toggle"]', 'aria-expanded')).resolves.toBe('false');
    expect(await page.locator('[data-testid="access-legend"]').count()).toBe(0);
    // One click opens it again.
    await page.click('[data-testid="legend-toggle"]');
    await page.waitForSelector('[data-testid="access-legend"]');

    // The contrast theme: the same layout, its own colours.
    await page.selectOption('[data-testid="theme-select"]', 'contrast');
    await settle(page);
    await page.screenshot({ path: '/tmp/layout-explore-contrast-en.png' });

    // Folded again, then a show: it opens for the audience, who cannot click; after the show the reader's fold holds.
    await page.click('[data-testid="legend-toggle"]');
    await expect(page.getAttribute('[data-testid="legend-toggle"]', 'aria-expanded')).resolves.toBe('false');
    await page.goto(`${page.url().split('#')[0]}#briefing=zone-overview&scene=9`);
    await page.reload();
    await page.waitForSelector('[data-testid="briefing-caption"]');
    await expect(page.getAttribute('[data-testid="legend-toggle"]', 'aria-expanded')).resolves.toBe('true');
    await page.waitForSelector('[data-testid="access-legend"]');
    await page.click('[data-testid="briefing-exit"]');
    await page.reload();
    await page.waitForSelector('[data-testid="legend-toggle"]');
    await expect(page.getAttribute('[data-testid="legend-toggle"]', 'aria-expanded')).resolves.toBe('false');
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 180_000);

  it('in scene 9 the scene is framed left of the legend: 望都北 and 雄安 are not under it', async () => {
    const views = [
      [{ width: 1280, height: 720 }, 'zh'],
      [{ width: 1280, height: 720 }, 'en'],
      [{ width: 1920, height: 1080 }, 'zh'],
      [{ width: 1024, height: 768 }, 'en'],
    ] as const;
    for (const [viewport, lang] of views) {
      const { page, consoleErrors } = await openApp(browser(), `${appUrl}#briefing=zone-overview&scene=9&lang=${lang}`, viewport);
      await page.waitForSelector('[data-testid="briefing-caption"]');
      await gridDrawn(page, 'saved');
      await page.waitForFunction(() => !(window as unknown as { taixinAtlas: Hook }).taixinAtlas.map.isMoving(), undefined, { timeout: 15_000 });
      await settle(page);
      const where = `${viewport.width}×${viewport.height} ${lang}`;
      const legend = await boxOf(page, '[data-testid="legend"]');
      for (const [name, place] of [['望都北', WANGDU_NORTH], ['雄安', XIONGAN]] as const) {
        const p = await screenPoint(page, place);
        expect(inside(p, legend), `${where}: ${name} ${JSON.stringify(p)} under the legend ${JSON.stringify(legend)}`).toBe(false);
        expect(p.x, `${where}: ${name} on screen`).toBeLessThan(viewport.width);
      }
      const frame = await sceneFrame(page);
      expect(frame.right, `${where}: the scene's frame ends left of the legend`).toBeLessThanOrEqual(legend.x + 1);
      // The assumptions stand beside the figures on the projector too.
      expect(await page.isVisible('[data-testid="access-legend-assumptions"]')).toBe(true);
      // On a projector the legend reaches up to the title band rather than scrolling, and stays clear of it.
      const band = await boxOf(page, '[data-testid="briefing-caption"]');
      expect(legend.y, `${where}: the legend starts below the title band`).toBeGreaterThanOrEqual(band.y + band.height);
      if (viewport.height >= 720) {
        const scroll = await page.$eval('[data-testid="legend"]', (el) => el.scrollHeight - el.clientHeight);
        expect(scroll, `${where}: the legend shows all its rows without scrolling`).toBeLessThanOrEqual(1);
      }
      await page.screenshot({ path: `/tmp/layout-scene9-${viewport.width}-${lang}.png` });
      expect(consoleErrors).toEqual([]);
      await page.close();
    }
  }, 300_000);
});
