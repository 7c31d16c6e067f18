import type { Page } from 'playwright-core';

/** One piece of text a user can see or hear (a screen reader reads aria-label and alt). */
export interface SeenText {
  text: string;
  /** Where on the page: "text", or the attribute and the element carrying it. */
  where: string;
}

interface CollectArgs {
  root: string | null;
  skip: readonly string[];
}

/**
 * The visible text under `root` (the whole page when null): its rendered lines (innerText, so
 * hidden elements and collapsed <details> stay out), the aria-label, title, placeholder and alt
 * of its visible elements, the options of its visible selects and the values of its text
 * inputs. Elements matching `skip` are left out, each skip being a decision the caller explains.
 */
export async function collectText(page: Page, root: string | null = null, skip: readonly string[] = []): Promise<SeenText[]> {
  return page.evaluate(({ root, skip }: CollectArgs) => {
    const top = root ? document.querySelector<HTMLElement>(root) : document.body;
    if (!top) return [];
    const MARK = 'data-i18n-scan-skip';
    const skipped = skip.flatMap((s) => [...document.querySelectorAll(s)]);
    for (const el of skipped) el.setAttribute(MARK, '');
    // innerText follows CSS: hiding the skipped elements for one read takes their lines out.
    const style = document.createElement('style');
    style.textContent = `[${MARK}] { display: none !important; }`;
    document.head.append(style);
    try {
      const out: Array<{ text: string; where: string }> = [];
      for (const line of top.innerText.split('\n')) if (line.trim()) out.push({ text: line.trim(), where: 'text' });
      if (!root) out.push({ text: document.title, where: 'document title' });
      const name = (el: Element) => {
        const id = el.getAttribute('data-testid');
        return `<${el.tagName.toLowerCase()}${id ? ` data-testid="${id}"` : el.className && typeof el.className === 'string' ? ` class="${el.className.split(' ')[0]}"` : ''}>`;
      };
      for (const el of [top, ...top.querySelectorAll('*')]) {
        if (el.closest(`[${MARK}]`) || !el.checkVisibility()) continue;
        for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
          const v = el.getAttribute(attr);
          if (v?.trim()) out.push({ text: v.trim(), where: `${attr} of ${name(el)}` });
        }
        // A closed select shows one option, but its list is UI text all the same.
        if (el instanceof HTMLSelectElement) for (const o of el.options) if (o.text.trim()) out.push({ text: o.text.trim(), where: `option of ${name(el)}` });
        if (el instanceof HTMLInputElement && (el.type === 'text' || el.type === 'search') && el.value.trim()) out.push({ text: el.value.trim(), where: `value of ${name(el)}` });
      }
      return out;
    } finally {
      style.remove();
      for (const el of skipped) el.removeAttribute(MARK);
    }
  }, { root, skip } satisfies CollectArgs);
}

interface MapHook {
  taixinAtlas: {
    map: {
      getCanvas(): HTMLCanvasElement;
      getStyle(): { layers: Array<{ id: string; type: string; metadata?: Record<string, unknown> }> };
      queryRenderedFeatures(
        a?: [[number, number], [number, number]] | { layers: string[] },
      ): Array<{ geometry: { type: string; coordinates: unknown }; layer: { type: string; metadata?: Record<string, unknown> } }>;
      project(c: [number, number]): { x: number; y: number };
    };
  };
}

/**
 * A point in the page where a click opens a popup of catalogue layer `id`: a vertex of one of
 * its drawn features, on the map canvas (not under the legend or a control), where the app's
 * own pick (the topmost non-label feature of a catalogue layer within 4 px) finds this layer.
 * Null when the layer has nothing clickable in view.
 */
export async function clickablePoint(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((id) => {
    const map = (window as unknown as MapHook).taixinAtlas.map;
    const canvas = map.getCanvas();
    const rect = canvas.getBoundingClientRect();
    const owner = (l: { metadata?: Record<string, unknown> }) => l.metadata?.['atlas:layer'];
    const styleIds = map.getStyle().layers.filter((l) => owner(l) === id && l.type !== 'symbol').map((l) => l.id);
    if (!styleIds.length) return null;
    const points: Array<[number, number]> = [];
    const walk = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') points.push([c[0], c[1]]);
      else if (Array.isArray(c)) for (const x of c) walk(x);
    };
    for (const f of map.queryRenderedFeatures({ layers: styleIds }).slice(0, 40)) walk(f.geometry.coordinates);
    // Long outlines have thousands of vertices; a spread of a few hundred is plenty.
    const stride = Math.max(1, Math.floor(points.length / 400));
    for (let i = 0; i < points.length; i += stride) {
      const p = map.project(points[i] as [number, number]);
      if (p.x < 12 || p.y < 12 || p.x > rect.width - 12 || p.y > rect.height - 12) continue;
      if (document.elementFromPoint(rect.left + p.x, rect.top + p.y) !== canvas) continue;
      const hit = map.queryRenderedFeatures([[p.x - 4, p.y - 4], [p.x + 4, p.y + 4]]).find((f) => f.layer.type !== 'symbol' && owner(f.layer));
      if (hit && owner(hit.layer) === id) return { x: rect.left + p.x, y: rect.top + p.y };
    }
    return null;
  }, id);
}
