import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, renderedCount, screenshot, settle, useBrowser } from './browser.ts';

const appUrl = inject('appUrl');

const held = (page: Page) =>
  page.evaluate(() => (window as unknown as { taixinAtlas: { state: { streams: Map<string, { held: number; loading: boolean }> } } }).taixinAtlas.state.streams.get('parcels'));

async function moveTo(page: Page, lng: number, lat: number, zoom: number): Promise<void> {
  await page.evaluate(([x, y, z]) => (window as unknown as { taixinAtlas: { map: { jumpTo(o: object): void } } }).taixinAtlas.map.jumpTo({ center: [x, y], zoom: z }), [lng, lat, zoom]);
  // Debounced read, then the map draws what arrived.
  await page.waitForFunction(() => {
    const s = (window as unknown as { taixinAtlas: { state: { streams: Map<string, { loading: boolean }> } } }).taixinAtlas.state.streams.get('parcels');
    return s && !s.loading;
  });
  await page.waitForTimeout(400);
  await page.waitForFunction(() => {
    const s = (window as unknown as { taixinAtlas: { state: { streams: Map<string, { loading: boolean }> } } }).taixinAtlas.state.streams.get('parcels');
    return s && !s.loading;
  });
  await settle(page);
}

describe('a million streamed parcels', () => {
  const browser = useBrowser();

  it('shows the parcels in view after each move, says "zoom in" when far out, and keeps the loaded count bounded', async () => {
    const { page, requests, consoleErrors } = await openApp(browser(), `${appUrl}#map=13/38.2/112.7&layers=parcels,counties`);
    await moveTo(page, 112.7, 38.2, 13);
    expect(await renderedCount(page, 'parcels')).toBeGreaterThan(100);
    await screenshot(page, 'parcels');
    const stops: Array<[number, number]> = [[112.9, 38.4], [113.3, 38.7], [112.2, 37.9], [113.8, 39.3], [112.5, 38.1]];
    for (const [x, y] of stops) {
      await moveTo(page, x, y, 13);
      expect(await renderedCount(page, 'parcels'), `${x}, ${y}`).toBeGreaterThan(100);
      expect((await held(page))?.held).toBeLessThanOrEqual(60_000);
    }
    await moveTo(page, 112.8, 38.5, 8);
    expect(await renderedCount(page, 'parcels')).toBe(0);
    await expect(page.textContent('[data-testid="stream-parcels"]')).resolves.toBe('放大至 12 级查看');
    // Range requests only: across six views the bytes read stay a small part of the file.
    expect(requests.filter((u) => u.endsWith('/large/parcels.fgb')).length).toBeGreaterThan(0);
    const read = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/large/parcels.fgb')).reduce((s, e) => s + (e as PerformanceResourceTiming).encodedBodySize, 0));
    const size = await page.evaluate(() => (window as unknown as { taixinAtlas: { state: { catalogue: { layers: Array<{ id: string; featureCount: number }> } } } }).taixinAtlas.state.catalogue.layers.find((l) => l.id === 'parcels')?.featureCount ?? 0);
    expect(size).toBe(1_000_000);
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(216 * 1024 * 1024 * 0.1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 120_000);

  it('a click on a parcel inside 大盂 opens the parcel, not 大盂 under it', async () => {
    const { page } = await openApp(browser(), `${appUrl}#map=15/38.187/112.68&layers=parcels,dayu`);
    await moveTo(page, 112.68, 38.187, 15);
    // A parcel drawn where 大盂 is drawn too: the screen point that shows both.
    const target = await page.evaluate(() => {
      const m = (window as unknown as { taixinAtlas: { map: { queryRenderedFeatures(a?: unknown, o?: { layers: string[] }): Array<{ properties: Record<string, unknown>; geometry: { coordinates: number[][][] } }>; project(c: number[]): { x: number; y: number } } } }).taixinAtlas.map;
      for (const f of m.queryRenderedFeatures(undefined, { layers: ['parcels--fill'] })) {
        const ring = (f.geometry.coordinates[0] ?? []).slice(0, -1);
        const c = [ring.reduce((s, p) => s + (p[0] as number), 0) / ring.length, ring.reduce((s, p) => s + (p[1] as number), 0) / ring.length];
        const at = m.project(c);
        const under = m.queryRenderedFeatures([at.x, at.y], { layers: ['dayu--fill'] });
        if (under.length) return { id: String(f.properties.id), x: at.x, y: at.y };
      }
      return null;
    });
    expect(target, 'a parcel inside 大盂 in view').not.toBeNull();
    const box = await page.locator('[data-testid="map"]').boundingBox();
    await page.mouse.click((box?.x ?? 0) + (target?.x ?? 0), (box?.y ?? 0) + (target?.y ?? 0));
    await page.waitForSelector('[data-testid="feature-popup"]');
    const popup = (await page.textContent('[data-testid="feature-popup"]')) ?? '';
    expect(popup).toContain(target?.id ?? '?');
    expect(popup).not.toContain('大盂产业新城');
    await page.close();
  }, 120_000);
});
