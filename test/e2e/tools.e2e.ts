import { distance } from '@turf/turf';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, screenshot, settle, useBrowser } from './browser.ts';

const appUrl = inject('appUrl');

interface Hook {
  taixinAtlas: {
    map: { project(c: [number, number]): { x: number; y: number }; unproject(p: [number, number]): { lng: number; lat: number }; getZoom(): number; getLayer(id: string): unknown; queryRenderedFeatures(o: { layers: string[] }): unknown[] };
    state: { tool: string; drawn: unknown; panel: string };
  };
}

/** Screen position (page pixels) of a lon/lat on the map. */
async function px(page: Page, lon: number, lat: number): Promise<[number, number]> {
  const box = await page.locator('[data-testid="map"]').boundingBox();
  const q = await page.evaluate(([x, y]) => (window as unknown as Hook).taixinAtlas.map.project([x as number, y as number]), [lon, lat]);
  return [(box?.x ?? 0) + q.x, (box?.y ?? 0) + q.y];
}

/** Clicks each vertex like a person would (move, then click); returns where, on the page. */
async function clickVertices(page: Page, vertices: Array<[number, number]>): Promise<Array<[number, number]>> {
  const at: Array<[number, number]> = [];
  for (const [lon, lat] of vertices) at.push(await px(page, lon, lat));
  for (const [x, y] of at) {
    await page.mouse.move(x, y, { steps: 3 });
    await page.mouse.click(x, y);
  }
  return at;
}

/** Clicks each vertex, then double-clicks the last to finish. */
async function drawBy(page: Page, vertices: Array<[number, number]>): Promise<Array<[number, number]>> {
  const at = [...(await clickVertices(page, vertices.slice(0, -1))), await px(page, ...(vertices.at(-1) as [number, number]))];
  const [x, y] = at.at(-1) as [number, number];
  await page.mouse.move(x, y, { steps: 3 });
  await page.mouse.dblclick(x, y);
  await page.waitForTimeout(600); // the finishing clicks and any zoom animation would be over by now
  return at;
}

const state = (page: Page) => page.evaluate(() => ({ tool: (window as unknown as Hook).taixinAtlas.state.tool, drawn: !!(window as unknown as Hook).taixinAtlas.state.drawn, zoom: (window as unknown as Hook).taixinAtlas.map.getZoom() }));
const popups = (page: Page) => page.locator('.maplibregl-popup').count();
// A square inside the zone (and inside its boundary polygon, whose popup used to open).
const SQUARE: Array<[number, number]> = [[112.62, 38.2], [112.72, 38.2], [112.72, 38.28], [112.62, 38.28]];

describe('one map, one active tool', () => {
  const browser = useBrowser();

  it('closing a drawn area opens no popup and keeps the zoom, for the query, measure and site tools', async () => {
    const { page } = await openApp(browser(), `${appUrl}#map=10/38.24/112.67`, { width: 1440, height: 900 });
    const tools: Array<[string, () => Promise<void>]> = [
      ['query area', async () => (await page.click('[data-testid="tab-query"]'), await page.getByRole('button', { name: '绘制区域' }).click())],
      ['measure area', async () => (await page.click('[data-testid="tab-measure"]'), await page.getByRole('button', { name: '量面积' }).click())],
      ['site outline', async () => (await page.click('[data-testid="tab-sites"]'), await page.click('[data-testid="add-site-area"]'))],
    ];
    for (const [what, start] of tools) {
      await start();
      await page.waitForSelector('[data-testid="mode-line"]');
      const before = await state(page);
      await drawBy(page, SQUARE);
      const after = await state(page);
      expect(await popups(page), what).toBe(0);
      expect(after.zoom, what).toBeCloseTo(before.zoom, 6);
      expect(after.tool, what).toBe('none');
    }
    await screenshot(page, 'tools-after-drawing');
    await page.close();
  });

  it('measures a line right after a query drawing: within 0.5 % of the geodesic length, zoom unchanged, no popup, labels on the map', async () => {
    const { page } = await openApp(browser(), `${appUrl}#map=10/38.24/112.67`, { width: 1440, height: 900 });
    await page.click('[data-testid="tab-query"]');
    await page.getByRole('button', { name: '绘制区域' }).click();
    await drawBy(page, SQUARE);
    await page.click('[data-testid="tab-measure"]');
    await page.getByRole('button', { name: '量距离' }).click();
    const zoom = (await state(page)).zoom;
    // Three clicks and a finishing double-click: four vertices.
    const screen = await drawBy(page, [[112.55, 38.15], [112.65, 38.18], [112.7, 38.3], [112.8, 38.32]]);
    const box = await page.locator('[data-testid="map"]').boundingBox();
    const lonlat = await page.evaluate(
      (pts) => pts.map(([x, y]) => (window as unknown as Hook).taixinAtlas.map.unproject([x, y])).map((c) => [c.lng, c.lat]),
      screen.map(([x, y]) => [x - (box?.x ?? 0), y - (box?.y ?? 0)] as [number, number]),
    );
    let expected = 0;
    for (let i = 1; i < lonlat.length; i++) expected += distance(lonlat[i - 1] as number[], lonlat[i] as number[], { units: 'kilometers' });
    const text = (await page.textContent('[data-testid="measure-result"]')) ?? '';
    const km = Number(/长度 ([\d.,]+) 公里/.exec(text)?.[1]?.replace(/,/g, ''));
    expect(Math.abs(km - expected) / expected).toBeLessThan(0.005);
    expect((await state(page)).zoom).toBeCloseTo(zoom, 6);
    expect(await popups(page)).toBe(0);
    await settle(page);
    const labels = await page.evaluate(() => (window as unknown as Hook).taixinAtlas.map.queryRenderedFeatures({ layers: ['measure-labels'] }).length);
    expect(labels).toBeGreaterThanOrEqual(4); // three segments and the total
    // The query's area is still the query's: measuring never replaces it.
    expect(await page.evaluate(() => (window as unknown as { taixinAtlas: { state: { drawn: { geometry: { type: string } } | null } } }).taixinAtlas.state.drawn?.geometry.type)).toBe('Polygon');
    await screenshot(page, 'tools-measured');
    await page.close();
  });

  it('leaving a tool\'s panel mid-drawing ends the drawing', async () => {
    const { page } = await openApp(browser(), `${appUrl}#map=10/38.24/112.67`, { width: 1440, height: 900 });
    await page.click('[data-testid="tab-query"]');
    await page.getByRole('button', { name: '绘制区域' }).click();
    await clickVertices(page, SQUARE.slice(0, 2));
    await page.click('[data-testid="tab-measure"]');
    await page.waitForTimeout(300);
    expect(await state(page)).toMatchObject({ tool: 'none', drawn: false });
    expect(await page.locator('[data-testid="mode-line"]').count()).toBe(0);
    await page.close();
  });

  it('Esc cancels a drawing in progress and leaves no shape', async () => {
    const { page } = await openApp(browser(), `${appUrl}#map=10/38.24/112.67`, { width: 1440, height: 900 });
    await page.click('[data-testid="tab-query"]');
    await page.getByRole('button', { name: '绘制区域' }).click();
    await clickVertices(page, SQUARE.slice(0, 3));
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(await state(page)).toMatchObject({ tool: 'none', drawn: false });
    expect(await page.locator('[data-testid="mode-line"]').count()).toBe(0);
    // Nothing of the half-drawn outline is left on the map (terra-draw draws it in td-* layers).
    const left = await page.evaluate(() => {
      const m = (window as unknown as { taixinAtlas: { map: { getStyle(): { layers: Array<{ id: string }> }; queryRenderedFeatures(o: { layers: string[] }): unknown[] } } }).taixinAtlas.map;
      const td = m.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('td-'));
      return td.length ? m.queryRenderedFeatures({ layers: td }).length : 0;
    });
    expect(left).toBe(0);
    await page.close();
  });

  it('a query from a drawn area goes into the link, and the link brings back the area and the answer', async () => {
    const { page } = await openApp(browser(), `${appUrl}#map=10/38.24/112.67`, { width: 1440, height: 900 });
    await page.click('[data-testid="tab-query"]');
    await page.selectOption('[data-testid="query-target"]', 'stations');
    await page.selectOption('[data-testid="query-op"]', 'inside');
    await page.getByRole('button', { name: '绘制区域' }).click();
    await drawBy(page, [[112.5, 38.1], [112.8, 38.1], [112.8, 38.4], [112.5, 38.4]]);
    await page.click('[data-testid="query-run"]');
    await page.waitForSelector('[data-testid="query-count"]');
    const count = await page.textContent('[data-testid="query-count"]');
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toMatch(/q=inside~stations~geom\.p\./);
    const drawn = (await page.evaluate(() => (window as unknown as { taixinAtlas: { state: { drawn: { geometry: { coordinates: number[][][] } } } } }).taixinAtlas.state.drawn.geometry.coordinates[0])) ?? [];

    const again = await openApp(browser(), `${appUrl}${hash}`, { width: 1440, height: 900 });
    await again.page.waitForSelector('[data-testid="query-count"]', { timeout: 30_000 });
    expect(await again.page.textContent('[data-testid="query-count"]')).toBe(count);
    const restored = await again.page.evaluate(() => (window as unknown as { taixinAtlas: { state: { drawn: { geometry: { coordinates: number[][][] } } | null } } }).taixinAtlas.state.drawn?.geometry.coordinates[0]);
    expect(restored?.length).toBe(drawn.length);
    restored?.forEach((p, i) => {
      expect(Math.abs((p[0] as number) - (drawn[i]?.[0] as number))).toBeLessThan(1e-5);
      expect(Math.abs((p[1] as number) - (drawn[i]?.[1] as number))).toBeLessThan(1e-5);
    });
    // The answer comes with its shape on the map.
    await settle(again.page);
    expect(await again.page.evaluate(() => (window as unknown as Hook).taixinAtlas.map.queryRenderedFeatures({ layers: ['query-shape--line'] }).length)).toBeGreaterThan(0);
    await screenshot(again.page, 'query-drawn-link');
    await again.page.close();
    await page.close();
  });
});
