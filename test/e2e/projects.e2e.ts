/**
 * The key projects layer (issue 16), as a reader meets it: drawn hollow (示意) beside the park,
 * town or new city the sources name, with a legend row; the layer panel says how many are
 * listed but not drawn; a popup quotes the investment as published and its sources; a site
 * card lists the projects around it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, renderedCount, screenshot, settle, useBrowser } from './browser.ts';

const appUrl = inject('appUrl');
const projects = (JSON.parse(readFileSync(join(import.meta.dirname, '../../data/projects.geojson'), 'utf8')) as FeatureCollection).features;
const at = (id: string): [number, number] => {
  const g = projects.find((f) => f.properties?.id === id)?.geometry;
  if (g?.type !== 'Point') throw new Error(`${id} is not drawn`);
  return g.coordinates as [number, number];
};

interface Hook {
  taixinAtlas: {
    map: {
      jumpTo(o: { center: [number, number]; zoom: number }): void;
      project(c: [number, number]): { x: number; y: number };
      getCanvas(): HTMLCanvasElement;
      queryRenderedFeatures(o: { layers: string[] }): Array<{ properties: Record<string, unknown> }>;
      getPaintProperty(layer: string, prop: string): unknown;
    };
    state: { filters: Map<string, unknown>; visible: Set<string>; query: { status: string } };
  };
}

async function showProjects(page: Page): Promise<void> {
  await page.click('[data-testid="toggle-projects"]');
  await settle(page);
}

async function jump(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(([c, z]) => (window as unknown as Hook).taixinAtlas.map.jumpTo({ center: c as [number, number], zoom: z as number }), [center, zoom] as const);
  await settle(page);
}

/** Where a lon/lat is on the page. */
async function onPage(page: Page, c: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((c) => {
    const map = (window as unknown as Hook).taixinAtlas.map;
    const r = map.getCanvas().getBoundingClientRect();
    const p = map.project(c);
    return { x: r.left + p.x, y: r.top + p.y };
  }, c);
}

/** The RGB of the page's pixel at a point (a screenshot of that one pixel, decoded from PNG by the browser). */
async function pixel(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = new OffscreenCanvas(1, 1);
    const ctx = c.getContext('2d') as OffscreenCanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, 1, 1).data;
    return [d[0], d[1], d[2]] as [number, number, number];
  }, png.toString('base64'));
}

describe.each(['zh', 'en'] as const)('key projects, %s UI', (lang) => {
  const browser = useBrowser();
  const zh = lang === 'zh';

  it('are drawn as hollow rings (示意) with a legend row, and the panel says how many are listed but not drawn', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#lang=${lang}`);
    const notDrawn = (await page.textContent('[data-testid="not-drawn-projects"]')) ?? '';
    expect(notDrawn).toContain(zh ? '15 项仅知所在县市（或未说明地点），未上图' : '15 located only to a county or city (or not at all): listed, not drawn');
    expect(notDrawn).toContain(zh ? '1 项所在地本图无位置，未上图' : '1 at a site the atlas has no position for: listed, not drawn');
    // Hidden by default: positions are schematic and would sit on the parks' own markers at the opening zoom.
    expect(await renderedCount(page, 'projects')).toBe(0);
    await showProjects(page);
    await page.evaluate(() => (window as unknown as { taixinAtlas: { map: { fitBounds(b: number[], o: object): void } } }).taixinAtlas.map.fitBounds([112.4, 37.9, 113.65, 39.05], { padding: 40, animate: false }));
    await settle(page);
    expect(await renderedCount(page, 'projects')).toBe(14);
    const legend = ((await page.textContent('[data-testid="legend"] [data-legend-layer="projects"]')) ?? '').trim();
    expect(legend).toBe(zh ? '重点项目（示意位置）' : 'Key project (schematic position)');
    // Every drawn project is schematic, so the ring's fill is the halo colour and its stroke the project colour.
    const drawn = await page.evaluate(() => {
      const map = (window as unknown as Hook).taixinAtlas.map;
      return map.queryRenderedFeatures({ layers: ['projects--circle'] }).map((f) => f.properties.confidence);
    });
    expect(new Set(drawn)).toEqual(new Set(['schematic']));
    // Close up at 大盂: the ring is hollow — the page's own land shows between the ring and the dot.
    await jump(page, at('TX17'), 13);
    const c = await onPage(page, at('TX17'));
    const centre = await pixel(page, c.x, c.y);
    const inside = await pixel(page, c.x + 4, c.y);
    expect(centre[2]).toBeLessThan(60); // the dot: #a16207, dark gold
    expect(Math.min(...inside)).toBeGreaterThan(200); // the hollow: the white halo fill
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a popup quotes the investment as published, the timeline and the sources', async () => {
    const { page } = await openApp(browser(), `${appUrl}#lang=${lang}`);
    await showProjects(page);
    await jump(page, at('TX20'), 13);
    const p = await onPage(page, at('TX20'));
    await page.mouse.click(p.x, p.y);
    const popup = page.locator('[data-testid="feature-popup"]');
    await popup.waitFor();
    const text = (await popup.textContent()) ?? '';
    expect(text).toContain(zh ? '厚生锂电池隔膜项目' : 'Housheng lithium-battery separator project');
    expect(await page.textContent('[data-testid="popup-confidence"]')).toContain(zh ? '示意' : 'schematic');
    if (zh) {
      expect(text).toContain('46.35 亿元');
      expect(text).toContain('一期 23.0 亿元 + 二期 23.35 亿元（两期之和 46.35 亿元）');
      expect(text).toContain('2021-07-01 开工');
      expect(text).toContain('2024-11-28（年份推定） 二期产线陆续投产');
      expect(text).toContain('《阳曲工业园区厚生锂电池隔膜项目正式投产》');
      expect(text).toContain('园区、投资额、产能：有据');
    } else {
      expect(text).toContain('¥4.635 bn');
      expect(text).toContain('phase 1 ¥2.30 bn + phase 2 ¥2.335 bn');
      expect(text).toContain('2024-11-28 (year inferred) phase 2 lines start up');
      expect(text).toContain('stored copy on an unrelated third-party site');
      expect(text).toContain('park, investment, capacity: confirmed');
    }
    // The timeline and the sources are one step, one source a line.
    const timeline = popup.locator('dt[data-field="timeline"] + dd');
    expect((await timeline.innerText()).split('\n')).toHaveLength(4);
    expect((await popup.locator('footer').innerText()).split('\n').length).toBeGreaterThanOrEqual(3);
    await screenshot(page, `projects-popup-${lang}`);
    await page.close();
  });

  it('a site card near 大盂 lists the projects within 10 km by industry, as filtered', async () => {
    const { page } = await openApp(browser(), `${appUrl}#lang=${lang}`);
    await page.click('[data-testid="tab-sites"]');
    await page.click('[data-site-row="dayu-extent"] .name');
    const card = page.locator('[data-testid="site-nearby-projects"]');
    await card.waitFor();
    expect(await card.locator('h4').textContent()).toBe(zh ? '10 公里内的重点项目' : 'Key projects within 10 km');
    const listed = await card.locator('li[data-project]').evaluateAll((els) => els.map((e) => e.getAttribute('data-project')));
    expect(listed).toEqual(expect.arrayContaining(['TX11', 'TX12', 'TX14', 'TX17']));
    expect(await card.locator('dt').allTextContents()).toEqual(expect.arrayContaining(zh ? ['新材料', '高端装备'] : ['New materials', 'High-end equipment']));
    expect(await card.locator('li[data-project="TX12"]').textContent()).toContain(zh ? '（产业为推定）' : '(industry inferred)');
    // The projects sit at schematic points (±2–9 km): their distances are approximate and say so, never "0.9 公里".
    const distances = await card.locator('li[data-project] .km').allTextContents();
    expect(distances.length).toBe(listed.length);
    for (const d of distances) expect(d).toMatch(zh ? /^(约|不到) \d+ (公里|米)（示意位置）$/ : /^(about|under) \d+ (km|m) \(schematic position\)$/);
    await page.evaluate(() => (window as unknown as Hook).taixinAtlas.state.filters.set('projects', [{ kind: 'category', field: 'industry', values: ['new_materials'] }]));
    await expect.poll(() => card.locator('li[data-project]').count()).toBeLessThan(listed.length);
    expect(await card.locator('dt').allTextContents()).toEqual([zh ? '新材料' : 'New materials']);
    expect(await card.locator('h4').textContent()).toContain(zh ? '按当前筛选' : 'as filtered');
    await page.close();
  });

  it('gives query distances to schematic projects no finer than their positions allow', async () => {
    const { page } = await openApp(browser(), `${appUrl}#lang=${lang}&layers=projects,stations&q=within~projects~feature.stations.stn-yangqu~10000`);
    await page.waitForFunction(() => (window as unknown as Hook).taixinAtlas.state.query.status === 'done');
    const cells = await page.locator('[data-testid="query-results"] tbody tr td.num').allTextContents();
    expect(cells.length).toBeGreaterThan(0);
    // 阳曲站 is surveyed, but each project is a schematic point (±2–9 km): to the kilometre, marked as approximate.
    for (const c of cells) expect(c).toMatch(zh ? /^(约|不到) \d+ 公里（示意位置）$/ : /^(about|under) \d+ km \(schematic position\)$/);
    await screenshot(page, `projects-query-distances-${lang}`);
    await page.close();
  });

  it('look: around 大盂 and 忻州, in the light and the contrast palette', async () => {
    for (const style of ['light', 'contrast'] as const) {
      const { page } = await openApp(browser(), `${appUrl}#map=11.3/38.19/112.69&lang=${lang}&style=${style}`);
      await showProjects(page);
      await screenshot(page, `projects-dayu-${style}-${lang}`);
      await jump(page, [112.72, 38.46], 11.3);
      await screenshot(page, `projects-xinzhou-${style}-${lang}`);
      await jump(page, at('TX17'), 12.5);
      await screenshot(page, `projects-dayu-labels-${style}-${lang}`);
      await page.close();
    }
  });
});
