/**
 * Page-load benchmark, each figure beside a baseline measured in the same run:
 *
 *   page load → map idle   the app (all layers drawn)   vs the same app with no layer shown
 *                          (MapLibre's own start-up on this machine) and a static HTML page
 *   initial JS (gzip)      what index.html loads first  vs MapLibre's own bundle alone
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startStaticServer } from '../serve/staticServer.ts';
import { launch } from '../../test/e2e/browser.ts';

const root = join(import.meta.dirname, '../..');
export async function benchPageLoad(noBuild: boolean): Promise<void> {
  // ATLAS_DIST: build and measure in a folder of one's own, as the e2e suite allows, so two people
  // can work side by side without sharing dist/.
  const dist = process.env.ATLAS_DIST ?? join(root, 'dist');
  const RUNS = 5;

  // Always measure what the sources build now; --no-build reuses the build when iterating.
  if (!existsSync(join(dist, 'index.html')) || !noBuild) {
    const outDir = process.env.ATLAS_DIST ? ['--', '--outDir', dist, '--emptyOutDir'] : [];
    execFileSync('npm', ['run', 'build', ...outDir], { cwd: root, stdio: 'inherit' });
  }

  const median = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)] as number;
  };
  const kB = (n: number): string => `${(n / 1024).toFixed(1)} kB`;

  // ── initial JS ───────────────────────────────────────────────────────────────────────────
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
  const gz = (file: string): number => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const initialGz = initial.reduce((s, f) => s + gz(f), 0);
  const maplibreGz = gzipSync(readFileSync(join(root, 'node_modules/maplibre-gl/dist/maplibre-gl.mjs')), { level: 9 }).length;

  // ── page load → idle ─────────────────────────────────────────────────────────────────────
  const blankDir = mkdtempSync(join(tmpdir(), 'bench-blank-'));
  writeFileSync(join(blankDir, 'index.html'), '<!doctype html><title>blank</title><p>baseline</p>');
  const app = await startStaticServer(dist);
  const blank = await startStaticServer(blankDir);
  const browser = await launch();
  const appTimes: number[] = [];
  const emptyTimes: number[] = [];
  const blankTimes: number[] = [];
  async function timeToIdle(url: string): Promise<number> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('atlas:idle').length > 0, undefined, { timeout: 60_000 });
    const t = await page.evaluate(() => performance.getEntriesByName('atlas:idle')[0]?.startTime ?? Number.NaN);
    await page.close();
    return t;
  }
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${blank.url}/`, { waitUntil: 'load' });
      blankTimes.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.duration ?? Number.NaN));
      await page.close();
      appTimes.push(await timeToIdle(`${app.url}/`));
      emptyTimes.push(await timeToIdle(`${app.url}/#layers=`));
    }
  } finally {
    await browser.close();
    await app.close();
    await blank.close();
  }

  const idle = median(appTimes);
  const empty = median(emptyTimes);
  const base = median(blankTimes);
  console.log('\nTaixin Atlas benchmark (headless Chromium, SwiftShader WebGL, 1280×800)\n');
  console.log('| measure | value | baseline (same run) | ratio | target |');
  console.log('|---|---|---|---|---|');
  console.log(`| page load → map idle, median of ${RUNS} | ${idle.toFixed(0)} ms | ${empty.toFixed(0)} ms same app, no layer shown | ${(idle / empty).toFixed(2)}× | ≤ 1.3× ${idle / empty <= 1.3 ? '✓' : '✗'} |`);
  console.log(`| static HTML page load (machine check) | ${base.toFixed(0)} ms | | | |`);
  console.log(`| initial JS, gzip (${initial.length} file${initial.length === 1 ? '' : 's'}) | ${kB(initialGz)} | ${kB(maplibreGz)} MapLibre alone | ${(initialGz / maplibreGz).toFixed(2)}× | ≤ 420 kB ${initialGz <= 420 * 1024 ? '✓' : '✗'} |`);
  const list = (xs: number[]): string => xs.map((t) => t.toFixed(0)).join(', ');
  console.log(`\nruns (ms): app ${list(appTimes)}; no layers ${list(emptyTimes)}; static ${list(blankTimes)}`);
}
