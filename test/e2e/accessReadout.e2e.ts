/**
 * The travel-time map's readout: the figure under the pointer, in words, in the access legend
 * (rounded to 5 minutes, marked as an estimate as the legend's note is), rewording itself with
 * the language and the view; a feature popup's line while the map is drawn; the map centre's
 * figure after a pan by keys.
 */
import type { Point } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, settle, useBrowser } from './browser.ts';
import { readRepoData } from './repoData.ts';

const appUrl = inject('appUrl');

const xinzhouxi = readRepoData<Point>('stations').features.find((f) => f.properties?.id === 'stn-xinzhouxi');
const [XZX_LON, XZX_LAT] = xinzhouxi?.geometry.coordinates as [number, number];

interface Hook {
  accessMap?: { spec: { view: string; assumptions: { scenario: { year?: string } } }; valueAt(lon: number, lat: number): number } | null;
  map: { project(c: [number, number]): { x: number; y: number }; getCenter(): { lng: number; lat: number } };
}

/** The figure as the readout should say it, worked out here rather than by the code under test. */
function approx(min: number, lang: 'zh' | 'en'): string {
  if (min < 2.5) return lang === 'zh' ? '不到 5 分' : 'under 5 min';
  const r = Math.round(min / 5) * 5;
  const [h, m] = [Math.floor(r / 60), r % 60];
  if (lang === 'zh') return `约 ${h === 0 ? `${m} 分` : m === 0 ? `${h} 小时` : `${h} 小时 ${m} 分`}`;
  return `about ${h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')} min`}`;
}

async function gridDrawn(page: Page, view: string, year: string | null): Promise<void> {
  await page.waitForFunction(
    ([v, y]) => {
      const a = (window as unknown as { taixinAtlas: Hook }).taixinAtlas.accessMap;
      return !!a && a.spec.view === v && (y === null || a.spec.assumptions.scenario.year === y);
    },
    [view, year] as const,
    { timeout: 60_000 },
  );
  await settle(page);
}

const valueAt = (page: Page, lon: number, lat: number) =>
  page.evaluate(([x, y]) => (window as unknown as { taixinAtlas: Hook }).taixinAtlas.accessMap?.valueAt(x, y) ?? NaN, [lon, lat] as const);

/** The page position of a place on the map. */
async function onScreen(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const box = await page.locator('[data-testid="map"]').boundingBox();
  const pt = await page.evaluate(([x, y]) => (window as unknown as { taixinAtlas: Hook }).taixinAtlas.map.project([x, y]), [lon, lat] as const);
  return { x: (box?.x ?? 0) + pt.x, y: (box?.y ?? 0) + pt.y };
}

const readout = (page: Page) => page.locator('[data-testid="access-readout"]');

/** Waits for the readout to say `want` (it follows the pointer once a frame), then returns what it says. */
async function readoutSays(page: Page, want: string): Promise<string> {
  await page.waitForFunction((w) => document.querySelector('[data-testid="access-readout"]')?.textContent === w, want, { timeout: 10_000 }).catch(() => undefined);
  return (await readout(page).textContent()) ?? '';
}

describe('the travel-time readout', () => {
  const browser = useBrowser();

  it('reads the minutes under the pointer at 忻州西, in zh and en, for both views, in a popup and by keys', async () => {
    const { page, consoleErrors } = await openApp(browser(), appUrl);
    await page.click('[data-testid="tab-access"]');
    await page.waitForSelector('[data-testid="access-panel"]');
    await page.check('[data-testid="access-scenario-2027"]');
    await gridDrawn(page, 'time', '2027');
    await page.waitForSelector('[data-testid="access-legend-note"]');
    await expect(readout(page).textContent()).resolves.toBe('将指针移到地图上，可读出该处的分钟数');

    const minutes = await valueAt(page, XZX_LON, XZX_LAT);
    expect(Number.isFinite(minutes)).toBe(true);
    const at = await onScreen(page, XZX_LON, XZX_LAT);
    await page.mouse.move(at.x, at.y);
    expect(await readoutSays(page, `指针处：${approx(minutes, 'zh')}（2027）·\u00a0估算`)).toBe(`指针处：${approx(minutes, 'zh')}（2027）·\u00a0估算`);
    await page.screenshot({ path: '/tmp/readout-zh.png' });

    // The language switch takes the pointer off the map (the hint again); back on 忻州西, in English.
    await page.click('[data-testid="lang-switch"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.mouse.move(at.x, at.y);
    expect(await readoutSays(page, `At pointer: ${approx(minutes, 'en')} (2027) ·\u00a0estimate`)).toBe(`At pointer: ${approx(minutes, 'en')} (2027) ·\u00a0estimate`);
    await page.screenshot({ path: '/tmp/readout-en.png' });

    // The minutes saved: the view's own words, without the year (the legend's title has both).
    await page.check('[data-testid="access-view-saved"]');
    await gridDrawn(page, 'saved', null);
    await page.mouse.move(at.x, at.y);
    const saved = await valueAt(page, XZX_LON, XZX_LAT);
    expect(saved).toBeGreaterThan(180);
    const savedLine = `At pointer: saves ${approx(saved, 'en')} ·\u00a0estimate`;
    expect(await readoutSays(page, savedLine)).toBe(savedLine);

    // A click there opens the topmost feature's popup (the 忻州经开区 area): it gains the figure at the clicked cell.
    await page.mouse.click(at.x, at.y);
    const popupLine = page.locator('[data-testid="popup-access"]');
    await popupLine.waitFor();
    await expect(popupLine.textContent()).resolves.toBe(`From here to Xiong'an (2022 → 2027): saves ${approx(saved, 'en')} ·\u00a0estimate`);
    await page.screenshot({ path: '/tmp/readout-popup.png' });

    // Off the map the readout goes back to its hint; a pan by keys reads the map's centre.
    await page.mouse.move(5, 5);
    expect(await readoutSays(page, 'Point at the map to read the minutes there')).toBe('Point at the map to read the minutes there');
    await page.focus('.maplibregl-canvas');
    await page.keyboard.press('ArrowRight');
    await settle(page);
    const centre = await page.evaluate(() => (window as unknown as { taixinAtlas: Hook }).taixinAtlas.map.getCenter());
    const atCentre = await valueAt(page, centre.lng, centre.lat);
    const centreLine = Number.isFinite(atCentre) ? `At map centre: ${atCentre < 0.5 ? 'no change' : `saves ${approx(atCentre, 'en')}`} ·\u00a0estimate` : 'At map centre: no station leads there';
    expect(await readoutSays(page, centreLine)).toBe(centreLine);
    await page.screenshot({ path: '/tmp/readout-keys.png' });

    // No travel-time map, no figure: the popup stays, without its line; the legend's readout goes.
    await page.uncheck('[data-testid="access-show"]');
    await page.waitForFunction(() => !(window as unknown as { taixinAtlas: Hook }).taixinAtlas.accessMap);
    await expect(popupLine.count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="feature-popup"]').count()).resolves.toBe(1);
    await expect(readout(page).count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 180_000);
});
