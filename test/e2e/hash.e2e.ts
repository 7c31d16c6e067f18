import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, renderedCount, settle, useBrowser } from './browser.ts';

const appUrl = inject('appUrl');

interface Seen {
  zoom: number;
  lang: string;
  theme: string;
  panel: string;
  compare: string[];
  weights: Record<string, number>;
  query: unknown;
  scene: number | null;
  hash: string;
}

/** What the app made of the link: its state, the map's camera and the hash it writes back. */
function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    interface Atlas {
      map: { getZoom(): number };
      state: { lang: string; theme: string; panel: string; compare: string[]; weights: Record<string, number>; query: { spec: unknown }; player: { index: number } | null };
    }
    const { map, state } = (window as unknown as { taixinAtlas: Atlas }).taixinAtlas;
    return {
      zoom: map.getZoom(),
      lang: state.lang,
      theme: state.theme,
      panel: state.panel,
      compare: [...state.compare],
      weights: { ...state.weights },
      query: state.query.spec,
      scene: state.player ? state.player.index + 1 : null,
      hash: location.hash,
    };
  });
}

const BALANCED = { hsr: 2, rail: 1, airport: 1, water: 1, taiyuan: 1, xinzhou: 1, area: 1, parks10: 1 };

describe('junk in the link', () => {
  const browser = useBrowser();

  it('reports junk camera, layers, style, query, sites and weights, and keeps the valid language', async () => {
    const junk = 'map=NaN/<script>/alert(1)&layers=<img src=x>&lang=en&style=neon&q=within~nope~layer.stations~5000&sites=<script>&w=x';
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#${junk}`);
    const notice = (await page.textContent('[data-testid="notices"]')) ?? '';
    expect(notice).toContain('Part of the link could not be read');
    for (const part of ['map view', 'unknown layer', 'style "neon"', 'query "within~nope', 'sites "<script>"', 'weights "x"']) expect(notice).toContain(part);
    await settle(page);
    const s = await seen(page);
    expect(s).toMatchObject({ lang: 'en', theme: 'light', panel: 'layers', compare: [], weights: BALANCED, query: null, scene: null });
    expect(s.zoom).toBeCloseTo(7.7, 5);
    // The catalogue's default layers, not an empty map.
    expect(await renderedCount(page, 'dayu')).toBe(6);
    expect(s.hash).toContain('lang=en');
    expect(s.hash).not.toMatch(/q=|sites=|w=|script/);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('reports a junk language, briefing and scene, and keeps camera, layers, style, sites and weights', async () => {
    const link = 'map=10/38.2/112.7&layers=dayu&lang=fr&style=contrast&sites=dayu-core&w=5.0.0.0.0.0.0.0&briefing=<x>&scene=abc';
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#${link}`);
    const notice = (await page.textContent('[data-testid="notices"]')) ?? '';
    expect(notice).toContain('链接中的部分地图状态无法识别');
    for (const part of ['界面语言“fr”无效', '简报“<x>”不是有效的简报编号', '场景“abc”不是有效的场景序号']) expect(notice).toContain(part);
    await settle(page);
    const s = await seen(page);
    expect(s).toMatchObject({ lang: 'zh', theme: 'contrast', panel: 'sites', compare: ['dayu-core'], scene: null });
    expect(s.weights.hsr).toBe(5);
    expect(s.zoom).toBeCloseTo(10, 5);
    expect(await renderedCount(page, 'dayu')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'xindong')).toBe(0);
    expect(s.hash).toContain('sites=dayu-core');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('opens a briefing on its first scene when the scene number is junk', async () => {
    const { page } = await openApp(browser(), `${appUrl}#briefing=zone-overview&scene=abc`);
    await page.waitForSelector('[data-testid="briefing-caption"]');
    expect(await page.textContent('[data-testid="notices"]')).toContain('场景“abc”不是有效的场景序号');
    expect((await seen(page)).scene).toBe(1);
    await page.waitForFunction(() => location.hash.includes('briefing=zone-overview&scene=1'));
    await page.close();
  });

  it('drops a line the rail network does not hold from a travel-time link, says so, and keeps the lines it holds', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#map=8/38.3/112.8&acc=xiongan~lines.daxi.foo.xiongxin`);
    await page.waitForSelector('[data-testid="notices"] >> text=链接中的自选线路“foo”不在铁路线网中，已略去，其余线路照常计算');
    await page.waitForFunction(() => location.hash.includes('acc=xiongan~lines.daxi.xiongxin') && !location.hash.includes('foo'));
    // The panel ticks what is left: the link's two known lines, nothing else.
    await page.waitForSelector('[data-testid="access-line-daxi"]');
    expect(await page.isChecked('[data-testid="access-line-daxi"]')).toBe(true);
    expect(await page.isChecked('[data-testid="access-line-xiongxin"]')).toBe(true);
    expect(await page.isChecked('[data-testid="access-line-jingguang"]')).toBe(false);
    // The notice follows a switch of language.
    await page.click('[data-testid="lang-switch"]');
    await page.waitForSelector('[data-testid="notices"] >> text=The link’s chosen lines include "foo", which is not in the rail network');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
