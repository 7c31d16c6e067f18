/**
 * Import benchmark: a user's 1,000,000-point CSV and 200,000-parcel GeoJSON dropped on the
 * app's import panel in headless Chromium — time to first features drawn, time to complete,
 * main-thread long tasks, JS heap, reload to visible — each beside its target and beside
 * baselines from the same run in Node: Papa Parse alone on the same CSV, and the query index
 * over the 1M points (build + one query) against a naive Turf loop.
 *
 * Missed targets are printed, never asserted; when the app does not reach a mark within
 * 120 s the table says "did not finish" with whatever figures it has.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { distance } from '@turf/turf';
import type { Feature, Point } from 'geojson';
import Papa from 'papaparse';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { prepareLayer, type PreparedLayer } from '../../src/lib/query/preparedLayer.ts';
import { withinDistance } from '../../src/lib/query/withinDistance.ts';
import { launch, settle, waitForMapIdle } from '../../test/e2e/browser.ts';
import { mulberry32, USER_BOX, writeParcelsGeoJson, writePointsCsv } from '../data/userFiles.ts';
import { startStaticServer } from '../serve/staticServer.ts';

const root = join(import.meta.dirname, '../..');
const POINTS = 1_000_000;
const PARCELS = 200_000;
const D_KM = 5;
const MARK_WAIT_MS = 120_000;
const POLL_MS = 100;

const TARGET = { firstMs: 10_000, doneMs: 20_000, taskMs: 200, heapBytes: 1024 ** 3, reloadMs: 3000, buildMs: 400, ratio: 4 };

const MB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (t: number | null): string => (t === null ? 'did not finish' : t >= 10_000 ? `${(t / 1000).toFixed(1)} s` : `${t.toFixed(0)} ms`);
const tick = (ok: boolean): string => (ok ? '✓' : '✗');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const sleep = (t: number): Promise<void> => new Promise((ok) => setTimeout(ok, t));

const TIMED_OUT = Symbol('timed out');

/** A hung page must not hang the bench: give up on any browser call after `t` ms. */
async function within<T>(t: number, p: Promise<T>): Promise<T | typeof TIMED_OUT> {
  p.catch(() => undefined); // a call given up on may still reject later
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof TIMED_OUT>((ok) => (timer = setTimeout(() => ok(TIMED_OUT), Math.max(0, t))));
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

// ── input files ──────────────────────────────────────────────────────────────────────────────

/** Kept in the OS temp dir between runs: writing 100 MB is not what is being measured. */
async function ensureFiles(): Promise<{ csv: string; geojson: string }> {
  const dir = join(tmpdir(), 'taixin-atlas-bench');
  mkdirSync(dir, { recursive: true });
  const csv = join(dir, `points-${POINTS}.csv`);
  const geojson = join(dir, `parcels-${PARCELS}.geojson`);
  // Written under another name first, so an interrupted run never leaves a short file behind.
  for (const [path, write] of [[csv, () => writePointsCsv(`${csv}.part`, POINTS)], [geojson, () => writeParcelsGeoJson(`${geojson}.part`, PARCELS)]] as const) {
    if (existsSync(path)) continue;
    console.log(`import bench: writing ${path}`);
    await write();
    renameSync(`${path}.part`, path);
  }
  return { csv, geojson };
}

// ── Node baselines ───────────────────────────────────────────────────────────────────────────

interface NodeFigures {
  rows: number;
  papaMs: number;
  jsonMs: number;
  buildMs: number[];
  queryMs: number;
  naiveMs: number;
  matches: number;
  same: boolean;
}

function timed<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

/**
 * A full GC on demand, so one build's garbage is not collected inside the next one's timing
 * (in the app a layer's index is built once). Node only exposes gc() behind a flag; setting it
 * at run time makes it available to new contexts.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function benchNode(csv: string, geojson: string): NodeFigures {
  const points = benchPoints(csv);
  const json = readFileSync(geojson, 'utf8');
  collectGarbage();
  return { ...points, jsonMs: timed(() => JSON.parse(json) as unknown).ms };
}

function benchPoints(csv: string): Omit<NodeFigures, 'jsonMs'> {
  const text = readFileSync(csv, 'utf8');
  collectGarbage();
  const papa = timed(() => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }));
  const features: Feature<Point>[] = papa.value.data.map((row) => ({
    type: 'Feature',
    properties: row,
    geometry: { type: 'Point', coordinates: [Number(row.lon), Number(row.lat)] },
  }));

  const buildMs: number[] = [];
  let layer: PreparedLayer | undefined;
  for (let i = 0; i < 3; i++) {
    layer = undefined;
    collectGarbage();
    const built = timed(() => prepareLayer(features));
    buildMs.push(built.ms);
    layer = built.value;
  }
  const r = mulberry32(7);
  const [x0, y0, x1, y1] = USER_BOX;
  const sources: Feature<Point>[] = Array.from({ length: 10 }, (_, i) => ({
    type: 'Feature',
    properties: { id: `s${i}` },
    geometry: { type: 'Point', coordinates: [x0 + r() * (x1 - x0), y0 + r() * (y1 - y0)] },
  }));
  const query = timed(() => withinDistance(layer as PreparedLayer, prepareLayer(sources), D_KM * 1000));
  // The naive method of scripts/bench/queries.ts: every target against every source.
  const naive = timed(() => {
    const hit: number[] = [];
    features.forEach((t, i) => {
      if (sources.some((s) => distance(t, s, { units: 'kilometers' }) <= D_KM)) hit.push(i);
    });
    return hit;
  });
  const engine = query.value.map((m) => m.index).sort((a, b) => a - b);
  const same = engine.length === naive.value.length && engine.every((v, i) => v === naive.value[i]);
  return { rows: papa.value.data.length, papaMs: papa.ms, buildMs, queryMs: query.ms, naiveMs: naive.ms, matches: engine.length, same };
}

// ── the app's build ──────────────────────────────────────────────────────────────────────────

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const e of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return newest;
}

/** Builds dist/ when it is missing or older than anything it is built from; false if unusable. */
function ensureBuilt(noBuild: boolean): boolean {
  const index = join(root, 'dist/index.html');
  const sources = ['src', 'styles', 'public', 'data', 'index.html', 'vite.config.ts', 'svelte.config.js', 'package-lock.json'];
  const stale = !existsSync(index) || (!noBuild && sources.some((s) => newestMtime(join(root, s)) > statSync(index).mtimeMs));
  if (stale) {
    try {
      execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    } catch {
      // Others may be mid-edit: measure the last good build rather than nothing.
      console.log(`import bench: build failed${existsSync(index) ? '; measuring the previous dist/' : ''}`);
    }
  }
  return existsSync(index);
}

// ── one file through the app ─────────────────────────────────────────────────────────────────

interface LongTask {
  start: number;
  duration: number;
}

interface AtlasWindow {
  __longTasks?: LongTask[];
  taixinAtlas?: { state: { userLayers?: Array<{ id: string; name: string; count?: number; features?: unknown[] }> } };
}

interface WorkerHeap {
  name: string;
  /** Null when the worker did not answer in time. */
  bytes: number | null;
}

interface ImportRun {
  file: string;
  bytes: number;
  firstMs: number | null;
  doneMs: number | null;
  listedMs: number | null;
  count: number | null;
  tasks: LongTask[] | null;
  heapUsed: number | null;
  heapAfterGc: number | null;
  workerHeaps: WorkerHeap[] | null;
  reloadMs: number | null;
  reloadWorstTask: number | null;
  notes: string[];
}

/** Runs before the app's own scripts, so no long task of start-up or import goes unseen. */
function observeLongTasks(): void {
  const w = window as unknown as AtlasWindow;
  const tasks: LongTask[] = [];
  w.__longTasks = tasks;
  try {
    new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
  } catch {
    // No longtask support: the table then shows no tasks rather than failing.
  }
}

interface Probe {
  marks: Array<number | null>;
  layers: number;
  count: number | null;
  now: number;
}

/** Start times of the first mark beginning with each prefix, and the user layers listed. */
function probe(page: Page, prefixes: string[]): Promise<Probe> {
  // No named inner functions: tsx would wrap them in a helper the page does not have.
  return page.evaluate((ps) => {
    const marks = performance.getEntriesByType('mark');
    const layers = (window as unknown as AtlasWindow).taixinAtlas?.state.userLayers ?? [];
    const last = layers[layers.length - 1];
    return {
      marks: ps.map((p) => marks.find((m) => m.name.startsWith(p))?.startTime ?? null),
      layers: layers.length,
      count: last ? (last.count ?? last.features?.length ?? null) : null,
      now: performance.now(),
    };
  }, prefixes);
}

/**
 * Polls until the last prefix's mark exists or `deadline` (Date.now() clock) passes; `onProbe`
 * sees every answer. Returns the last answer, or null when the page stopped answering.
 */
async function pollMarks(page: Page, prefixes: string[], deadline: number, onProbe: (p: Probe) => void): Promise<Probe | null> {
  let last: Probe | null = null;
  while (Date.now() < deadline) {
    const p = await within(deadline - Date.now(), probe(page, prefixes)).catch(() => null);
    if (p === TIMED_OUT || p === null) return last;
    last = p;
    onProbe(p);
    if (p.marks[p.marks.length - 1] !== null) return p;
    await sleep(POLL_MS);
  }
  return last;
}

async function longTasks(page: Page): Promise<LongTask[] | null> {
  const t = await within(10_000, page.evaluate(() => (window as unknown as AtlasWindow).__longTasks ?? [])).catch((): typeof TIMED_OUT => TIMED_OUT);
  return t === TIMED_OUT ? null : t;
}

async function metric(cdp: CDPSession, name: string): Promise<number | null> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? null;
}

/**
 * Used JS heap of each worker of the page's browser context, after a GC. Workers have no
 * performance.memory, and Playwright's CDP sessions cannot address a worker's flat session,
 * so each worker is attached the older way and spoken to through Target.sendMessageToTarget.
 */
async function workerHeaps(cdp: CDPSession): Promise<WorkerHeap[]> {
  const { targetInfo: self } = await cdp.send('Target.getTargetInfo');
  const { targetInfos } = await cdp.send('Target.getTargets');
  const workers = targetInfos.filter((t) => t.browserContextId === self.browserContextId && /worker/.test(t.type));
  const heaps: WorkerHeap[] = [];
  for (const w of workers) {
    const name = w.url.split('/').pop() || w.type;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: w.targetId, flatten: false });
    const replies = new Map<number, (result: unknown) => void>();
    const onMessage = (e: { sessionId: string; message: string }): void => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as { id?: number; result?: unknown };
      if (m.id !== undefined) replies.get(m.id)?.(m.result);
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
    const ask = (id: number, method: string): Promise<unknown> => {
      const reply = new Promise<unknown>((ok) => replies.set(id, ok));
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(() => undefined);
      return within(10_000, reply);
    };
    try {
      // A worker still busy with the import answers neither; it is listed as not read.
      const gc = await ask(1, 'HeapProfiler.collectGarbage');
      const usage = gc === TIMED_OUT ? TIMED_OUT : await ask(2, 'Runtime.getHeapUsage');
      heaps.push({ name, bytes: usage === TIMED_OUT ? null : (usage as { usedSize: number }).usedSize });
    } finally {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
  }
  return heaps;
}

/** Awaits one browser call, or throws naming it once `t` ms pass: the bench must never hang. */
async function step<T>(label: string, t: number, p: Promise<T>): Promise<T> {
  const r = await within(t, p);
  if (r === TIMED_OUT) throw new Error(`${label}: no answer in ${t / 1000} s`);
  return r;
}

async function readHeaps(page: Page, run: ImportRun): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    run.heapUsed = await metric(cdp, 'JSHeapUsedSize');
    await cdp.send('HeapProfiler.collectGarbage');
    run.heapAfterGc = await metric(cdp, 'JSHeapUsedSize');
    run.workerHeaps = await workerHeaps(cdp);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function measureImport(browser: Browser, appUrl: string, file: string): Promise<ImportRun> {
  const run: ImportRun = {
    file, bytes: statSync(file).size, firstMs: null, doneMs: null, listedMs: null, count: null,
    tasks: null, heapUsed: null, heapAfterGc: null, workerHeaps: null, reloadMs: null, reloadWorstTask: null, notes: [],
  };
  const errors: string[] = [];
  // A fresh context per file: nothing stored by the previous import (IndexedDB) carries over.
  const context = await step('new browser context', 30_000, browser.newContext({ viewport: { width: 1440, height: 900 } }));
  try {
    await step('addInitScript', 30_000, context.addInitScript(observeLongTasks));
    const page = await step('new page', 30_000, context.newPage());
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('crash', () => run.notes.push('page crashed'));
    await step('open the app', 60_000, page.goto(`${appUrl}/`));
    await step('map idle before import', 60_000, waitForMapIdle(page));

    const t0 = await step('page clock', 10_000, page.evaluate(() => performance.now()));
    const deadline = Date.now() + MARK_WAIT_MS;
    await step('setInputFiles', MARK_WAIT_MS, page.setInputFiles('[data-testid="import-file"]', file, { timeout: 30_000 }));
    const done = await pollMarks(page, ['atlas:import-first-features', 'atlas:import-done'], deadline, (p) => {
      const [first, end] = p.marks;
      if (first !== null && first !== undefined) run.firstMs = first - t0;
      if (end !== null && end !== undefined) run.doneMs = end - t0;
      if (p.layers > 0 && run.listedMs === null) run.listedMs = p.now - t0;
      run.count = p.count;
    });
    if (!done) run.notes.push('page stopped answering during the import');
    if (run.doneMs !== null) {
      // Long tasks are counted until the map has drawn the import and a second has passed.
      await within(30_000, settle(page)).catch(() => undefined);
      await sleep(1000);
      run.count = (await step('layer count', 10_000, probe(page, []))).count;
    }
    const tEnd = await step('page clock', 10_000, page.evaluate(() => performance.now()));
    run.tasks = (await longTasks(page))?.filter((t) => t.start >= t0 && t.start <= tEnd) ?? null;
    await step('heap', 60_000, readHeaps(page, run)).catch((e: unknown) => run.notes.push(`heap not read: ${String(e).split('\n')[0]}`));
    if (run.doneMs === null) return run;

    const reloadDeadline = Date.now() + MARK_WAIT_MS;
    await step('reload', MARK_WAIT_MS, page.reload({ timeout: MARK_WAIT_MS }));
    const visible = await pollMarks(page, ['atlas:user-layer-visible'], reloadDeadline, () => undefined);
    run.reloadMs = visible?.marks[0] ?? null;
    const until = run.reloadMs ?? visible?.now ?? Infinity;
    const tasks = await longTasks(page);
    if (tasks) run.reloadWorstTask = Math.max(0, ...tasks.filter((t) => t.start <= until).map((t) => t.duration));
    return run;
  } catch (e) {
    run.notes.push(String(e).split('\n')[0] as string);
    return run;
  } finally {
    if (errors.length) run.notes.push(`page error: ${(errors[0] as string).split('\n')[0]}`);
    await within(30_000, context.close()).catch(() => undefined);
  }
}

// ── report ───────────────────────────────────────────────────────────────────────────────────

function printNode(n: NodeFigures): void {
  const build = median(n.buildMs);
  const ratio = n.naiveMs / (build + n.queryMs);
  console.log(`\nImport baselines in Node (one core): ${n.rows.toLocaleString('en')}-row CSV, within ${D_KM} km of 10 points\n`);
  console.log('| measure | value | baseline (same run) | ratio | target |');
  console.log('|---|---|---|---|---|');
  console.log(`| Papa Parse alone, ${n.rows.toLocaleString('en')} rows | ${ms(n.papaMs)} | | | baseline for the app's CSV import |`);
  console.log(`| JSON.parse alone, ${PARCELS.toLocaleString('en')} parcels | ${ms(n.jsonMs)} | | | baseline for the app's GeoJSON import |`);
  console.log(`| index build, ${n.rows.toLocaleString('en')} points, median of 3 | ${ms(build)} (${n.buildMs.map((t) => t.toFixed(0)).join(', ')}) | | | ≤ ${TARGET.buildMs} ms ${tick(build <= TARGET.buildMs)} |`);
  console.log(`| query + build, within ${D_KM} km of 10 points | ${ms(n.queryMs)} + ${ms(build)} (${n.matches} points) | ${ms(n.naiveMs)} naive turf.distance loop | ${ratio.toFixed(1)}× | ≥ ${TARGET.ratio}× ${tick(ratio >= TARGET.ratio)}; results ${n.same ? 'identical' : 'DIFFERENT'} |`);
}

function printRun(r: ImportRun, baseline: { name: string; ms: number }): void {
  const name = r.file.split('/').pop() as string;
  const worst = r.tasks ? Math.max(0, ...r.tasks.map((t) => t.duration)) : null;
  const total = r.tasks ? r.tasks.reduce((s, t) => s + t.duration, 0) : null;
  const workers = r.workerHeaps ?? [];
  const heapTotal = r.heapAfterGc === null ? null : r.heapAfterGc + workers.reduce((s, h) => s + (h.bytes ?? 0), 0);
  const unread = workers.filter((w) => w.bytes === null).length;
  const unfinished = r.doneMs === null ? ' (did not finish)' : '';
  console.log(`\nImport of ${name} (${MB(r.bytes)}) in the app — headless Chromium, 1440×900${unfinished}\n`);
  console.log('| measure | value | baseline (same run) | ratio | target |');
  console.log('|---|---|---|---|---|');
  console.log(`| input → first features drawn | ${ms(r.firstMs)} | | | ≤ ${TARGET.firstMs / 1000} s ${tick(r.firstMs !== null && r.firstMs <= TARGET.firstMs)} |`);
  console.log(`| input → import complete | ${ms(r.doneMs)} | ${ms(baseline.ms)} ${baseline.name} alone in Node | ${r.doneMs === null ? '' : `${(r.doneMs / baseline.ms).toFixed(1)}× ratio vs baseline (${baseline.name} alone in Node)`} | ≤ ${TARGET.doneMs / 1000} s ${tick(r.doneMs !== null && r.doneMs <= TARGET.doneMs)} |`);
  console.log(`| worst main-thread long task, input → ${r.doneMs === null ? `${MARK_WAIT_MS / 1000} s limit` : 'done + idle + 1 s'} | ${worst === null ? 'n/a' : `${worst.toFixed(0)} ms`} | ${total === null ? '' : `${total.toFixed(0)} ms in ${r.tasks?.length ?? 0} long tasks`} | | none over ${TARGET.taskMs} ms ${tick(worst !== null && worst <= TARGET.taskMs)} |`);
  const heapText = heapTotal === null ? 'n/a' : `${MB(heapTotal)}${unread ? ` + ${unread} worker(s) not read` : ''}: main ${MB(r.heapAfterGc as number)} (${MB(r.heapUsed ?? Number.NaN)} before GC)`;
  const workerText = r.workerHeaps === null ? 'workers not read' : workers.length ? workers.map((w) => `${w.name} ${w.bytes === null ? 'busy, not read' : MB(w.bytes)}`).join(', ') : 'no workers running';
  console.log(`| JS heap after import and a GC, main + workers | ${heapText}; ${workerText} | | | ≤ 1 GB ${unread ? '? (not all read)' : tick(heapTotal !== null && heapTotal <= TARGET.heapBytes)} |`);
  const reloadNote = r.doneMs === null ? 'not measured (import did not finish)' : ms(r.reloadMs);
  console.log(`| reload → user layer visible | ${reloadNote} | ${r.reloadWorstTask === null ? '' : `worst long task meanwhile ${r.reloadWorstTask.toFixed(0)} ms`} | | ≤ ${TARGET.reloadMs / 1000} s ${tick(r.reloadMs !== null && r.reloadMs <= TARGET.reloadMs)} |`);
  console.log(`| features in the layer | ${r.count === null ? 'n/a' : r.count.toLocaleString('en')} | | | ${r.listedMs === null ? 'layer never listed' : `listed ${ms(r.listedMs)} after input`} |`);
  if (r.notes.length) console.log(`\nnotes: ${r.notes.join('; ')}`);
}

export interface ImportBenchOptions {
  /** Reuse dist/ as it is, even when older than the sources. */
  noBuild?: boolean;
  /** Serve this already-built app instead of dist/ (e.g. a build of another checkout). */
  dist?: string;
}

export async function benchImport(options: ImportBenchOptions = {}): Promise<void> {
  const { csv, geojson } = await ensureFiles();
  const node = benchNode(csv, geojson);
  printNode(node);

  if (!(options.dist ? existsSync(join(options.dist, 'index.html')) : ensureBuilt(options.noBuild ?? false))) {
    console.log('\nImport in the app: no built app (dist/ missing and the build failed) — browser part skipped.');
    return;
  }
  const app = await startStaticServer(options.dist ?? join(root, 'dist'));
  const browser = await launch();
  try {
    for (const [file, baseline] of [[csv, { name: 'Papa Parse', ms: node.papaMs }], [geojson, { name: 'JSON.parse', ms: node.jsonMs }]] as const) {
      console.log(`\nimport bench: importing ${file} in the app (up to ${MARK_WAIT_MS / 1000} s)…`);
      printRun(await measureImport(browser, app.url, file), baseline);
    }
  } finally {
    await within(30_000, browser.close());
    await app.close();
  }
}
