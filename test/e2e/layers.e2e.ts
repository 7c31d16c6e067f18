import { describe, expect, inject, it } from 'vitest';
import { openApp, useBrowser, renderedCount, screenshot, settle } from './browser.ts';

const appUrl = inject('appUrl');

interface Layer {
  id: string;
  title: { zh: string; en: string };
  streamed?: boolean;
  visible: boolean;
}

describe.each(['zh', 'en'] as const)('every catalogue layer, %s UI', (lang) => {
  const browser = useBrowser();

  it('is drawn, listed in the legend, and goes away when unticked', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#lang=${lang}`);
    // Streamed layers (the million parcels) have their own test: they draw only when zoomed in.
    const layers = (await page.evaluate(() => (window as unknown as { taixinAtlas: { state: { catalogue: { layers: Layer[] } } } }).taixinAtlas.state.catalogue.layers)).filter((l) => !l.streamed);
    expect(layers.length).toBe(17);
    const legendHas = (id: string) => page.locator(`[data-testid="legend"] [data-legend-layer="${id}"]`).count();
    for (const layer of layers) {
      // A layer hidden by default (the c. 2002 built-up areas) is ticked on first.
      if (!layer.visible) {
        await page.click(`[data-testid="toggle-${layer.id}"]`);
        await settle(page);
      }
      const row = page.locator(`[data-layer="${layer.id}"] .title`);
      await expect(row.textContent()).resolves.toBe(layer.title[lang]);
      expect(await renderedCount(page, layer.id), `${layer.id} drawn`).toBeGreaterThan(0);
      expect(await legendHas(layer.id), `${layer.id} in legend`).toBeGreaterThan(0);
      await page.click(`[data-testid="toggle-${layer.id}"]`);
      await settle(page);
      expect(await renderedCount(page, layer.id), `${layer.id} hidden`).toBe(0);
      expect(await legendHas(layer.id)).toBe(0);
      await page.click(`[data-testid="toggle-${layer.id}"]`);
      await settle(page);
      expect(await renderedCount(page, layer.id), `${layer.id} back`).toBeGreaterThan(0);
    }
    // Legend rows speak the UI language.
    const legendText = (await page.textContent('[data-testid="legend"]')) ?? '';
    expect(legendText).toContain(lang === 'zh' ? '雄忻高铁（山西段）（示意）' : 'Xiongxin HSR (Shanxi) (schematic)');
    expect(legendText).toContain(lang === 'zh' ? '普速铁路（示意）' : 'Conventional railway (schematic)');
    expect(consoleErrors).toEqual([]);
    await screenshot(page, `all-layers-${lang}`);
    await page.close();
  });

  it('shows the projects & facts table with its sources', async () => {
    const { page } = await openApp(browser(), `${appUrl}#lang=${lang}`);
    await page.click('[data-testid="facts"] summary');
    const plan = (await page.textContent('[data-fact="projects-2022-plan"]')) ?? '';
    expect(plan).toContain('485');
    expect(plan).toContain(lang === 'zh' ? '5337 亿元' : '¥533.7 bn');
    expect(plan).toContain(lang === 'zh' ? '人民网 2022-03-24' : 'People’s Daily Online (人民网) 2022-03-24');
    const unplaced = (await page.textContent('[data-fact="parks-unplaced"]')) ?? '';
    expect(unplaced).toContain(lang === 'zh' ? '推定' : 'inferred');
    await page.close();
  });
});
