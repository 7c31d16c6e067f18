import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, SCREENSHOTS, screenshot, settle, useBrowser } from './browser.ts';

const appUrl = inject('appUrl');

type Xy = { x: number; y: number };
interface Hook {
  taixinAtlas: {
    map: {
      project(c: [number, number]): Xy;
      getCanvas(): HTMLCanvasElement;
      queryRenderedFeatures(g: [[number, number], [number, number]] | { layers: string[] }, o?: { layers: string[] }): Array<{ properties: { label: string; kind: string } }>;
    };
  };
}

/** Screen position (page pixels) of a lon/lat on the map. */
async function px(page: Page, lon: number, lat: number): Promise<[number, number]> {
  const box = await page.locator('[data-testid="map"]').boundingBox();
  const q = await page.evaluate(([x, y]) => (window as unknown as Hook).taixinAtlas.map.project([x as number, y as number]), [lon, lat]);
  return [(box?.x ?? 0) + q.x, (box?.y ?? 0) + q.y];
}

/** Clicks each vertex like a person would, double-clicking the last to finish. */
async function drawBy(page: Page, vertices: Array<[number, number]>): Promise<void> {
  const at: Array<[number, number]> = [];
  for (const [lon, lat] of vertices) at.push(await px(page, lon, lat));
  for (const [x, y] of at.slice(0, -1)) {
    await page.mouse.move(x, y, { steps: 3 });
    await page.mouse.click(x, y);
  }
  const [x, y] = at.at(-1) as [number, number];
  await page.mouse.move(x, y, { steps: 3 });
  await page.mouse.dblclick(x, y);
  await page.waitForTimeout(600); // the finishing clicks and any zoom animation are over by now
}

/**
 * Where each measuring label is drawn, as MapLibre placed it: the screen is probed in small boxes,
 * and a rendered symbol answers a probe that meets its collision box. Hidden labels answer none.
 */
async function labelBoxes(page: Page, around: { x0: number; y0: number; x1: number; y1: number }) {
  return page.evaluate((r) => {
    const map = (window as unknown as Hook).taixinAtlas.map;
    const step = 4;
    const boxes = new Map<string, { kind: string; x0: number; y0: number; x1: number; y1: number }>();
    let shared = 0; // probes that meet the total and a side length at once
    for (let y = r.y0; y < r.y1; y += step) {
      for (let x = r.x0; x < r.x1; x += step) {
        const hits = map.queryRenderedFeatures([[x, y], [x + step, y + step]], { layers: ['measure-labels'] });
        const kinds = new Set(hits.map((h) => h.properties.kind));
        if (kinds.has('total') && kinds.has('segment')) shared++;
        for (const h of hits) {
          const key = `${h.properties.kind}:${h.properties.label}`;
          const b = boxes.get(key) ?? { kind: h.properties.kind, x0: x, y0: y, x1: x + step, y1: y + step };
          boxes.set(key, { kind: b.kind, x0: Math.min(b.x0, x), y0: Math.min(b.y0, y), x1: Math.max(b.x1, x + step), y1: Math.max(b.y1, y + step) });
        }
      }
    }
    return { shared, boxes: [...boxes].map(([key, b]) => ({ key, ...b })) };
  }, around);
}

describe('what a person sees of a measured area and of the compared sites', () => {
  const browser = useBrowser();

  it('measuring an area of about 15 × 20 km in zh: the area label is shown, and no side length prints over it', async () => {
    const { page } = await openApp(browser(), `${appUrl}#map=10/38.29/112.686`, { width: 1280, height: 800 });
    await page.click('[data-testid="tab-measure"]');
    await page.getByRole('button', { name: '量面积' }).click();
    await page.waitForSelector('[data-testid="mode-line"]');
    // 0.172° of longitude at 38.3° N is about 15 km; 0.18° of latitude about 20 km.
    const ring: Array<[number, number]> = [[112.6, 38.2], [112.772, 38.2], [112.772, 38.38], [112.6, 38.38]];
    await drawBy(page, ring);
    await settle(page);
    const panel = (await page.textContent('[data-testid="measure-result"]')) ?? '';
    const km2 = /面积 ([\d.,]+) 平方公里/.exec(panel)?.[1];
    expect(Number(km2?.replace(/,/g, ''))).toBeGreaterThan(290);
    expect(Number(km2?.replace(/,/g, ''))).toBeLessThan(320);

    const corners = await Promise.all(ring.map(([lon, lat]) => page.evaluate(([x, y]) => (window as unknown as Hook).taixinAtlas.map.project([x as number, y as number]), [lon, lat])));
    const canvas = await page.evaluate(() => ({ w: (window as unknown as Hook).taixinAtlas.map.getCanvas().clientWidth, h: (window as unknown as Hook).taixinAtlas.map.getCanvas().clientHeight }));
    const xs = corners.map((c) => c.x);
    const ys = corners.map((c) => c.y);
    const around = { x0: Math.max(0, Math.min(...xs) - 160), y0: Math.max(0, Math.min(...ys) - 60), x1: Math.min(canvas.w, Math.max(...xs) + 160), y1: Math.min(canvas.h, Math.max(...ys) + 60) };
    const { shared, boxes } = await labelBoxes(page, around);
    const total = boxes.filter((b) => b.kind === 'total');
    const sides = boxes.filter((b) => b.kind === 'segment');
    // The area label is on the map, with the figure the panel gives.
    expect(total).toHaveLength(1);
    expect(total[0]?.key).toContain(`面积 ${km2} 平方公里`);
    // No side length meets it: no probe answers with both, and their boxes are apart.
    expect(shared).toBe(0);
    const t = total[0] as { x0: number; y0: number; x1: number; y1: number };
    for (const s of sides) expect(s.x1 <= t.x0 || s.x0 >= t.x1 || s.y1 <= t.y0 || s.y0 >= t.y1, s.key).toBe(true);
    // Side lengths give way only where they would collide: the top and bottom ones still show.
    expect(sides.length).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'measure-area-zh');
    await page.close();
  });

  it('compared sites\' thumbnails: every name inside the picture, and no text over another text or a dot, in zh and en', async () => {
    const { page } = await openApp(browser(), appUrl, { width: 1280, height: 800 });
    await page.click('[data-testid="tab-sites"]');
    await page.waitForSelector('[data-testid="site-list"] li');
    const ids = await page.locator('[data-testid^="compare-"][type="checkbox"]').evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').slice('compare-'.length)));
    expect(ids.length).toBeGreaterThanOrEqual(4);
    // The three the reviewer compared first, then every candidate, four at a time.
    const groups = [['park-xinzhou-edz', 'dayu-core', 'xindong-core']];
    for (let i = 0; i < ids.length; i += 4) groups.push(ids.slice(i, i + 4));
    let labels = 0;
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') await page.click('[data-testid="lang-switch"]');
      for (const group of groups) {
        if (group.length < 2) continue;
        for (const id of group) await page.click(`[data-testid="compare-${id}"]`);
        await page.click('[data-testid="compare-open"]');
        await page.waitForSelector('[data-testid="site-compare"] svg.mini');
        await page.evaluate(() => document.fonts.ready);
        if (lang === 'zh' && group === groups[0]) await page.locator('[data-testid="site-compare"] tbody tr').first().screenshot({ path: join(SCREENSHOTS, 'compare-thumbs-zh.png') });
        if (lang === 'en' && group === groups[0]) await page.locator('[data-testid="site-compare"] tbody tr').first().screenshot({ path: join(SCREENSHOTS, 'compare-thumbs-en.png') });
        const problems = await page.evaluate(() => {
          const out: string[] = [];
          let count = 0;
          type B = { x0: number; y0: number; x1: number; y1: number; what: string };
          const meet = (a: B, b: B) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
          for (const svg of document.querySelectorAll<SVGSVGElement>('[data-testid="site-compare"] svg.mini')) {
            const w = svg.width.baseVal.value;
            const h = svg.height.baseVal.value;
            // Across, as the browser measured the words; up and down, the em box of each line from
            // its baseline (a text's own box adds the font's line gap, which no glyph reaches).
            const texts: B[] = [...svg.querySelectorAll<SVGTextElement>('text')].map((el) => {
              const b = el.getBBox();
              const size = Number(el.getAttribute('font-size'));
              const spans = el.querySelectorAll('tspan').length || 1;
              const y = Number(el.getAttribute('y'));
              return { x0: b.x, x1: b.x + b.width, y0: y - 0.88 * size, y1: y + (spans - 1) * 11 + 0.12 * size, what: el.textContent ?? '' };
            });
            const dots: B[] = [...svg.querySelectorAll<SVGCircleElement>('circle')].map((c) => {
              const [x, y, r] = [c.cx.baseVal.value, c.cy.baseVal.value, c.r.baseVal.value];
              return { x0: x - r, x1: x + r, y0: y - r, y1: y + r, what: `dot ${c.textContent ?? 'site'}` };
            });
            count += svg.querySelectorAll('[data-mini-label]').length;
            for (const [i, a] of texts.entries()) {
              if (a.x0 < 0 || a.y0 < 0 || a.x1 > w || a.y1 > h) out.push(`${a.what} is cut at the edge (${a.x0.toFixed(1)}–${a.x1.toFixed(1)} of ${w})`);
              for (const b of texts.slice(i + 1)) if (meet(a, b)) out.push(`${a.what} meets ${b.what}`);
              for (const d of dots) if (meet(a, d)) out.push(`${a.what} meets ${d.what}`);
            }
          }
          return { out, count };
        });
        expect(problems.out, `${lang} ${group.join(',')}`).toEqual([]);
        labels += problems.count;
        await page.locator('[data-testid="site-compare"] .actions button').last().click();
        for (const id of group) await page.click(`[data-testid="compare-${id}"]`);
      }
    }
    // Names are left out only where they cannot fit: most are drawn.
    expect(labels).toBeGreaterThan(0);
    await page.close();
  });
});
