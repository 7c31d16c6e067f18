import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from 'fast-png';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { scanText } from '../../src/lib/i18n/scanText.ts';
import { openApp, SCREENSHOTS, screenshot, settle, useBrowser } from './browser.ts';
import { collectText } from './textScan.ts';

const appUrl = inject('appUrl');
const README_SHOTS = join(import.meta.dirname, '../screenshots');
const INVESTMENT = '[data-testid="chart-investmentByIndustry"]';

interface ProjectProps {
  industry: string;
  investment_cny?: number;
}
/** The shipped projects, read here from the data file: the figures the page must agree with. */
const projects = (JSON.parse(readFileSync(join(import.meta.dirname, '../../data/projects.geojson'), 'utf8')) as { features: Array<{ properties: ProjectProps }> }).features.map((f) => f.properties);
const published = (rows: ProjectProps[]) => rows.reduce((s, p) => s + (typeof p.investment_cny === 'number' ? p.investment_cny : 0), 0);

type Win = {
  taixinAtlas: {
    state: { filters: Map<string, unknown> };
    map: {
      getStyle(): { layers: Array<{ id: string; metadata?: Record<string, unknown> }> };
      queryRenderedFeatures(o: { layers: string[] }): Array<{ properties: Record<string, unknown> }>;
    };
  };
};

/** The bars of a chart as its text alternative gives them: key, value, name. */
const bars = (page: Page, chart: string) =>
  page.$$eval(`[data-testid="chart-table-${chart}"] tbody tr`, (rows) =>
    rows.map((r) => ({ key: r.getAttribute('data-key') ?? '', value: Number(r.getAttribute('data-value')), name: r.querySelector('th')?.textContent?.trim() ?? '' })),
  );

/** The table's totals line: rows shown and the investment sum. */
const totals = (page: Page) =>
  page.$eval('[data-testid="table-totals"]', (el) => ({
    rows: Number(el.getAttribute('data-rows')),
    investment: Number(el.querySelector('.sum[data-key="investment_cny"]')?.getAttribute('data-sum')),
  }));

/** Clicks a bar on the canvas where the chart says it drew it. */
async function clickBar(page: Page, chart: string, key: string): Promise<void> {
  const canvas = page.locator(`[data-testid="chart-${chart}"] canvas`);
  const where = JSON.parse((await canvas.getAttribute('data-bars')) ?? '[]') as Array<{ key: string; x: number; y: number }>;
  const bar = where.find((b) => b.key === key);
  const box = await canvas.boundingBox();
  if (!bar || !box) throw new Error(`no bar ${key} in ${chart}`);
  await page.mouse.click(box.x + bar.x, box.y + bar.y);
}

/** The industries of the projects MapLibre drew. */
const drawnIndustries = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as Win).taixinAtlas.map;
    const layers = map.getStyle().layers.filter((l) => l.metadata?.['atlas:layer'] === 'projects').map((l) => l.id);
    return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.industry)))];
  });

const projectsFilter = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as Win).taixinAtlas.state.filters.get('projects') ?? null)) as unknown);

/** Words of the other language in what the charts show (their text alternative included). */
async function foreignWords(page: Page, lang: 'zh' | 'en'): Promise<string[]> {
  const seen = await collectText(page, '[data-testid="layer-charts"]');
  expect(seen.length).toBeGreaterThan(10);
  return seen.flatMap(({ text }) => scanText(text, lang).map((w) => `${w} in "${text}"`));
}

/** Pixels of the investment bars' blue (#1d4ed8) in a box of a decoded PNG. */
function bluePixels(png: ReturnType<typeof decode>, box: { x0: number; y0: number; x1: number; y1: number }): number {
  let n = 0;
  for (let y = box.y0; y < box.y1; y++)
    for (let x = box.x0; x < box.x1; x++) {
      const o = (y * png.width + x) * png.channels;
      const [r, g, b] = [png.data[o] as number, png.data[o + 1] as number, png.data[o + 2] as number];
      if (Math.abs(r - 29) < 20 && Math.abs(g - 78) < 25 && Math.abs(b - 216) < 25) n++;
    }
  return n;
}

describe('charts of the projects layer', () => {
  const browser = useBrowser();

  it('sum to the table’s totals, filter the map, the table and each other by a click, and speak both languages', async () => {
    const { page, consoleErrors } = await openApp(browser(), appUrl, { width: 1600, height: 1000 });
    await page.click('[data-testid="toggle-projects"]');
    await page.click('[data-testid="charts-projects"]');
    await page.waitForSelector('[data-testid="table-drawer"][data-layer="projects"]');
    await page.waitForSelector(`${INVESTMENT} canvas[data-bars]`);
    await page.waitForSelector('[data-testid="table-totals"]');

    // Every project is a row and in the charts, drawn or not; the bars add up to the table's total and the data's.
    const all = await bars(page, 'investmentByIndustry');
    const sum = all.reduce((s, b) => s + b.value, 0);
    expect(sum).toBe(published(projects));
    expect(await totals(page)).toEqual({ rows: projects.length, investment: sum });
    expect(Number(await page.getAttribute('[data-testid="chart-total-projectsByPark"]', 'data-total'))).toBe(projects.length);
    expect(Number(await page.getAttribute('[data-testid="chart-total-signingsOverTime"]', 'data-total'))).toBe(projects.length);
    // Industries by the catalogue's words; a bar without any published figure says so instead of showing 0.
    expect(all.map((b) => b.name)).toContain('新材料');
    const unpublished = await page.$$eval(`[data-testid="chart-table-investmentByIndustry"] tbody tr[data-value="0"] td`, (tds) => tds.map((td) => td.textContent));
    expect(unpublished).toContain('未公布');
    // The chart says what its figures are: published plans, not money spent; the date chart says its dates are of many kinds.
    await expect(page.textContent(`${INVESTMENT} figcaption`)).resolves.toBe('各产业计划投资额（公布值，非完成额）');
    await expect(page.textContent('[data-testid="chart-signingsOverTime"] figcaption')).resolves.toBe('关键日期（签约、开工、报道等）');
    // A bar whose figures are only signed or planned is marked, and the note under the chart says what the mark means.
    await expect(page.textContent(`${INVESTMENT} [data-testid="chart-table-investmentByIndustry"] tr[data-key="green_energy"]`)).resolves.toContain('尚未开工');
    await expect(page.textContent(INVESTMENT)).resolves.toContain('† 含尚未开工项目');
    // The total is the table's, written alike, and says "at least": one figure is a range's low end.
    const footer = (await page.textContent('[data-testid="table-totals"] .sum[data-key="investment_cny"]'))?.trim() ?? '';
    expect(footer).toMatch(/至少 578\.79 亿元$/);
    await expect(page.textContent('[data-testid="chart-total-investmentByIndustry"]')).resolves.toContain('合计 至少 578.79 亿元');
    // No bar of projects that all lack a figure reads "another n".
    const lines = await page.$$eval('[data-testid="chart-table-investmentByIndustry"] tbody tr[data-value="0"] td:last-child', (tds) => tds.map((td) => td.textContent ?? ''));
    for (const l of lines) expect(l).not.toContain('另');
    expect(await foreignWords(page, 'zh')).toEqual([]);
    // The drawer drawn tall, so the picture shows the charts beside the rows.
    await page.click('[data-testid="table-height"]');
    await page.mouse.move(0, 0);
    await settle(page);
    const shot = await screenshot(page, 'table-chart-zh');
    mkdirSync(README_SHOTS, { recursive: true });
    copyFileSync(shot, join(README_SHOTS, 'table-chart-zh.png'));

    // A click on the 新材料 bar filters the layer: the table, the map and the other charts follow, and the link carries it.
    await clickBar(page, 'investmentByIndustry', 'new_materials');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="chart-table-investmentByIndustry"] tbody tr').length === 1);
    expect(await projectsFilter(page)).toEqual([{ kind: 'category', field: 'industry', values: ['new_materials'] }]);
    const newMaterials = projects.filter((p) => p.industry === 'new_materials');
    await page.waitForFunction((n) => document.querySelector('[data-testid="table-totals"]')?.getAttribute('data-rows') === String(n), newMaterials.length);
    expect(await totals(page)).toEqual({ rows: newMaterials.length, investment: published(newMaterials) });
    expect((await bars(page, 'investmentByIndustry')).map((b) => [b.key, b.value])).toEqual([['new_materials', published(newMaterials)]]);
    expect(Number(await page.getAttribute('[data-testid="chart-total-projectsByPark"]', 'data-total'))).toBe(newMaterials.length);
    await page.waitForFunction(() => location.hash.includes('f='));
    await settle(page);
    const drawn = await drawnIndustries(page);
    expect(drawn).toEqual(['new_materials']);
    await expect(page.locator('[data-testid="chart-table-investmentByIndustry"] button[aria-pressed="true"]').count()).resolves.toBe(1);
    // The one bar fills the axis: its number is drawn inside the canvas, not cut off at its edge.
    await page.waitForSelector(`${INVESTMENT} canvas[data-values]`);
    const canvasWidth = (await page.locator(`${INVESTMENT} canvas`).boundingBox())?.width ?? 0;
    const values = JSON.parse((await page.getAttribute(`${INVESTMENT} canvas`, 'data-values')) ?? '[]') as Array<{ x0: number; x1: number }>;
    expect(values.length).toBe(1);
    for (const v of values) expect(v.x1).toBeLessThanOrEqual(canvasWidth);

    // The same bar again takes the filter off.
    await page.waitForSelector(`${INVESTMENT} canvas[data-bars]`);
    await clickBar(page, 'investmentByIndustry', 'new_materials');
    await page.waitForFunction((n) => document.querySelector('[data-testid="table-totals"]')?.getAttribute('data-rows') === String(n), projects.length);
    expect(await projectsFilter(page)).toBeNull();

    // By keyboard: each bar is a button in the chart's text; Enter filters, and "clear" undoes it.
    await page.focus('[data-testid="chart-table-projectsByPark"] tbody tr:first-child button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="chart-clear"]');
    expect(await projectsFilter(page)).toMatchObject([{ kind: 'category', field: 'park_zh' }]);
    await page.click('[data-testid="chart-clear"]');
    await page.waitForFunction((n) => document.querySelector('[data-testid="table-totals"]')?.getAttribute('data-rows') === String(n), projects.length);

    // A half-year's bar narrows the dates: no empty half-year is left beside it.
    await page.focus('[data-testid="chart-table-signingsOverTime"] tbody tr[data-key="2022-H1"] button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="chart-table-signingsOverTime"] tbody tr[data-key="2022-H2"]') === null);
    const dated = await page.$$eval('[data-testid="chart-table-signingsOverTime"] tbody tr', (rows) => rows.map((r) => [r.getAttribute('data-key'), Number(r.getAttribute('data-count'))]));
    expect(dated.every(([, n]) => (n as number) > 0), JSON.stringify(dated)).toBe(true);
    await page.click('[data-testid="chart-clear"]');
    await page.waitForFunction((n) => document.querySelector('[data-testid="table-totals"]')?.getAttribute('data-rows') === String(n), projects.length);

    // English: titles, axes and bars re-drawn in the other language.
    await page.click('[data-testid="lang-switch"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="chart-investmentByIndustry"] figcaption')?.textContent === 'Planned investment by industry (published figures, not money spent)');
    const en = await bars(page, 'investmentByIndustry');
    expect(en.map((b) => b.name)).toContain('New materials');
    expect(en.reduce((s, b) => s + b.value, 0)).toBe(sum);
    expect(await page.textContent('[data-testid="chart-total-investmentByIndustry"]')).toMatch(/^Total at least ¥57\.879 bn/);
    await expect(page.textContent('[data-testid="table-totals"] .sum[data-key="investment_cny"]')).resolves.toMatch(/at least ¥57\.879 bn$/);
    // The half-year labels stand level and short: none runs into the next.
    await page.waitForSelector('[data-testid="chart-signingsOverTime"] canvas[data-tick-rotation]');
    await expect(page.getAttribute('[data-testid="chart-signingsOverTime"] canvas', 'data-tick-rotation')).resolves.toBe('0');
    expect(await foreignWords(page, 'en')).toEqual([]);
    await screenshot(page, 'table-chart-en');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows the investment chart in the briefing’s projects scene, and draws it into the scene’s PNG', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#briefing=zone-overview&scene=8`, { width: 1920, height: 1080 });
    await page.waitForSelector('[data-testid="briefing-caption"]');
    await page.waitForSelector(`[data-testid="scene-chart"] ${INVESTMENT} canvas[data-bars]`);
    expect((await bars(page, 'investmentByIndustry')).reduce((s, b) => s + b.value, 0)).toBe(published(projects));
    await expect(page.textContent('[data-testid="briefing-caption"]')).resolves.toContain('重点项目：落地与推进');

    const exported = async (name: string): Promise<ReturnType<typeof decode>> => {
      const [png] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-testid="export-png"]')]);
      const path = (await png.path()) as string;
      copyFileSync(path, join(SCREENSHOTS, `${name}.png`));
      return decode(readFileSync(path));
    };
    // Where the export puts the chart (left, under the title band) against the same box in a scene without one.
    const chartBox = { x0: 24, y0: 106, x1: 664, y1: 560 };
    await screenshot(page, 'briefing-scene8-chart-zh');
    const withChart = await exported('export-scene8');
    expect([withChart.width, withChart.height]).toEqual([1920, 1080]);
    // On A4 too (a taller page, a larger panel in the map's pixels): the picture is kept for a look at the rings.
    await page.selectOption('[data-testid="export-size"]', 'A4-150');
    const a4 = await exported('export-scene8-a4');
    expect([a4.width, a4.height]).toEqual([1754, 1240]);
    await page.selectOption('[data-testid="export-size"]', '1920x1080');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('[data-testid="briefing-progress"]')?.textContent === '场景 7 / 9');
    const without = await exported('export-scene7');
    expect(bluePixels(withChart, chartBox)).toBeGreaterThan(2000);
    expect(bluePixels(without, chartBox)).toBeLessThan(50);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
