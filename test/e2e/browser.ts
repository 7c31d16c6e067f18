import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const SCREENSHOTS = join(import.meta.dirname, '../output');

/** Debian's Chromium, headless, with WebGL on SwiftShader and no background network chatter. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/** One browser for a test file: launched before its tests, closed after. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browser not launched yet');
    return browser;
  };
}

export interface OpenedApp {
  page: Page;
  /** Every URL the page asked for, to prove the app stays on the local server. */
  requests: string[];
  consoleErrors: string[];
}

export async function openApp(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<OpenedApp> {
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(url);
  await waitForMapIdle(page);
  return { page, requests, consoleErrors };
}

/** Resolves once every catalogue layer has loaded (or failed) and the map has drawn it all. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const a = (window as unknown as { taixinAtlas?: { state: { catalogue: { layers: unknown[] } | null; loadedCount: number } } }).taixinAtlas;
      return !!a && !!a.state.catalogue && a.state.loadedCount === a.state.catalogue.layers.length;
    },
    undefined,
    { timeout: 30_000 },
  );
  await settle(page);
}

/** Waits for the map's next idle: nothing loading, no transition running. */
export async function settle(page: Page): Promise<void> {
  // The map is made once the zone's data is in, so after a reload it may not exist yet.
  await page.waitForFunction(() => !!(window as unknown as { taixinAtlas?: { map?: unknown } }).taixinAtlas?.map, undefined, { timeout: 30_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { taixinAtlas: { map: { loaded(): boolean; once(e: string, f: () => void): void; triggerRepaint(): void } } }).taixinAtlas.map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Features MapLibre has actually drawn for one catalogue layer (all its style layers). */
export async function renderedCount(page: Page, catalogueId: string): Promise<number> {
  return page.evaluate((id) => {
    const map = (window as unknown as { taixinAtlas: { map: { getStyle(): { layers: Array<{ id: string; metadata?: Record<string, unknown> }> }; queryRenderedFeatures(o: { layers: string[] }): Array<{ properties: Record<string, unknown> }> } } }).taixinAtlas.map;
    const layers = map.getStyle().layers.filter((l) => l.metadata?.['atlas:layer'] === id).map((l) => l.id);
    const ids = new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id)));
    return ids.size;
  }, catalogueId);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
