import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Lang } from '../../src/lib/catalogue/types.ts';
import { scanText } from '../../src/lib/i18n/scanText.ts';
import { openApp, SCREENSHOTS, settle, useBrowser } from './browser.ts';
import { clickablePoint, collectText } from './textScan.ts';
import { importThroughPanel } from './userLayers.ts';

const appUrl = inject('appUrl');

/**
 * What the user's own file says: their data, shown back to them as it is, in any UI language.
 * The layer takes its name from the file ("sites").
 */
const CSV_NAME = 'sites.csv';
const CSV = '名称,经度,纬度\n太原站,112.5814,37.8600\n忻州西站,112.7018,38.4254\n';
const USER_DATA = ['sites', '名称', '经度', '纬度', '太原站', '忻州西站'];

// A popup's subtitle is the feature's name in the other language, by design: a bilingual name.
const POPUP_SKIP = ['[data-testid="feature-popup"] .sub'];

interface Offender {
  lang: Lang;
  place: string;
  word: string;
  text: string;
  where: string;
}

interface Layer {
  id: string;
  bbox: [number, number, number, number];
  streamed?: boolean;
}

interface Hook {
  taixinAtlas: {
    state: {
      catalogue: { layers: Layer[] };
      visible: Set<string>;
      notices: string[];
      streams: Map<string, { loading: boolean; held: number }>;
    };
    map: { fitBounds(b: [number, number, number, number], o: object): void; jumpTo(o: object): void };
  };
}

/**
 * Walks the app in one language and scans what it shows. Offenders are kept once per word and
 * line of text, at the first place they were seen: later places list only what they add, so
 * the failure reads as a to-do list rather than the same header line fifteen times.
 */
class Scan {
  readonly offenders: Offender[] = [];
  readonly problems: string[] = [];
  private seen = new Set<string>();
  constructor(
    private page: Page,
    private lang: Lang,
  ) {}

  async at(place: string, root: string | null = null, skip: readonly string[] = POPUP_SKIP): Promise<void> {
    const seen = await collectText(this.page, root, skip);
    // A place that shows nothing was not reached: a scan of nothing would pass for clean.
    if (seen.length < 2) this.problems.push(`${place}: almost no text found (${JSON.stringify(seen)})`);
    for (const { text, where } of seen) {
      for (const word of scanText(text, this.lang, USER_DATA)) {
        const key = `${word}\u0000${text}`;
        if (this.seen.has(key)) continue;
        this.seen.add(key);
        this.offenders.push({ lang: this.lang, place, word, text, where });
      }
    }
  }
}

async function tabs(page: Page, scan: Scan): Promise<void> {
  for (const id of ['layers', 'query', 'measure', 'sites', 'access', 'briefings']) {
    await page.click(`[data-testid="tab-${id}"]`);
    await scan.at(`tab ${id}`);
  }
  await page.click('[data-testid="tab-layers"]');
}

async function factsAndLayerInfo(page: Page, scan: Scan, layers: Layer[]): Promise<void> {
  await page.click('[data-testid="facts"] summary');
  await scan.at('projects & facts', '[data-testid="facts"]');
  await page.click('[data-testid="facts"] summary');
  for (const l of layers) {
    const summary = page.locator(`[data-layer="${l.id}"] details > summary`);
    await summary.click();
    await scan.at(`layer info: ${l.id}`, `[data-layer="${l.id}"]`);
    await summary.click();
  }
}

async function popups(page: Page, scan: Scan, layers: Layer[]): Promise<void> {
  const shown = await page.evaluate(() => [...(window as unknown as Hook).taixinAtlas.state.visible]);
  for (const l of layers) {
    // This layer alone, in view: whatever is clicked is one of its features.
    await page.evaluate(
      ({ id, bbox, streamed }) => {
        const a = (window as unknown as Hook).taixinAtlas;
        a.state.visible.clear();
        a.state.visible.add(id);
        // The streamed parcels draw from zoom 12 only: look at 大盂 closely instead of the whole extent.
        if (streamed) a.map.jumpTo({ center: [112.689, 38.175], zoom: 13 });
        else a.map.fitBounds(bbox, { padding: 80, animate: false, maxZoom: 12 });
      },
      l,
    );
    if (l.streamed) {
      await page.waitForFunction((id) => {
        const s = (window as unknown as Hook).taixinAtlas.state.streams.get(id);
        return !!s && !s.loading && s.held > 0;
      }, l.id, { timeout: 30_000 });
    }
    await settle(page);
    // A streamed layer pushes its tiles after the first idle: look again for a while.
    let at = await clickablePoint(page, l.id);
    for (let i = 0; !at && i < 20; i++) {
      await page.waitForTimeout(500);
      await settle(page);
      at = await clickablePoint(page, l.id);
    }
    if (!at) {
      scan.problems.push(`no clickable feature of ${l.id} in view: its popup was not scanned`);
      continue;
    }
    await page.mouse.click(at.x, at.y);
    const popup = page.locator('.maplibregl-popup');
    try {
      await popup.waitFor({ timeout: 5_000 });
    } catch {
      scan.problems.push(`a click on ${l.id} opened no popup`);
      continue;
    }
    await scan.at(`popup of ${l.id}`, '.maplibregl-popup');
    await page.click('.maplibregl-popup-close-button');
  }
  await page.evaluate((ids) => {
    const v = (window as unknown as Hook).taixinAtlas.state.visible;
    v.clear();
    for (const id of ids) v.add(id);
  }, shown);
  await settle(page);
}

async function importReportAndError(page: Page, scan: Scan): Promise<void> {
  await importThroughPanel(page, { name: CSV_NAME, mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
  await scan.at('import report', '[data-testid="import-panel"]');
  await page.setInputFiles('[data-testid="import-file"]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"type":') });
  await page.waitForFunction(() => (window as unknown as Hook).taixinAtlas.state.notices.some((n) => n.includes('bad.json')), undefined, { timeout: 30_000 });
  await scan.at('import error', '[data-testid="notices"]');
}

/** Dismisses every notice as a user would, one × at a time. */
async function dismissNotices(page: Page): Promise<void> {
  const close = page.locator('[data-testid="notices"] button');
  while ((await close.count()) > 0) await close.first().click();
}

async function briefingPlayer(page: Page, scan: Scan): Promise<void> {
  await page.click('[data-testid="tab-briefings"]');
  const present = page.locator('[data-testid^="present-"]').first();
  await present.click();
  await page.waitForSelector('[data-testid="briefing-caption"]');
  await scan.at('briefing player');
  await page.click('[data-testid="briefing-exit"]');
  await page.click('[data-testid="tab-layers"]');
}

/** The offenders as a to-do list: per language and place, each line of text with its words. */
function report(offenders: Offender[], problems: string[]): string {
  const lines: string[] = [];
  const byText = new Map<string, { head: string; text: string; where: string; words: string[] }>();
  for (const o of offenders) {
    const head = `[${o.lang}] ${o.place}`;
    const key = `${head}\u0000${o.where}\u0000${o.text}`;
    const entry = byText.get(key) ?? { head, text: o.text, where: o.where, words: [] };
    entry.words.push(o.word);
    byText.set(key, entry);
  }
  let last = '';
  for (const e of byText.values()) {
    if (e.head !== last) lines.push(e.head);
    last = e.head;
    const where = e.where === 'text' ? '' : ` (${e.where})`;
    lines.push(`    ${e.words.join(' ')}${where}\n        ← ${JSON.stringify(e.text)}`);
  }
  if (problems.length) lines.push('not scanned:', ...problems.map((p) => `    ${p}`));
  const text = `\n${offenders.length} words in the wrong language, in ${byText.size} texts:\n${lines.join('\n')}\n`;
  // The same list in a file, for reading and diffing beside the translation work.
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, 'i18n-offenders.txt'), text);
  return text;
}

describe('the UI speaks one language at a time', () => {
  const browser = useBrowser();

  it('shows no English in zh and no Chinese in en: tabs, layer info, popups, import report and error', async () => {
    const { page } = await openApp(browser(), `${appUrl}#lang=zh`, { width: 1920, height: 1080 });
    const layers = await page.evaluate(() => (window as unknown as Hook).taixinAtlas.state.catalogue.layers.map((l) => ({ id: l.id, bbox: l.bbox, streamed: l.streamed })));
    const all: Offender[] = [];
    const problems: string[] = [];
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') {
        // The toolbar button, as a user switches: everything already on screen must follow.
        await page.click('[data-testid="lang-switch"]');
        await page.waitForFunction(() => document.documentElement.lang === 'en');
        await settle(page);
      }
      const scan = new Scan(page, lang);
      await scan.at(lang === 'zh' ? 'on opening' : 'after switching from zh');
      // The zh walk's import error is still up: after the switch it must read in English too.
      if (lang === 'en') await scan.at('import error, from before the switch', '[data-testid="notices"]');
      await dismissNotices(page);
      await tabs(page, scan);
      await factsAndLayerInfo(page, scan, layers);
      await popups(page, scan, layers);
      await importReportAndError(page, scan);
      await briefingPlayer(page, scan);
      all.push(...scan.offenders);
      problems.push(...scan.problems.map((p) => `[${lang}] ${p}`));
    }
    await page.close();
    const todo = report(all, problems);
    expect(problems, todo).toEqual([]);
    expect(all, todo).toEqual([]);
  }, 300_000);

  it('draws English quotes, apostrophes and dashes at Latin width, and Chinese quotes full width', async () => {
    const widthsIn = async (lang: Lang): Promise<number> => {
      const { page } = await openApp(browser(), `${appUrl}#lang=${lang}`);
      const w = await widths(page, '“’”—');
      await page.close();
      return w;
    };
    const widths = (page: Page, text: string) =>
      page.evaluate((t) => {
        const span = document.createElement('span');
        span.textContent = t;
        document.body.appendChild(span);
        const w = span.getBoundingClientRect().width;
        span.remove();
        return w;
      }, text);
    // Full width is about the font size (14 px) a character; Latin quotes are a third of that.
    expect(await widthsIn('en')).toBeLessThan(4 * 14 * 0.6);
    expect(await widthsIn('zh')).toBeGreaterThan(4 * 14 * 0.8);
  });
});
