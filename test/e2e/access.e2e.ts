/**
 * The travel-time and minutes-saved maps (issue 15): the 通达 panel asks the worker for a 1 km
 * grid over the map area and draws it as graded bands under the data; the legend says what the
 * colours are in minutes, the scenario years, that the times are model estimates, and the
 * assumptions. The link keeps the map.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from 'fast-png';
import type { Point } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, SCREENSHOTS, screenshot, settle, useBrowser } from './browser.ts';
import { readRepoData } from './repoData.ts';

const appUrl = inject('appUrl');

const xinzhouxi = readRepoData<Point>('stations').features.find((f) => f.properties?.id === 'stn-xinzhouxi');
const [XZX_LON, XZX_LAT] = xinzhouxi?.geometry.coordinates as [number, number];
/** 大盂: well away from any station, so its figure is mostly the road leg. */
const DAYU: [number, number] = [112.689, 38.17475];

interface Drawn {
  spec: { to: string; view: string; assumptions: { speedKmh: number; scenario: { year?: string } } };
  width: number;
  height: number;
}
type Hook = { accessMap?: (Drawn & { valueAt(lon: number, lat: number): number; bandAt(lon: number, lat: number): number }) | null; map: { getLayer(id: string): unknown } };

/** Waits until the grid drawn is the one asked for (a newer answer replaces a stale one). */
async function gridDrawn(page: Page, want: { view: string; year?: string; speed?: number }): Promise<Drawn> {
  await page.waitForFunction(
    ([view, year, speed]) => {
      const a = (window as unknown as { taixinAtlas: Hook }).taixinAtlas.accessMap;
      return !!a && a.spec.view === view && (year === null || a.spec.assumptions.scenario.year === year) && (speed === null || a.spec.assumptions.speedKmh === speed);
    },
    [want.view, want.year ?? null, want.speed ?? null] as const,
    { timeout: 60_000 },
  );
  await settle(page);
  return page.evaluate(() => {
    const a = (window as unknown as { taixinAtlas: Hook }).taixinAtlas.accessMap as Drawn;
    return { spec: a.spec, width: a.width, height: a.height };
  });
}

const at = (page: Page, lon: number, lat: number) =>
  page.evaluate(([x, y]) => {
    const a = (window as unknown as { taixinAtlas: Hook }).taixinAtlas.accessMap;
    return { minutes: a?.valueAt(x, y) ?? NaN, band: a?.bandAt(x, y) ?? -1 };
  }, [lon, lat] as const);

const legendText = (page: Page) => page.textContent('[data-testid="access-legend"]');

describe('travel-time maps', () => {
  const browser = useBrowser();

  it('puts 忻州西 inside the ≤ 75 min band to 雄安 in 2027, and follows the access speed', async () => {
    const { page, consoleErrors } = await openApp(browser(), appUrl);
    await page.click('[data-testid="tab-access"]');
    await page.waitForSelector('[data-testid="access-panel"]');
    await expect(page.inputValue('[data-testid="access-to"]')).resolves.toBe('xiongan');
    await page.check('[data-testid="access-scenario-2027"]');
    const drawn = await gridDrawn(page, { view: 'time', year: '2027' });
    expect(drawn.spec.to).toBe('xiongan');
    expect([drawn.width, drawn.height]).toEqual([435, 245]);
    const xzx = await at(page, XZX_LON, XZX_LAT);
    // Bands 0 (≤ 60) and 1 (60–75): inside ≤ 75 min.
    expect(xzx.minutes).toBeLessThanOrEqual(75);
    expect(xzx.band).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => !!(window as unknown as { taixinAtlas: Hook }).taixinAtlas.map.getLayer('access-map--bands'))).toBe(true);
    await expect(page.textContent('[data-testid="access-legend-title"]')).resolves.toBe('到雄安 · 2027 年');
    const legend = await legendText(page);
    expect(legend).toContain('60–75 分钟');
    expect(legend).toContain('时间为模型估算，并非列车时刻表');
    expect(legend).toContain('公路时速 40 公里');
    await screenshot(page, 'access-xiongan-2027-zh');

    // A faster road leg shortens every cell's trip; a refused entry leaves the map as it was.
    const before = await at(page, ...DAYU);
    await page.fill('[data-testid="access-speedKmh"]', '0');
    await expect(page.textContent('[data-testid="access-speedKmh-error"]')).resolves.toContain('请输入 5–120 之间的数字');
    await page.fill('[data-testid="access-speedKmh"]', '80');
    await gridDrawn(page, { view: 'time', year: '2027', speed: 80 });
    const after = await at(page, ...DAYU);
    expect(after.minutes).toBeLessThan(before.minutes);
    expect(await page.isVisible('[data-testid="access-speedKmh-error"]')).toBe(false);
    await expect(legendText(page)).resolves.toContain('公路时速 80 公里');
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 180_000);

  it('shows the minutes saved with the years in the legend, in zh and en, and the link restores the map', async () => {
    const { page, consoleErrors } = await openApp(browser(), appUrl);
    await page.click('[data-testid="tab-access"]');
    await page.check('[data-testid="access-view-saved"]');
    await gridDrawn(page, { view: 'saved' });
    const saved = await at(page, XZX_LON, XZX_LAT);
    // 2022 → 2027 saves hours at 忻州西 (4 h 32 → 1 h 08 in the model): the top band (≥ 180 min).
    expect(saved.minutes).toBeGreaterThan(180);
    expect(saved.band).toBe(8);
    await expect(page.textContent('[data-testid="access-legend-title"]')).resolves.toBe('到雄安 · 节省分钟数，2022 → 2027 年');
    let legend = await legendText(page);
    for (const band of ['0 分钟（无变化）', '1–15 分钟', '30–60 分钟', '≥ 180 分钟']) expect(legend).toContain(band);
    expect(legend).toContain('时间为模型估算');
    await screenshot(page, 'access-saved-zh');

    await page.click('[data-testid="lang-switch"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect(page.textContent('[data-testid="access-legend-title"]')).resolves.toBe("To Xiong'an · minutes saved, 2022 → 2027");
    legend = await legendText(page);
    for (const band of ['0 min (no change)', '15–30 min', '≥ 180 min', 'Times are model estimates, not timetables.', 'Assumes: road 40 km/h']) expect(legend).toContain(band);
    await screenshot(page, 'access-saved-en');

    // The link carries the map; opened afresh it draws the same one.
    await page.selectOption('[data-testid="access-to"]', 'beijing');
    await page.waitForFunction(() => location.hash.includes('acc=beijing~saved'));
    const link = await page.evaluate(() => location.href);
    await page.close();
    const again = await openApp(browser(), link);
    const restored = await gridDrawn(again.page, { view: 'saved' });
    expect(restored.spec.to).toBe('beijing');
    await expect(again.page.textContent('[data-testid="access-legend-title"]')).resolves.toBe('To Beijing · minutes saved, 2022 → 2027');
    await expect(again.page.isChecked('[data-testid="access-view-saved"]')).resolves.toBe(true);
    expect([...consoleErrors, ...again.consoleErrors]).toEqual([]);
    await again.page.close();
  }, 180_000);

  it('shows the minutes saved to 雄安 in the briefing scene 雄忻高铁通车后, on screen and in its PNG', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#briefing=zone-overview&scene=9`, { width: 1920, height: 1080 });
    await page.waitForSelector('[data-testid="briefing-caption"]');
    await expect(page.textContent('[data-testid="briefing-caption"]')).resolves.toContain('雄忻高铁通车后');
    const drawn = await gridDrawn(page, { view: 'saved' });
    expect(drawn.spec.to).toBe('xiongan');
    await expect(page.textContent('[data-testid="access-legend-title"]')).resolves.toBe('到雄安 · 节省分钟数，2022 → 2027 年');
    await expect(legendText(page)).resolves.toContain('时间为模型估算');
    await screenshot(page, 'access-briefing-scene9-zh');
    const [png] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-testid="export-png"]')]);
    const image = decode(readFileSync((await png.path()) as string));
    copyFileSync((await png.path()) as string, join(SCREENSHOTS, 'export-access-scene9.png'));
    // The saved bands' oranges and browns (55 % over the light map) cover much of the exported map.
    let orange = 0;
    for (let i = 0; i < image.width * image.height; i++) {
      const o = i * image.channels;
      const [r, g, b] = [image.data[o] as number, image.data[o + 1] as number, image.data[o + 2] as number];
      if (r > 150 && r - g > 50 && g - b > 10 && b < 140) orange++;
    }
    expect(orange).toBeGreaterThan(image.width * image.height * 0.1);

    // Esc: the audience explores. The panel says the scene decides the map (not the user's own
    // settings below), and a language switch renames the scene's highlight.
    await page.keyboard.press('Escape');
    await page.click('[data-testid="tab-access"]');
    await expect(page.textContent('[data-testid="access-scene-note"]')).resolves.toContain('雄忻高铁通车后');
    await expect(page.textContent('[data-testid="access-scene-note"]')).resolves.toContain('节省分钟数');
    await page.click('[data-testid="lang-switch"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect(page.textContent('[data-testid="access-scene-note"]')).resolves.toContain('After the Xiongxin HSR opens');
    await page.waitForFunction(() => {
      const map = (window as unknown as { taixinAtlas: { map: { querySourceFeatures(id: string): Array<{ properties: Record<string, unknown> }> } } }).taixinAtlas.map;
      return map.querySourceFeatures('briefing-highlight').some((f) => f.properties.label === 'Xinzhou West');
    }, undefined, { timeout: 10_000 });
    await settle(page);
    await page.waitForTimeout(400); // the labels' cross-fade
    await screenshot(page, 'access-briefing-scene9-explore-en');
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 180_000);

  it('draws nothing for a custom scenario with no line ticked, and says why', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#lang=zh`);
    await page.click('[data-testid="tab-access"]');
    await gridDrawn(page, { view: 'time' });
    await page.check('[data-testid="access-scenario-custom"]');
    await page.waitForSelector('[data-testid^="access-line-"]');
    const ticked = page.locator('[data-testid^="access-line-"]:checked');
    while ((await ticked.count()) > 0) await ticked.first().uncheck();
    await page.waitForFunction(() => (window as unknown as { taixinAtlas: Hook }).taixinAtlas.accessMap === null);
    await expect(page.textContent('[data-testid="access-no-lines"]')).resolves.toContain('未选线路');
    await expect(page.textContent('[data-testid="access-legend-empty"]')).resolves.toContain('至少勾选一条线路');
    // No band rows: the legend lists nothing it does not draw.
    expect(await page.locator('[data-testid="access-legend"] > ul > li').count()).toBe(0);
    // One line back: the map returns.
    await page.check('[data-testid="access-line-daxi"]');
    await gridDrawn(page, { view: 'time' });
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
