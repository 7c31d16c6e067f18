import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, screenshot, useBrowser } from './browser.ts';

const appUrl = inject('appUrl');
const root = join(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'site-access-e2e-'));
const SITE = 'park-xinzhou-edz';

function site(): Feature {
  const fc = JSON.parse(readFileSync(join(root, 'data', 'parks.geojson'), 'utf8')) as FeatureCollection;
  const f = fc.features.find((x) => x.properties?.id === SITE);
  if (!f) throw new Error('test data changed');
  return f;
}

/** One CSV record, quotes honoured (a route may hold commas). */
function csvRecord(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

/** The query CLI's door-to-door answer for the site's point, as a record by column name. */
function cliAccess(to: string, scenario: string, ...extra: string[]): Record<string, string> {
  const file = join(tmp, 'site.geojson');
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [site()] }));
  const run = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/query.ts'), 'access', '--from', file, '--to', to, '--scenario', scenario, '--format', 'csv', ...extra], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  const [head, row] = run.stdout.replace('\uFEFF', '').trim().split('\r\n');
  const keys = csvRecord(head ?? '');
  const values = csvRecord(row ?? '');
  return Object.fromEntries(keys.map((k, i) => [k, values[i] ?? '']));
}

/** "4 小时 51 分" / "4 h 51 min" / "51 分" back to minutes. */
function minutesOf(text: string): number {
  const h = /(\d+)\s*(?:小时|h)/.exec(text);
  const m = /(\d+)\s*(?:分|min)/.exec(text);
  return Number(h?.[1] ?? 0) * 60 + Number(m?.[1] ?? 0);
}

async function openCard(page: Page): Promise<void> {
  await page.click('[data-testid="tab-sites"]');
  await page.waitForSelector(`[data-site-row="${SITE}"]`);
  await page.click(`[data-site-row="${SITE}"] .name`);
  await page.waitForSelector('[data-testid="site-rail-xiongan"]', { timeout: 20_000 });
}

const cardTime = async (page: Page, to: string, year: '2022' | '2027') => (await page.textContent(`[data-testid="site-rail-${to}"] .time[data-year="${year}"]`)) ?? '';

describe('rail times on a site card', () => {
  const browser = useBrowser();

  it('shows minutes today and in 2027 that agree with the CLI for the same point, with the route, the claim and the assumptions (zh)', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#lang=zh`);
    await openCard(page);
    const line = (await page.textContent('[data-testid="site-rail-xiongan"] .trip')) ?? '';
    // Model times to 5 minutes, marked approximate: "到雄安 约 4 小时 40 分估算 → 约 1 小时 15 分估算（2027）".
    expect(line).toMatch(/^到雄安 ?约 \d+ 小时.*→ ?约 \d.*（2027）$/);
    for (const to of ['xiongan', 'beijing']) {
      for (const year of ['2022', '2027'] as const) {
        const cli = cliAccess(to, year);
        // The card rounds to 5 minutes, the CLI to tenths.
        expect(Math.abs(minutesOf(await cardTime(page, to, year)) - Number(cli.minutes)), `${to} ${year}`).toBeLessThanOrEqual(2.55);
        // A figure short of confirmed (an estimate or an inferred figure anywhere in the chain) is marked on the card.
        const marks = await page.locator(`[data-testid="site-rail-${to}"] .time[data-year="${year}"] + .est`).count();
        expect(marks, `${to} ${year}`).toBe(cli.confidence === 'confirmed' ? 0 : 1);
      }
    }
    // The official 忻州–雄安 claim stands beside the 2027 figure when the trip boards at 忻州西, marked as a claim.
    const boards = cliAccess('xiongan', '2027').access_station;
    const claim = page.locator('[data-testid="site-rail-xiongan"] [data-testid="site-rail-claim"]');
    if (boards === 'stn-xinzhouxi') await expect(claim.textContent()).resolves.toBe('官方称 1 小时说法');
    else expect(await claim.count()).toBe(0);
    // The route, on keyboard focus: the station boarded at and the line.
    await page.focus('[data-testid="site-rail-xiongan"] .trip');
    const tip = page.locator('[data-testid="site-rail-xiongan"] [role="tooltip"]');
    expect(await tip.isVisible()).toBe(true);
    const route = (await tip.textContent()) ?? '';
    expect(route).toContain(cliAccess('xiongan', '2027').access_station_zh);
    expect(route).toMatch(/2022：公路 .*2027：公路 /);
    // Esc closes the route; a tap pins it in the card's flow, above the next row rather than over it.
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.click('[data-testid="site-rail-xiongan"] .trip');
    expect(await tip.isVisible()).toBe(true);
    const tipBox = await tip.boundingBox();
    const nextRow = await page.locator('[data-testid="site-rail-beijing"] .trip').boundingBox();
    expect((tipBox?.y ?? 0) + (tipBox?.height ?? 0)).toBeLessThanOrEqual((nextRow?.y ?? 0) + 1);
    await screenshot(page, 'site-access-route-pinned');
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await expect(page.textContent('[data-testid="site-rail-assumptions"]')).resolves.toMatch(/公路时速 40 公里，绕行系数 1\.3.*2022 情景.*→.*2027 情景/);
    await screenshot(page, 'site-access-card-zh');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('updates the card when the access speed changes, in step with the CLI at that speed (en)', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#lang=en`);
    await openCard(page);
    expect((await page.textContent('[data-testid="site-rail-xiongan"] .trip')) ?? '').toMatch(/^To Xiong'an.*about \d+ h.*→ ?about \d.* \(2027\)$/);
    const before = await cardTime(page, 'xiongan', '2022');
    // The same ranges and words as the 通达 panel and a link: 1000 km/h is refused, the card keeps its figure.
    await page.fill('[data-testid="site-access-speed"]', '1000');
    await expect(page.textContent('[data-testid="site-access-speed-error"]')).resolves.toContain('Enter a number from 5 to 120 (still using 40)');
    expect(await cardTime(page, 'xiongan', '2022')).toBe(before);
    expect(await page.evaluate(() => location.hash)).not.toContain('v1000');
    await expect(page.inputValue('[data-testid="site-access-k"]')).resolves.toBe('3');
    await page.fill('[data-testid="site-access-speed"]', '80');
    await page.press('[data-testid="site-access-speed"]', 'Enter');
    await page.waitForFunction(
      (old) => {
        const el = document.querySelector('[data-testid="site-rail-xiongan"] .time[data-year="2022"]');
        return !!el && el.textContent !== old;
      },
      before,
      { timeout: 20_000 },
    );
    await expect(page.textContent('[data-testid="site-rail-assumptions"]')).resolves.toMatch(/road 80 km\/h/);
    for (const year of ['2022', '2027'] as const) {
      const cli = cliAccess('xiongan', year, '--speed', '80');
      expect(Math.abs(minutesOf(await cardTime(page, 'xiongan', year)) - Number(cli.minutes)), year).toBeLessThanOrEqual(2.55);
    }
    // A faster road never makes the trip longer.
    expect(minutesOf(await cardTime(page, 'xiongan', '2022'))).toBeLessThan(minutesOf(before));
    await page.locator('[data-testid="site-rail-times"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'site-access-card-en');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('puts the rail times in the comparison and its CSV, as the CLI gives them', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl}#lang=zh`);
    await page.click('[data-testid="tab-sites"]');
    for (const id of [SITE, 'dayu-core']) await page.click(`[data-testid="compare-${id}"]`);
    await page.click('[data-testid="compare-open"]');
    await page.waitForFunction(() => {
      const row = document.querySelector('[data-testid="compare-rail-xiongan"]');
      return !!row && !row.textContent?.includes('计算中');
    }, undefined, { timeout: 20_000 });
    expect((await page.textContent('[data-testid="compare-rail-xiongan"]')) ?? '').toMatch(/到雄安.*→.*（2027）/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="compare-csv"]')]);
    const [head, ...rows] = readFileSync((await download.path()) as string, 'utf8').replace('\uFEFF', '').trim().split('\r\n');
    const keys = csvRecord(head ?? '');
    const mine = csvRecord(rows.find((r) => r.startsWith(`${SITE},`)) ?? '');
    for (const year of ['2022', '2027'] as const) {
      const cli = cliAccess('xiongan', year);
      expect(Number(mine[keys.indexOf(`到雄安·${year}（分钟）`)])).toBeCloseTo(Number(cli.minutes), 1);
      expect(mine[keys.indexOf(`到雄安·${year}·路线`)]).toBe(cli.route_zh);
    }
    expect(mine[keys.indexOf('铁路时间假设')]).toContain('公路时速 40 公里');
    await expect(page.textContent('[data-testid="compare-rail-assumptions"]')).resolves.toContain('公路时速 40 公里');
    await screenshot(page, 'site-access-compare');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
