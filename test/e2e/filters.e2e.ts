import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, screenshot, settle, useBrowser, waitForMapIdle } from './browser.ts';
import { importThroughPanel } from './userLayers.ts';
import { scanText } from '../../src/lib/i18n/scanText.ts';
import { collectText } from './textScan.ts';

const appUrl = inject('appUrl');

interface Hook {
  taixinAtlas: {
    map: {
      getStyle(): { layers: Array<{ id: string; metadata?: Record<string, unknown> }> };
      queryRenderedFeatures(o: { layers: string[] }): Array<{ properties: Record<string, unknown> }>;
      getZoom(): number;
      jumpTo(o: { center: [number, number]; zoom: number }): void;
    };
    state: {
      collections: { projects: { features: Array<{ geometry: unknown; properties: Record<string, unknown> }> } };
      filters: Map<string, unknown>;
      colourBy: Map<string, unknown>;
      query: { status: string; matches: Array<{ feature: { properties: Record<string, unknown> } }> };
      notices: string[];
    };
  };
}

/** The properties of every feature MapLibre has drawn for a layer (catalogue or imported), one per feature. */
function drawn(page: Page, layer: string, key = 'id'): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    ([layer, key]) => {
      const { map } = (window as unknown as Hook).taixinAtlas;
      const ids = map.getStyle().layers.filter((l) => l.metadata?.['atlas:layer'] === layer).map((l) => l.id);
      const seen = new Map<unknown, Record<string, unknown>>();
      for (const f of map.queryRenderedFeatures({ layers: ids })) seen.set(f.properties[key], f.properties);
      return [...seen.values()];
    },
    [layer, key] as const,
  );
}

/** Ids of the projects placed in the map's view whose properties pass `keep` (evaluated in the page). */
function projectIds(page: Page, keep: string): Promise<string[]> {
  return page.evaluate((keep) => {
    const test = new Function('p', `return ${keep};`) as (p: Record<string, unknown>) => boolean;
    const { map, state } = (window as unknown as Hook).taixinAtlas;
    const view = (map as unknown as { getBounds(): { contains(p: [number, number]): boolean } }).getBounds();
    return state.collections.projects.features
      .filter((f) => f.geometry && view.contains((f.geometry as { coordinates: [number, number] }).coordinates) && test(f.properties))
      .map((f) => String(f.properties.id))
      .sort();
  }, keep);
}

const sorted = (rows: Array<Record<string, unknown>>) => rows.map((r) => String(r.id)).sort();
const legendText = async (page: Page) => (await page.textContent('[data-testid="legend"]')) ?? '';

/** Opens the projects layer's filter & style editor (ticking the layer on first). */
async function openProjects(page: Page): Promise<void> {
  if (!(await page.isChecked('[data-testid="toggle-projects"]'))) await page.click('[data-testid="toggle-projects"]');
  // The editor's button is in the layer's details (图层信息).
  await page.click('[data-layer="projects"] details summary');
  await page.click('[data-testid="attr-open-projects"]');
  await page.waitForSelector('[data-testid="attr-editor-projects"]');
}

async function addClause(page: Page, editor: string, field: string): Promise<void> {
  await page.selectOption(`${editor} [data-testid="attr-add-field"]`, field);
  await page.click(`${editor} [data-testid="attr-add"]`);
}

const EDITOR = '[data-testid="attr-editor-projects"]';
// The zone at a zoom where the projects' schematic points sit apart.
const VIEW = 'map=8.6/38.3/112.75';

describe('filters and colour by attribute', () => {
  const browser = useBrowser();

  it('filters the projects to 新材料, on the map and in the link, and the link brings it back', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#${VIEW}&lang=zh`);
    await openProjects(page);
    await settle(page);
    const all = sorted(await drawn(page, 'projects'));
    expect(all).toEqual(await projectIds(page, 'true'));
    await addClause(page, EDITOR, 'industry');
    // Nothing ticked yet: the condition waits and says why, and every project stays.
    await expect(page.textContent(`${EDITOR} [data-testid="attr-problem"]`)).resolves.toBe('请至少勾选一个值，否则此条件不生效');
    await page.check(`${EDITOR} input[type="checkbox"][value="new_materials"]`);
    await settle(page);
    const materials = await projectIds(page, "p.industry === 'new_materials'");
    expect(materials.length).toBeGreaterThan(0);
    expect(materials.length).toBeLessThan(all.length);
    const shown = await drawn(page, 'projects');
    expect(shown.every((p) => p.industry === 'new_materials')).toBe(true);
    expect(sorted(shown)).toEqual(materials);
    const total = await page.evaluate(() => (window as unknown as Hook).taixinAtlas.state.collections.projects.features.length);
    const count = await page.evaluate(() => (window as unknown as Hook).taixinAtlas.state.collections.projects.features.filter((f) => f.properties.industry === 'new_materials').length);
    await expect(page.textContent(`${EDITOR} [data-testid="attr-count"]`)).resolves.toContain(`显示 ${count} / ${total} 个要素`);
    // The legend says so, and the link carries it.
    expect(await legendText(page)).toContain('已筛选');
    const hash = await page.evaluate(() => decodeURIComponent(location.hash));
    expect(hash).toContain('f=projects~industry:in:new_materials');
    await screenshot(page, 'filters-new-materials-zh');

    await page.reload();
    await waitForMapIdle(page);
    expect(await page.evaluate(() => JSON.stringify([...(window as unknown as Hook).taixinAtlas.state.filters]))).toBe(JSON.stringify([['projects', [{ kind: 'category', field: 'industry', values: ['new_materials'] }]]]));
    expect(sorted(await drawn(page, 'projects'))).toEqual(materials);
    // The row says the layer is filtered; its badge opens the editor on the condition as it was.
    await expect(page.textContent('[data-testid="attr-badge-projects"]')).resolves.toBe('已筛选');
    await page.click('[data-testid="attr-badge-projects"]');
    await expect(page.isChecked(`${EDITOR} input[type="checkbox"][value="new_materials"]`)).resolves.toBe(true);
    // Removing the condition shows every project again and takes the filter out of the link.
    await page.click(`${EDITOR} [data-testid="attr-remove-clause"]`);
    await settle(page);
    expect(sorted(await drawn(page, 'projects'))).toEqual(all);
    expect(await page.evaluate(() => location.hash)).not.toContain('f=');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('colours the projects by industry, with a legend of the seven industries in zh and then in en', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#${VIEW}&lang=zh`);
    await openProjects(page);
    await page.selectOption(`${EDITOR} [data-testid="attr-colour-field"]`, 'industry');
    await settle(page);
    const zh = await legendText(page);
    expect(zh).toContain('重点项目 · 按产业着色');
    for (const word of ['新材料', '高端装备', '集成电路和半导体', '新型绿色能源', '现代服务业', '生态文旅康养', '现代农业', '产业未明']) expect(zh).toContain(word);
    // The map draws them in those colours: as many colours as industries on screen.
    const colours = await page.evaluate(() => {
      const { map } = (window as unknown as Hook).taixinAtlas;
      return [...new Set((map as unknown as { queryRenderedFeatures(o: { layers: string[] }): Array<{ layer: { paint: Record<string, { r: number; g: number; b: number }> }; properties: Record<string, unknown> }> }).queryRenderedFeatures({ layers: ['projects--circle'] }).map((f) => `${f.properties.industry}:${JSON.stringify(f.layer.paint['circle-stroke-color'])}`))];
    });
    const industries = new Set(colours.map((c) => c.split(':')[0]));
    expect(new Set(colours.map((c) => c.slice(c.indexOf(':') + 1))).size).toBe(industries.size);
    expect(await page.evaluate(() => location.hash)).toContain('c=projects~industry:category');
    await screenshot(page, 'filters-colour-industry-zh');
    // The projector palette restyles the map, and the colours follow it (Okabe–Ito blue, lighter on dark ground).
    const ringOf = () =>
      page.evaluate(() => {
        const { map } = (window as unknown as Hook).taixinAtlas;
        const fs = (map as unknown as { queryRenderedFeatures(o: { layers: string[] }): Array<{ layer: { paint: Record<string, { r: number; g: number; b: number }> }; properties: Record<string, unknown> }> }).queryRenderedFeatures({ layers: ['projects--circle'] });
        const c = fs.find((f) => f.properties.industry === 'new_materials')?.layer.paint['circle-stroke-color'];
        return c ? `#${[c.r, c.g, c.b].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('')}` : null;
      });
    expect(await ringOf()).toBe('#0072b2');
    await page.selectOption('[data-testid="theme-select"]', 'contrast');
    await settle(page);
    expect(await ringOf()).toBe('#4aa8ff');
    await screenshot(page, 'filters-colour-industry-contrast');
    await page.selectOption('[data-testid="theme-select"]', 'light');
    await settle(page);
    expect(await ringOf()).toBe('#0072b2');

    await page.click('[data-testid="lang-switch"]');
    await settle(page);
    const en = await legendText(page);
    expect(en).toContain('Key projects, coloured by Industry');
    for (const word of ['New materials', 'High-end equipment', 'Integrated circuits & semiconductors', 'New green energy', 'Modern services', 'Eco-tourism & wellness', 'Modern agriculture', 'Industry unknown']) expect(en).toContain(word);
    await screenshot(page, 'filters-colour-industry-en');

    // Graduated classes of investment: a step per class, the legend in ranges with the unit.
    await page.selectOption(`${EDITOR} [data-testid="attr-colour-field"]`, 'investment_cny');
    await page.selectOption(`${EDITOR} [data-testid="attr-colour-mode"]`, 'jenks');
    await page.selectOption(`${EDITOR} [data-testid="attr-colour-classes"]`, '3');
    await settle(page);
    expect(await legendText(page)).toMatch(/coloured by Investment/);
    expect(await page.evaluate(() => location.hash)).toContain('c=projects~investment_cny:jenks:3');
    // Off again: the layer's own look, and no colour in the link.
    await page.selectOption(`${EDITOR} [data-testid="attr-colour-field"]`, '');
    await settle(page);
    expect(await legendText(page)).not.toContain('coloured by');
    expect(await page.evaluate(() => location.hash)).not.toContain('c=');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('filters by a number range and by a date, and explains input it cannot use', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#${VIEW}&lang=zh`);
    await openProjects(page);
    await addClause(page, EDITOR, 'investment_cny');
    await page.fill(`${EDITOR} [data-testid="attr-min"]`, '十亿');
    await expect(page.textContent(`${EDITOR} [data-testid="attr-problem"]`)).resolves.toBe('请输入金额，如 50 或 50亿、5000万');
    await expect(page.getAttribute(`${EDITOR} [data-testid="attr-min"]`, 'aria-invalid')).resolves.toBe('true');
    // Amounts are typed in 亿元, as the app shows them; the box says what it understood.
    await page.fill(`${EDITOR} [data-testid="attr-min"]`, '10');
    await expect(page.textContent(`${EDITOR} [data-testid="attr-min-read"]`)).resolves.toBe('即 10 亿元');
    await addClause(page, EDITOR, 'date');
    await page.fill(`${EDITOR} [data-clause="date"] [data-testid="attr-from"]`, '2022-13');
    await expect(page.textContent(`${EDITOR} [data-clause="date"] [data-testid="attr-problem"]`)).resolves.toContain('2022-06');
    await page.fill(`${EDITOR} [data-clause="date"] [data-testid="attr-from"]`, '2022-06');
    await settle(page);
    const want = await projectIds(page, "typeof p.investment_cny === 'number' && p.investment_cny >= 1e9 && typeof p.date === 'string' && p.date >= '2022-06'");
    expect(want.length).toBeGreaterThan(0);
    const shown = await drawn(page, 'projects');
    expect(sorted(shown)).toEqual(want);
    const hash = await page.evaluate(() => decodeURIComponent(location.hash));
    expect(hash).toContain('f=projects~investment_cny:num:1000000000..~date:date:2022-06..');
    await screenshot(page, 'filters-range-date-zh');
    // Clear all: every project again.
    await page.click(`${EDITOR} [data-testid="attr-clear"]`);
    await settle(page);
    expect(sorted(await drawn(page, 'projects'))).toEqual(await projectIds(page, 'true'));
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it.each(['zh', 'en'] as const)('speaks the UI language in the editor and the legend (%s)', async (lang) => {
    const { page } = await openApp(browser(), `${appUrl}#${VIEW}&lang=${lang}`);
    await openProjects(page);
    for (const field of ['industry', 'investment_cny', 'date']) await addClause(page, EDITOR, field);
    await page.fill(`${EDITOR} [data-testid="attr-min"]`, 'x');
    await page.selectOption(`${EDITOR} [data-testid="attr-colour-field"]`, 'investment_cny');
    await settle(page);
    const seen = [...(await collectText(page, EDITOR)), ...(await collectText(page, '[data-testid="legend"]'))];
    expect(seen.length).toBeGreaterThan(20);
    const offenders = seen.flatMap(({ text, where }) => scanText(text, lang, []).map((word) => `${word} in "${text}" (${where})`));
    expect(offenders).toEqual([]);
    await screenshot(page, `filters-editor-${lang}`);
    await page.close();
  });

  it.each(['zh', 'en'] as const)('names a broken f= in the link in the UI language (%s) and keeps the rest of the link', async (lang) => {
    const link = `${VIEW}&layers=projects,parks&lang=${lang}&f=projects~industry:within:x~status:in:signed&f=nope~a:in:b&c=projects~industry:rainbow`;
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#${link}`);
    const notice = (await page.textContent('[data-testid="notices"]')) ?? '';
    if (lang === 'zh') {
      expect(notice).toContain('图层 projects 的筛选：第 1 个条件的类型“within”未知');
      expect(notice).toContain('筛选：未知图层“nope”');
      expect(notice).toContain('着色设置“projects~industry:rainbow”无效');
    } else {
      expect(notice).toContain('filter on layer projects: condition 1: unknown kind "within"');
      expect(notice).toContain('filter: unknown layer "nope"');
      expect(notice).toContain('colour "projects~industry:rainbow" is not');
    }
    // The readable condition still filters; camera and layers are as the link says.
    expect(await page.evaluate(() => (window as unknown as Hook).taixinAtlas.map.getZoom())).toBeCloseTo(8.6, 5);
    const signed = await drawn(page, 'projects');
    expect(sorted(signed)).toEqual(await projectIds(page, "p.status === 'signed'"));
    expect(signed.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toContain('f=projects~status:in:signed');
    expect(consoleErrors).toEqual([]);
    await screenshot(page, `filters-broken-link-${lang}`);
    await page.close();
  });

  it('runs a linked query over the filtered projects only, and says so', async () => {
    const { page } = await openApp(browser(), `${appUrl}#${VIEW}&lang=zh&layers=projects,parks&q=within~projects~layer.parks~30000&f=projects~industry:in:new_materials`);
    await page.waitForFunction(() => (window as unknown as Hook).taixinAtlas.state.query.status === 'done');
    const matches = await page.evaluate(() => (window as unknown as Hook).taixinAtlas.state.query.matches.map((m) => m.feature.properties.industry));
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.every((i) => i === 'new_materials')).toBe(true);
    await expect(page.textContent('[data-testid="filters-applied"]')).resolves.toContain('已按筛选条件：重点项目');
    // Another filter on the projects: the query on screen runs again over those.
    await page.evaluate(() => (window as unknown as Hook).taixinAtlas.state.filters.set('projects', [{ kind: 'category', field: 'industry', values: ['high_end_equipment'] }]));
    await page.waitForFunction(() => {
      const q = (window as unknown as Hook).taixinAtlas.state.query;
      return q.status === 'done' && q.matches.length > 0 && q.matches.every((m) => m.feature.properties.industry === 'high_end_equipment');
    });
    await page.close();
  });

  it('filters an imported layer by a category, at a zoom where its points are thinned', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#map=8/38.3/112.6&lang=zh`);
    // 600 points a few metres apart: at zoom 8 they share a pixel, and one is rare.
    const features = Array.from({ length: 600 }, (_, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [112.6 + (i % 30) * 2e-5, 38.3 + Math.floor(i / 30) * 2e-5] },
      properties: { name: `点${i}`, kind: i === 577 ? 'rare' : i % 2 ? 'odd' : 'even', n: i },
    }));
    const layer = await importThroughPanel(page, { name: 'dense.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features })) });
    await settle(page);
    expect((await drawn(page, layer.id, 'kind')).some((p) => p.kind === 'rare')).toBe(false);
    const editor = `[data-testid="attr-editor-${layer.id}"]`;
    await page.click(`[data-testid="attr-open-${layer.id}"]`);
    await addClause(page, editor, 'kind');
    await page.check(`${editor} input[type="checkbox"][value="rare"]`);
    await page.waitForFunction((sel) => document.querySelector(`${sel} [data-testid="attr-count"]`)?.textContent?.includes('显示 1 / 600 个要素'), editor);
    await page.waitForFunction((id) => {
      const { map } = (window as unknown as Hook).taixinAtlas;
      return map.queryRenderedFeatures({ layers: [`${id}--circle`] }).some((f) => f.properties.kind === 'rare');
    }, layer.id);
    await settle(page);
    const shown = await drawn(page, layer.id, 'kind');
    expect(shown.map((p) => p.kind)).toEqual(['rare']);
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toContain(`f=${layer.id}~kind:in:rare`);
    // Colour by a number column: the classes come from the layer's worker, the legend lists them.
    await page.selectOption(`${editor} [data-testid="attr-colour-field"]`, 'n');
    await page.waitForFunction(() => /dense · 按n着色/.test(document.querySelector('[data-testid="legend"]')?.textContent ?? ''));
    await settle(page);
    const legend = await legendText(page);
    expect(legend).toContain('0–119');
    expect(legend).toContain('480–599');
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toContain(`c=${layer.id}~n:quantile:5`);
    await screenshot(page, 'filters-imported-zh');
    // After a reload the filter waits for the layer to be listed, then applies.
    await page.reload();
    await waitForMapIdle(page);
    await page.waitForFunction((id) => {
      const { map } = (window as unknown as Hook).taixinAtlas;
      const fs = map.queryRenderedFeatures({ layers: [`${id}--circle`] });
      return fs.length > 0 && fs.every((f) => f.properties.kind === 'rare');
    }, layer.id, { timeout: 30_000 });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('takes amounts in 亿元 (and "50亿", "5 bn"), shows what it read, and keeps yuan in the link', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#${VIEW}&lang=zh`);
    await openProjects(page);
    await addClause(page, EDITOR, 'investment_cny');
    await expect(page.textContent(`${EDITOR} [data-clause="investment_cny"] legend + .pair label span`)).resolves.toBe('最小值 (亿元)');
    await page.fill(`${EDITOR} [data-testid="attr-min"]`, '50');
    await expect(page.textContent(`${EDITOR} [data-testid="attr-min-read"]`)).resolves.toBe('即 50 亿元');
    await settle(page);
    const want = await projectIds(page, "typeof p.investment_cny === 'number' && p.investment_cny >= 5e9");
    expect(want.length).toBeGreaterThan(0);
    const shown = await drawn(page, 'projects');
    expect(sorted(shown)).toEqual(want);
    expect(shown.every((p) => typeof p.investment_cny === 'number' && p.investment_cny >= 5e9)).toBe(true);
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toContain('f=projects~investment_cny:num:5000000000..');
    // "50亿" and "50 亿元" mean the same.
    for (const typed of ['50亿', '50 亿元']) {
      await page.fill(`${EDITOR} [data-testid="attr-min"]`, typed);
      await expect(page.textContent(`${EDITOR} [data-testid="attr-problem"]`)).resolves.toBe('');
      await expect(page.textContent(`${EDITOR} [data-testid="attr-min-read"]`)).resolves.toBe('即 50 亿元');
    }
    await page.fill(`${EDITOR} [data-testid="attr-min"]`, '50');
    await screenshot(page, 'filters-amount-zh');
    // In English the same filter reads ¥5 bn, and "5 bn" is understood.
    await page.click('[data-testid="lang-switch"]');
    await expect(page.inputValue(`${EDITOR} [data-testid="attr-min"]`)).resolves.toBe('5');
    await expect(page.textContent(`${EDITOR} [data-testid="attr-min-read"]`)).resolves.toBe('read as ¥5 bn');
    await page.fill(`${EDITOR} [data-testid="attr-min"]`, '¥5bn');
    await expect(page.textContent(`${EDITOR} [data-testid="attr-min-read"]`)).resolves.toBe('read as ¥5 bn');
    await settle(page);
    expect(sorted(await drawn(page, 'projects'))).toEqual(want);
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toContain('f=projects~investment_cny:num:5000000000..');
    await screenshot(page, 'filters-amount-en');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it.each(['zh', 'en'] as const)('drops link filters that cannot match, says which, and maps a label to its code (%s)', async (lang) => {
    const link = `${VIEW}&layers=projects&lang=${lang}&f=projects~industry:in:新材料,芯片~nosuchfield:in:a~status:in:`;
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#${link}`);
    await page.waitForFunction(() => (document.querySelector('[data-testid="notices"]')?.textContent ?? '').match(/nosuchfield/));
    const notice = (await page.textContent('[data-testid="notices"]')) ?? '';
    if (lang === 'zh') {
      expect(notice).toContain('图层 重点项目 的筛选：图层没有字段“nosuchfield”');
      expect(notice).toContain('“产业”没有取值“芯片”');
      expect(notice).toContain('“状态”的条件没有列出任何值');
      expect(notice).toContain('链接的其余部分照常生效');
      expect(notice).not.toContain('默认视图');
    } else {
      expect(notice).toContain('the layer has no field "nosuchfield"');
      expect(notice).toContain('"Industry" has no value "芯片"');
      expect(notice).toContain('the condition on "Status" lists no values');
      expect(notice).toContain('the rest of the link applies');
      expect(notice).not.toContain('default view');
    }
    // 新材料 is the code new_materials' words: the filter keeps it, as the code, and the link is mended.
    expect(await page.evaluate(() => JSON.stringify([...(window as unknown as Hook).taixinAtlas.state.filters]))).toBe(JSON.stringify([['projects', [{ kind: 'category', field: 'industry', values: ['new_materials'] }]]]));
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes('f=projects~industry:in:new_materials') && !location.hash.includes('nosuchfield'));
    await settle(page);
    const shown = await drawn(page, 'projects');
    expect(shown.length).toBeGreaterThan(0);
    expect(sorted(shown)).toEqual(await projectIds(page, "p.industry === 'new_materials'"));
    expect(await page.evaluate(() => (window as unknown as Hook).taixinAtlas.map.getZoom())).toBeCloseTo(8.6, 5);
    // The editor shows the condition ticked.
    await openProjects(page);
    await expect(page.isChecked(`${EDITOR} input[type="checkbox"][value="new_materials"]`)).resolves.toBe(true);
    await screenshot(page, `filters-link-fitted-${lang}`);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('follows conditions added or removed elsewhere while the editor is open, keeping a draft being typed', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#${VIEW}&lang=zh`);
    await openProjects(page);
    await addClause(page, EDITOR, 'date');
    await page.fill(`${EDITOR} [data-clause="date"] [data-testid="attr-from"]`, '2022-01');
    await addClause(page, EDITOR, 'investment_cny');
    await page.fill(`${EDITOR} [data-testid="attr-min"]`, 'abc');
    // Elsewhere (as a chart's bar does): a placement condition is added to the applied filter.
    await page.evaluate(() => {
      const s = (window as unknown as Hook).taixinAtlas.state;
      const now = (s.filters.get('projects') ?? []) as unknown[];
      s.filters.set('projects', [...now, { kind: 'category', field: 'placement', values: ['county_or_city'] }]);
    });
    await page.waitForSelector(`${EDITOR} [data-clause="placement"]`);
    await expect(page.isChecked(`${EDITOR} [data-clause="placement"] input[type="checkbox"][value="county_or_city"]`)).resolves.toBe(true);
    await expect(page.inputValue(`${EDITOR} [data-clause="date"] [data-testid="attr-from"]`)).resolves.toBe('2022-01');
    await expect(page.inputValue(`${EDITOR} [data-testid="attr-min"]`)).resolves.toBe('abc');
    await screenshot(page, 'filters-editor-follows-zh');
    // …and taken away again: its box goes, the rest stays.
    await page.evaluate(() => {
      const s = (window as unknown as Hook).taixinAtlas.state;
      s.filters.set('projects', [{ kind: 'date', field: 'date', from: '2022-01' }]);
    });
    await page.waitForFunction((sel) => !document.querySelector(`${sel} [data-clause="placement"]`), EDITOR);
    await expect(page.inputValue(`${EDITOR} [data-testid="attr-min"]`)).resolves.toBe('abc');
    expect(await page.evaluate(() => JSON.stringify((window as unknown as Hook).taixinAtlas.state.filters.get('projects')))).toBe(JSON.stringify([{ kind: 'date', field: 'date', from: '2022-01' }]));
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
