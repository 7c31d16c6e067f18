import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from 'fast-png';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, renderedCount, SCREENSHOTS, screenshot, settle, useBrowser, waitForMapIdle } from './browser.ts';

const appUrl = inject('appUrl');

interface Cam {
  lng: number;
  lat: number;
  zoom: number;
}
const camera = (page: Page): Promise<Cam> =>
  page.evaluate(() => {
    const m = (window as unknown as { taixinAtlas: { map: { getCenter(): { lng: number; lat: number }; getZoom(): number } } }).taixinAtlas.map;
    return { ...m.getCenter(), zoom: m.getZoom() };
  });

/** Waits until the camera has arrived (fly-to animations take a moment). */
async function cameraAt(page: Page, lng: number, lat: number, zoom: number): Promise<void> {
  await page.waitForFunction(
    ([x, y, z]) => {
      const m = (window as unknown as { taixinAtlas: { map: { getCenter(): { lng: number; lat: number }; getZoom(): number; isMoving(): boolean } } }).taixinAtlas.map;
      const c = m.getCenter();
      return !m.isMoving() && Math.abs(c.lng - (x as number)) < 1e-4 && Math.abs(c.lat - (y as number)) < 1e-4 && (z as number) > 0;
    },
    [lng, lat, zoom],
    { timeout: 15_000 },
  );
  await settle(page);
}

const visibleLayers = (page: Page) => page.evaluate(() => [...(window as unknown as { taixinAtlas: { state: { visible: Set<string> } } }).taixinAtlas.state.visible].sort());

describe('briefing mode', () => {
  const browser = useBrowser();

  it('steps to scene 4 with the keyboard, blanks, explores and snaps back, and reopens from the URL', async () => {
    const { page, requests, consoleErrors } = await openApp(browser(), appUrl);
    await page.click('[data-testid="tab-briefings"]');
    await page.click('[data-testid="present-zone-overview"]');
    await page.waitForSelector('[data-testid="briefing-caption"]');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await cameraAt(page, 114.3, 38.75, 7.2);
    await expect(page.textContent('[data-testid="briefing-progress"]')).resolves.toBe('场景 4 / 9');
    await expect(page.textContent('[data-testid="briefing-caption"]')).resolves.toContain('雄安至忻州西 342.661 km');
    expect(await visibleLayers(page)).toEqual(['counties', 'stations', 'xiongxin', 'zone_boundary']);
    expect(await renderedCount(page, 'xiongxin')).toBe(2);
    expect(await renderedCount(page, 'dayu')).toBe(0);
    await screenshot(page, 'briefing-scene4');

    await page.keyboard.press('b');
    await expect(page.locator('[data-testid="blank"]').isVisible()).resolves.toBe(true);
    await page.keyboard.press('b');
    await expect(page.locator('[data-testid="blank"]').count()).resolves.toBe(0);

    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="exploring"]');
    await page.evaluate(() => (window as unknown as { taixinAtlas: { map: { jumpTo(o: object): void } } }).taixinAtlas.map.jumpTo({ center: [112.5, 38.0], zoom: 9 }));
    expect((await camera(page)).lng).toBeCloseTo(112.5, 5);
    await page.keyboard.press('.');
    await cameraAt(page, 114.3, 38.75, 7.2);
    await expect(page.textContent('[data-testid="briefing-caption"]')).resolves.toContain('雄忻高铁');

    await page.waitForFunction(() => location.hash.includes('briefing=zone-overview&scene=4'));
    await page.reload();
    await waitForMapIdle(page);
    await page.waitForSelector('[data-testid="briefing-caption"]');
    await expect(page.textContent('[data-testid="briefing-progress"]')).resolves.toBe('场景 4 / 9');
    await cameraAt(page, 114.3, 38.75, 7.2);

    expect(requests.filter((u) => !u.startsWith(appUrl) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('exports a scene as a 1920×1080 PNG that is not blank, and the briefing as a PDF of one page per scene', async () => {
    const { page, requests } = await openApp(browser(), `${appUrl}#briefing=zone-overview&scene=2`);
    await page.waitForSelector('[data-testid="briefing-caption"]');
    const [png] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-testid="export-png"]')]);
    expect(png.suggestedFilename()).toBe('taixin-zone-overview-2-1920x1080.png');
    mkdirSync(SCREENSHOTS, { recursive: true });
    copyFileSync((await png.path()) as string, join(SCREENSHOTS, 'export-scene2.png'));
    const image = decode(readFileSync((await png.path()) as string));
    expect([image.width, image.height]).toEqual([1920, 1080]);
    // Not blank: the luminance of a sample of pixels varies.
    const channels = image.channels;
    const lum: number[] = [];
    for (let i = 0; i < image.width * image.height; i += 997) {
      const d = image.data;
      lum.push(0.3 * (d[i * channels] as number) + 0.59 * (d[i * channels + 1] as number) + 0.11 * (d[i * channels + 2] as number));
    }
    const mean = lum.reduce((a, b) => a + b, 0) / lum.length;
    const variance = lum.reduce((a, b) => a + (b - mean) ** 2, 0) / lum.length;
    expect(variance).toBeGreaterThan(100);

    // The PDF takes the size chosen: A4 paper, landscape (841.89 × 595.28 pt).
    await page.selectOption('[data-testid="export-size"]', 'A4-150');
    const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('[data-testid="export-pdf"]')]);
    const bytes = readFileSync((await pdf.path()) as string, 'latin1');
    expect(bytes.startsWith('%PDF-')).toBe(true);
    expect(bytes.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(9);
    const boxes = [...bytes.matchAll(/\/MediaBox\s*\[([^\]]+)\]/g)].map((m) => (m[1] ?? '').trim().split(/\s+/).map(Number));
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) expect([Math.round(b[2] ?? 0), Math.round(b[3] ?? 0)]).toEqual([842, 595]);
    expect(requests.filter((u) => !u.startsWith(appUrl) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  }, 180_000);

  it('records the current view as a scene, and refuses a broken briefing file without losing it', async () => {
    const { page } = await openApp(browser(), `${appUrl}#map=10/38.2/112.7`);
    await page.click('[data-testid="tab-briefings"]');
    await page.click('[data-testid="record-scene"]');
    await page.locator('[data-testid="my-briefing-count"]', { hasText: '(1)' }).waitFor();
    await page.setInputFiles('[data-testid="briefing-file"]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"id":"x","title":{"zh":"a","en":"b"},"scenes":[{"id":"s","camera":{"center":[1,2],"zoom":99}}]}') });
    await expect(page.textContent('[data-testid="briefing-error"]')).resolves.toMatch(/^简报文件无法载入：bad\.json 第 1 个场景（s）：.*缩放级别（camera\.zoom）须为 0–22 的数字/);
    await page.locator('[data-testid="my-briefing-count"]', { hasText: '(1)' }).waitFor();
    // A scene recorded at once after a reload, before the stored briefing is read, adds to it rather than replacing it.
    await page.reload();
    await page.click('[data-testid="tab-briefings"]');
    await page.click('[data-testid="record-scene"]');
    await page.locator('[data-testid="my-briefing-count"]', { hasText: '(2)' }).waitFor();
    await page.close();
  });
});
