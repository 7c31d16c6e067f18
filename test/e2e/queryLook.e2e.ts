import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { writePointsCsv } from '../../scripts/data/userFiles.ts';
import { openApp, screenshot, settle, useBrowser } from './browser.ts';
import { importThroughPanel } from './userLayers.ts';

const appUrl = inject('appUrl');

interface Hook {
  taixinAtlas: {
    map: {
      queryRenderedFeatures(o: { layers: string[] }): Array<{ properties: Record<string, unknown> }>;
      getLayoutProperty(layer: string, name: string): unknown;
    };
    state: { query: { status: string; matches: unknown[] } };
  };
}

/** Runs "`target` within `km` of rail stations" through the query panel and waits for the answer. */
async function runWithinStations(page: Page, target: string, km: string): Promise<void> {
  await page.click('[data-testid="tab-query"]');
  await page.selectOption('[data-testid="query-target"]', target);
  await page.selectOption('[data-testid="query-op"]', 'within');
  await page.selectOption('[data-testid="query-source"]', 'layer:stations');
  await page.fill('[data-testid="query-distance"]', km);
  await page.click('[data-testid="query-run"]');
  await page.waitForSelector('[data-testid="query-count"]', { timeout: 60_000 });
  await settle(page);
}

describe('how a query answer looks', () => {
  const browser = useBrowser();

  it('the results table fits the 300 px sidebar in English: one-line headings, no page scroll, every column reachable by scrolling the table', async () => {
    const { page, consoleErrors } = await openApp(browser(), appUrl, { width: 1280, height: 800 });
    await page.click('[data-testid="lang-switch"]');
    await runWithinStations(page, 'towns', '10');
    await expect(page.locator('[data-testid="query-results"] tbody tr').count()).resolves.toBeGreaterThan(3);

    const look = await page.evaluate(() => {
      const sidebar = document.querySelector('aside.sidebar') as HTMLElement;
      const scroller = document.querySelector('[data-testid="query-results-scroll"]') as HTMLElement;
      const table = document.querySelector('[data-testid="query-results"]') as HTMLElement;
      const line = Number.parseFloat(getComputedStyle(table).fontSize) * 1.6;
      const heads = Array.from(table.querySelectorAll('thead th'), (th) => ({ text: th.textContent ?? '', height: th.querySelector('button')?.getBoundingClientRect().height ?? 0 }));
      const side = sidebar.getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      return {
        pageScroll: document.documentElement.scrollWidth - window.innerWidth,
        sidebarScroll: sidebar.scrollWidth - sidebar.clientWidth,
        scrollerInSidebar: box.left >= side.left - 0.5 && box.right <= side.right + 0.5,
        line,
        heads,
      };
    });
    expect(look.pageScroll).toBeLessThanOrEqual(0);
    // The table scrolls inside its own box, not the whole panel (which would take the form along).
    expect(look.sidebarScroll).toBeLessThanOrEqual(0);
    expect(look.scrollerInSidebar).toBe(true);
    expect(look.heads.map((h) => h.text.replace(/ [▲▼]$/, ''))).toEqual(['Name', 'Distance', 'Nearest source', 'Confidence']);
    for (const h of look.heads) expect(h.height, `"${h.text}" on one line`).toBeLessThan(look.line * 1.3);

    // The last column is on screen once the table is scrolled to its end, inside the visible part of the box.
    const last = page.locator('[data-testid="query-results"] thead th').last();
    await last.scrollIntoViewIfNeeded();
    const seen = await page.evaluate(() => {
      const scroller = document.querySelector('[data-testid="query-results-scroll"]') as HTMLElement;
      const th = scroller.querySelector('thead th:last-child') as HTMLElement;
      const box = scroller.getBoundingClientRect();
      const cell = th.getBoundingClientRect();
      return { left: cell.left, right: cell.right, boxLeft: box.left, boxRight: box.right, pageScroll: document.documentElement.scrollWidth - window.innerWidth };
    });
    expect(seen.left).toBeGreaterThanOrEqual(seen.boxLeft - 0.5);
    expect(seen.right).toBeLessThanOrEqual(seen.boxRight + 0.5);
    expect(seen.pageScroll).toBeLessThanOrEqual(0);
    await page.locator('[data-testid="query-results-scroll"]').evaluate((el) => el.scrollTo({ left: 0 }));
    await screenshot(page, 'query-table-en');

    // The same answer in Chinese keeps its headings whole ("最近参照" was split over two lines).
    await page.click('[data-testid="lang-switch"]');
    await settle(page);
    const zh = await page.evaluate(() => {
      const table = document.querySelector('[data-testid="query-results"]') as HTMLElement;
      const line = Number.parseFloat(getComputedStyle(table).fontSize) * 1.6;
      return { line, heights: Array.from(table.querySelectorAll('thead th button'), (b) => b.getBoundingClientRect().height), pageScroll: document.documentElement.scrollWidth - window.innerWidth };
    });
    for (const h of zh.heights) expect(h).toBeLessThan(zh.line * 1.3);
    expect(zh.pageScroll).toBeLessThanOrEqual(0);
    await screenshot(page, 'query-table-zh');
    expect(consoleErrors).toEqual([]);
  });

  it('a large answer labels only the matches that fit: names collide, the nearest win, every match keeps its ring', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-query-look-'));
    const csv = join(dir, 'points-20k.csv');
    await writePointsCsv(csv, 20_000);
    const { page, consoleErrors } = await openApp(browser(), appUrl, { width: 1280, height: 800 });
    const layer = await importThroughPanel(page, csv);
    await runWithinStations(page, layer.id, '2');

    const drawn = await page.evaluate(() => {
      const { map, state } = (window as unknown as Hook).taixinAtlas;
      const names = new Set(map.queryRenderedFeatures({ layers: ['query-matches--label'] }).map((f) => String(f.properties.name)));
      return {
        matches: state.query.matches.length,
        labels: names.size,
        rings: map.queryRenderedFeatures({ layers: ['query-matches--circle'] }).length,
        overlap: map.getLayoutProperty('query-matches--label', 'text-allow-overlap') ?? false,
        ignore: map.getLayoutProperty('query-matches--label', 'text-ignore-placement') ?? false,
      };
    });
    expect(drawn.matches).toBeGreaterThan(300);
    expect(drawn.overlap).toBe(false);
    expect(drawn.ignore).toBe(false);
    expect(drawn.rings).toBeGreaterThan(0);
    // Collision leaves out most names of a dense answer instead of stacking them all.
    expect(drawn.labels).toBeGreaterThan(0);
    expect(drawn.labels).toBeLessThan(drawn.matches / 3);
    await screenshot(page, 'query-large-labels');
    expect(consoleErrors).toEqual([]);
  });
});
