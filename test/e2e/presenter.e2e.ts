import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from 'fast-png';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, screenshot, settle, useBrowser } from './browser.ts';

const appUrl = inject('appUrl');
const PROJECTOR = { width: 1920, height: 1080 };
const README_SHOTS = join(import.meta.dirname, '../screenshots');

type Win = {
  taixinAtlas: {
    map: {
      getCenter(): { lng: number; lat: number };
      getZoom(): number;
      isMoving(): boolean;
      queryRenderedFeatures(o: { layers: string[] }): Array<{ properties: Record<string, unknown> }>;
      getSource(id: string): { serialize(): { data: unknown } } | undefined;
    };
    state: { query: { status: string; matches: Array<{ feature: { properties: Record<string, unknown> } }>; sources: unknown[] }; lang: string };
  };
};

/**
 * The scene's framed area (1280×720 CSS px at its authored zoom, what an export shows) lies
 * wholly in the part of the screen the title band and the controls leave free, and fills it
 * along one side: worked out with plain Web Mercator, not the app's code.
 */
async function frameFits(page: Page, lng: number, lat: number, zoom: number, screen = PROJECTOR, left = 0): Promise<void> {
  const world = 512 * 2 ** zoom;
  const x = ((lng + 180) / 360) * world;
  const y = ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * world;
  const lonLat = (px: number, py: number): [number, number] => [(px / world) * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / world))) * 180) / Math.PI];
  const corners = [lonLat(x - 640, y - 360), lonLat(x + 640, y + 360)];
  const [a, b] = await page.evaluate((cs) => cs.map((c) => (window as unknown as { taixinAtlas: { map: { project(c: [number, number]): { x: number; y: number } } } }).taixinAtlas.map.project(c)), corners);
  const band = await page.locator('[data-testid="briefing-caption"]').boundingBox();
  const bar = await page.locator('[data-testid="briefing-bar"]').boundingBox();
  if (!a || !b || !band || !bar) throw new Error('no frame');
  const free = { top: band.y + band.height, bottom: bar.y, left, right: screen.width };
  const frame = { left: a.x, top: a.y, right: b.x, bottom: b.y };
  expect(frame.top, 'frame clear of the title band').toBeGreaterThanOrEqual(free.top - 1);
  expect(frame.bottom, 'frame clear of the controls').toBeLessThanOrEqual(free.bottom + 1);
  expect(frame.left).toBeGreaterThanOrEqual(free.left - 1);
  expect(frame.right).toBeLessThanOrEqual(free.right + 1);
  const fill = Math.max((frame.right - frame.left) / (free.right - free.left), (frame.bottom - frame.top) / (free.bottom - free.top));
  expect(fill, 'frame fills the free area along one side').toBeGreaterThan(0.9);
}

async function cameraAt(page: Page, lng: number, lat: number, zoom: number): Promise<void> {
  await page.waitForFunction(
    ([x, y, z]) => {
      const m = (window as unknown as Win).taixinAtlas.map;
      const c = m.getCenter();
      return !m.isMoving() && Math.abs(c.lng - (x as number)) < 1e-4 && Math.abs(c.lat - (y as number)) < 1e-4 && (z as number) > 0;
    },
    [lng, lat, zoom],
    { timeout: 15_000 },
  );
  await settle(page);
}

/**
 * A scene's chart covers none of the projects drawn (each ring, radius and all, lies right of it,
 * below the title band, above the controls, on screen), and its key and total show without
 * scrolling inside it. Returns the chart's right edge.
 */
async function chartClearOfProjects(page: Page, screen: { width: number; height: number }): Promise<number> {
  const chart = page.locator('[data-testid="scene-chart"]');
  const box = await chart.boundingBox();
  const band = await page.locator('[data-testid="briefing-caption"]').boundingBox();
  const bar = await page.locator('[data-testid="briefing-bar"]').boundingBox();
  if (!box || !band || !bar) throw new Error('no chart');
  // Key and total lie within the chart's box as it first shows (no scrolling to reach them).
  expect(await chart.evaluate((el) => el.scrollTop)).toBe(0);
  for (const part of ['.parts', '[data-testid="chart-total-investmentByIndustry"]']) {
    const p = await chart.locator(part).boundingBox();
    expect(p && p.y >= box.y && p.y + p.height <= box.y + box.height + 1, `${part} ${JSON.stringify(p)} within the chart ${JSON.stringify(box)}`).toBe(true);
  }
  const rings = await page.evaluate(() => {
    const { map, state } = (window as unknown as { taixinAtlas: { map: { project(c: [number, number]): { x: number; y: number } }; state: { collections: Record<string, { features: Array<{ geometry: { type: string; coordinates: [number, number] } | null; properties: { id: string } }> }> } } }).taixinAtlas;
    return state.collections.projects?.features.flatMap((f) => (f.geometry?.type === 'Point' ? [{ id: f.properties.id, ...map.project(f.geometry.coordinates) }] : [])) ?? [];
  });
  expect(rings.length).toBe(14);
  const R = 10;
  for (const r of rings) {
    const where = `${r.id} at ${Math.round(r.x)},${Math.round(r.y)}; chart ${JSON.stringify(box)}`;
    expect(r.x - R, `${where}: clear of the chart`).toBeGreaterThanOrEqual(box.x + box.width);
    expect(r.y - R, `${where}: below the title band`).toBeGreaterThanOrEqual(band.y + band.height);
    expect(r.y + R, `${where}: above the controls`).toBeLessThanOrEqual(bar.y);
    expect(r.x + R, `${where}: on screen`).toBeLessThanOrEqual(screen.width);
  }
  return box.x + box.width;
}

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Each element is visible, wholly on screen, and overlaps none of the others. */
async function unobstructed(page: Page, selectors: Record<string, string>, screen = PROJECTOR): Promise<Box[]> {
  const boxes: Box[] = [];
  for (const [name, sel] of Object.entries(selectors)) {
    const el = page.locator(sel).first();
    expect(await el.isVisible(), `${name} is visible`).toBe(true);
    const b = await el.boundingBox();
    if (!b) throw new Error(`${name} has no box`);
    expect(b.x >= 0 && b.y >= 0 && b.x + b.width <= screen.width && b.y + b.height <= screen.height, `${name} is on screen: ${JSON.stringify(b)}`).toBe(true);
    boxes.push({ name, ...b });
  }
  for (const a of boxes)
    for (const b of boxes) {
      if (a.name >= b.name) continue;
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `${a.name} ${JSON.stringify(a)} overlaps ${b.name} ${JSON.stringify(b)}`).toBe(false);
    }
  return boxes;
}

const LAYOUT = {
  legend: '[data-testid="legend"]',
  scale: '.maplibregl-ctrl-scale',
  northArrow: '.maplibregl-ctrl-compass',
  caption: '[data-testid="briefing-caption"]',
  controls: '[data-testid="briefing-bar"]',
  attribution: '.maplibregl-ctrl-attrib',
  schematicNote: '[data-testid="schematic-note"]',
};

/** The names MapLibre actually placed for the query's matches (a label dropped by collision is absent). */
async function placedMatchLabels(page: Page): Promise<{ matched: string[]; placed: string[]; rings: number; sources: number }> {
  await page.waitForFunction(() => (window as unknown as Win).taixinAtlas.state.query.status === 'done', undefined, { timeout: 20_000 });
  await settle(page);
  return page.evaluate(() => {
    const { map, state } = (window as unknown as Win).taixinAtlas;
    const key = `name_${state.lang}`;
    const matched = state.query.matches.map((m) => String(m.feature.properties[key])).sort();
    const placed = [...new Set(map.queryRenderedFeatures({ layers: ['query-matches--label'] }).map((f) => String(f.properties.name)))].sort();
    const data = map.getSource('query-rings')?.serialize().data as { features?: unknown[] } | undefined;
    return { matched, placed, rings: data?.features?.length ?? -1, sources: state.query.sources.length };
  });
}

describe('presenting on a projector (1920×1080)', () => {
  const browser = useBrowser();

  it('fills the screen with the map, keeps legend, scale and north arrow clear, labels scene 6 by name, follows keys from the speaker window, and Esc brings the sidebar back', async () => {
    const { page, consoleErrors } = await openApp(browser(), appUrl, PROJECTOR);
    await page.click('[data-testid="tab-briefings"]');
    await page.click('[data-testid="present-zone-overview"]');
    await page.waitForSelector('[data-testid="briefing-caption"]');
    await cameraAt(page, 112.78, 38.52, 7.5);
    await frameFits(page, 112.78, 38.52, 7.5);

    // Full bleed: no sidebar, no toolbar; the map canvas takes the whole window.
    expect(await page.locator('aside.sidebar').isVisible()).toBe(false);
    expect(await page.locator('header.toolbar').isVisible()).toBe(false);
    const canvas = await page.locator('.maplibregl-canvas').boundingBox();
    expect(canvas).toMatchObject({ x: 0, y: 0, width: PROJECTOR.width, height: PROJECTOR.height });
    await unobstructed(page, LAYOUT);
    // The legend lists this scene's layers (the scene shows the stations, among others).
    await expect(page.locator('[data-testid="legend"] [data-legend-layer="stations"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.textContent('[data-testid="briefing-progress"]')).resolves.toBe('场景 1 / 9');

    // Scene 6: the parks within 5 km of a station, each named on the map, rings only round the stations that matched.
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await cameraAt(page, 112.8, 38.4, 8.2);
    await frameFits(page, 112.8, 38.4, 8.2);
    const six = await placedMatchLabels(page);
    expect(six.matched.length).toBeGreaterThan(0);
    expect(six.placed).toEqual(six.matched);
    expect(six.rings).toBeGreaterThan(0);
    expect(six.rings).toBeLessThan(77);
    await unobstructed(page, LAYOUT);
    const shot = await screenshot(page, 'briefing-scene6-zh');
    mkdirSync(README_SHOTS, { recursive: true });
    copyFileSync(shot, join(README_SHOTS, 'briefing-scene6-zh.png'));

    // The speaker view: notes, the next scene, a clock, and keys that drive the main window.
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.click('[data-testid="open-speaker"]')]);
    await speaker.waitForSelector('[data-testid="speaker-view"]');
    await expect(speaker.textContent('[data-testid="speaker-progress"]')).resolves.toBe('场景 6 / 9');
    await expect(speaker.textContent('[data-testid="speaker-next"]')).resolves.toContain('七大产业');
    await speaker.waitForSelector('[data-testid="speaker-next-still"]', { timeout: 30_000 });
    expect(await speaker.getAttribute('[data-testid="speaker-next-still"]', 'src')).toMatch(/^data:image\/png;base64,/);
    expect((await speaker.textContent('[data-testid="speaker-timer"]'))?.trim()).toMatch(/^\d\d:\d\d$/);
    await speaker.screenshot({ path: join(import.meta.dirname, '../output/speaker-view-zh.png') });
    await speaker.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-testid="briefing-progress"]')?.textContent === '场景 7 / 9');
    await expect(speaker.textContent('[data-testid="speaker-next"]')).resolves.toContain('重点项目：落地与推进');
    // Scene 8 hangs its chart under the title band, clear of the legend, the controls and the rest.
    await speaker.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-testid="briefing-progress"]')?.textContent === '场景 8 / 9');
    await expect(speaker.textContent('[data-testid="speaker-next"]')).resolves.toContain('雄忻高铁通车后');
    await cameraAt(page, 112.97, 38.47, 7.9);
    await page.waitForSelector('[data-testid="scene-chart"] canvas[data-bars]');
    // The chart counts as covered map: the scene's frame fits the map right of it.
    await frameFits(page, 112.97, 38.47, 7.9, PROJECTOR, await chartClearOfProjects(page, PROJECTOR));
    await unobstructed(page, { ...LAYOUT, chart: '[data-testid="scene-chart"]' });
    await screenshot(page, 'briefing-scene8-zh');
    // Esc from the speaker window: the audience explores, and the speaker view says so.
    await speaker.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="exploring"]');
    await expect(speaker.textContent('[data-testid="speaker-state"]')).resolves.toContain('自由浏览');
    await speaker.keyboard.press('.');
    await page.waitForSelector('[data-testid="briefing-caption"]');
    expect(await speaker.locator('[data-testid="speaker-state"]').count()).toBe(0);
    // Jumping from the scene list.
    await speaker.click('.list li:nth-child(2) button');
    await page.waitForFunction(() => document.querySelector('[data-testid="briefing-progress"]')?.textContent === '场景 2 / 9');

    // Closing the speaker view leaves the show running.
    await speaker.close();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-testid="briefing-progress"]')?.textContent === '场景 3 / 9');

    // Esc: the presenter explores, and the explore layout (toolbar, sidebar) is back.
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="exploring"]');
    expect(await page.locator('aside.sidebar').isVisible()).toBe(true);
    expect(await page.locator('header.toolbar').isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('presents the same scene in English, with English labels', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#briefing=zone-overview&scene=6&lang=en`, PROJECTOR);
    await page.waitForSelector('[data-testid="briefing-caption"]');
    await cameraAt(page, 112.8, 38.4, 8.2);
    await expect(page.textContent('[data-testid="briefing-progress"]')).resolves.toBe('Scene 6 / 9');
    const six = await placedMatchLabels(page);
    expect(six.placed).toEqual(six.matched);
    expect(six.placed.join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
    await unobstructed(page, LAYOUT);
    const shot = await screenshot(page, 'briefing-scene6-en');
    copyFileSync(shot, join(README_SHOTS, 'briefing-scene6-en.png'));
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('on a laptop screen with reduced motion, cuts from scene to scene and keeps the layout clear', async () => {
    const laptop = { width: 1280, height: 800 };
    const { page, consoleErrors } = await openApp(browser(), appUrl, laptop);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.click('[data-testid="tab-briefings"]');
    await page.click('[data-testid="present-zone-overview"]');
    await page.waitForSelector('[data-testid="briefing-caption"]');
    await cameraAt(page, 112.78, 38.52, 7.5);
    await frameFits(page, 112.78, 38.52, 7.5, laptop);
    // Count camera frames from here: a flight paints dozens, a cut one or two.
    await page.evaluate(() => {
      const w = window as unknown as { moves: number; taixinAtlas: { map: { on(e: string, f: () => void): void } } };
      w.moves = 0;
      w.taixinAtlas.map.on('move', () => (w.moves += 1));
    });
    await page.keyboard.press('ArrowRight');
    await cameraAt(page, 112.69, 38.195, 10.2);
    await frameFits(page, 112.69, 38.195, 10.2, laptop);
    expect(await page.evaluate(() => (window as unknown as { moves: number }).moves)).toBeLessThanOrEqual(2);
    // The highlighted core is named once, by the highlight: its own layer's label steps aside.
    const named = await page.evaluate(() => {
      const { map } = (window as unknown as Win).taixinAtlas;
      const ids = (layers: string[]) => map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id));
      return { highlight: ids(['briefing-highlight--label']), own: ids(['dayu--label', 'dayu--cluster-label']) };
    });
    expect(named.highlight).toContain('dayu-core');
    expect(named.own).not.toContain('dayu-core');
    await unobstructed(page, LAYOUT, laptop);
    await screenshot(page, 'briefing-laptop-zh');
    // Scene 8 on the laptop: its chart, key and total in view, beside the projects, not over them.
    // The last scene is the minutes-saved map; the projects scene is the one before it.
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.querySelector('[data-testid="briefing-progress"]')?.textContent === '场景 9 / 9');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('[data-testid="briefing-progress"]')?.textContent === '场景 8 / 9');
    await cameraAt(page, 112.97, 38.47, 7.9);
    await page.waitForSelector('[data-testid="scene-chart"] canvas[data-bars]');
    await settle(page);
    await frameFits(page, 112.97, 38.47, 7.9, laptop, await chartClearOfProjects(page, laptop));
    await unobstructed(page, { ...LAYOUT, chart: '[data-testid="scene-chart"]' }, laptop);
    await screenshot(page, 'briefing-laptop-scene8-zh');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('exports scene 6 with what the audience saw: the matched parks ringed and named', async () => {
    /** Pixels of the query's highlight yellow (#facc15) in an exported scene. */
    const yellowIn = async (page: Page): Promise<number> => {
      const [png] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-testid="export-png"]')]);
      const image = decode(readFileSync((await png.path()) as string));
      const d = image.data;
      let n = 0;
      for (let i = 0; i < image.width * image.height; i++) {
        const o = i * image.channels;
        if (Math.abs((d[o] as number) - 250) < 20 && Math.abs((d[o + 1] as number) - 204) < 25 && Math.abs((d[o + 2] as number) - 21) < 40) n++;
      }
      return n;
    };
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#briefing=zone-overview&scene=6`, PROJECTOR);
    await page.waitForSelector('[data-testid="briefing-caption"]');
    const six = await yellowIn(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-testid="briefing-progress"]')?.textContent === '场景 7 / 9');
    const seven = await yellowIn(page);
    expect(six).toBeGreaterThan(300);
    expect(seven).toBeLessThan(six / 10);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
