/**
 * One file through the app in headless Chromium: input → first features drawn → import done,
 * long tasks (as the page observes them and as a trace attributes them), JS heap, and reload →
 * user layer visible.
 */
import { statSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { settle, waitForMapIdle } from '../../../test/e2e/browser.ts';
import { MARK_WAIT_MS, VIEWPORT } from './config.ts';
import { readHeaps, type WorkerHeap } from './heap.ts';
import type { TracedTask } from './longTasks.ts';
import { observedLongTasks, observeLongTasks, type LongTask } from './observedLongTasks.ts';
import { markPage, pollMarks, probe } from './pageMarks.ts';
import { startTrace, type TraceRecording } from './trace.ts';
import { betweenMarks, documentUntilMark, readTracedWindow, type TraceCost, type WindowFinder } from './tracedTasks.ts';
import { sleep, step, within } from './within.ts';

export interface ImportRun {
  file: string;
  bytes: number;
  firstMs: number | null;
  doneMs: number | null;
  listedMs: number | null;
  count: number | null;
  tasks: LongTask[] | null;
  /** The same window's main-thread tasks from a trace, with their GPU wait. */
  traced: TracedTask[] | null;
  heapUsed: number | null;
  heapAfterGc: number | null;
  workerHeaps: WorkerHeap[] | null;
  reloadMs: number | null;
  reloadWorstTask: number | null;
  reloadTraced: TracedTask[] | null;
  traceCosts: TraceCost[];
  notes: string[];
}

const firstLine = (e: unknown): string => String(e).split('\n')[0] as string;

/** A trace is an extra: when it cannot be started the run goes on untraced. */
async function tryStartTrace(browser: Browser, run: ImportRun, label: string): Promise<TraceRecording | null> {
  return startTrace(browser).catch((e: unknown) => {
    run.notes.push(`${label} not traced: ${firstLine(e)}`);
    return null;
  });
}

async function tryReadTrace(recording: TraceRecording | null, run: ImportRun, label: string, find: WindowFinder): Promise<TracedTask[] | null> {
  if (!recording) return null;
  try {
    const { tasks, cost } = await readTracedWindow(recording, label, find);
    run.traceCosts.push(cost);
    return tasks;
  } catch (e) {
    run.notes.push(`${label} trace not read: ${firstLine(e)}`);
    return null;
  }
}

export async function measureImport(browser: Browser, appUrl: string, file: string): Promise<ImportRun> {
  const run: ImportRun = {
    file, bytes: statSync(file).size, firstMs: null, doneMs: null, listedMs: null, count: null, tasks: null, traced: null,
    heapUsed: null, heapAfterGc: null, workerHeaps: null, reloadMs: null, reloadWorstTask: null, reloadTraced: null, traceCosts: [], notes: [],
  };
  const errors: string[] = [];
  let recording: TraceRecording | null = null;
  // A fresh context per file: nothing stored by the previous import (IndexedDB) carries over.
  const context = await step('new browser context', 30_000, browser.newContext({ viewport: VIEWPORT }));
  try {
    await step('addInitScript', 30_000, context.addInitScript(observeLongTasks));
    const page = await step('new page', 30_000, context.newPage());
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('crash', () => run.notes.push('page crashed'));
    await step('open the app', 60_000, page.goto(`${appUrl}/`));
    await step('map idle before import', 60_000, waitForMapIdle(page));

    recording = await tryStartTrace(browser, run, 'import');
    const t0 = await markPage(page, 'bench:import-start');
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
    const tEnd = await markPage(page, 'bench:import-end');
    run.tasks = (await observedLongTasks(page))?.filter((t) => t.start >= t0 && t.start <= tEnd) ?? null;
    run.traced = await tryReadTrace(recording, run, 'import', betweenMarks('bench:import-start', 'bench:import-end'));
    recording = null;
    await step('heap', 60_000, readHeaps(page, run)).catch((e: unknown) => run.notes.push(`heap not read: ${firstLine(e)}`));
    if (run.doneMs === null) return run;

    recording = await tryStartTrace(browser, run, 'reload');
    await markPage(page, 'bench:reload-start');
    const reloadDeadline = Date.now() + MARK_WAIT_MS;
    await step('reload', MARK_WAIT_MS, page.reload({ timeout: MARK_WAIT_MS }));
    const visible = await pollMarks(page, ['atlas:user-layer-visible'], reloadDeadline, () => undefined);
    run.reloadMs = visible?.marks[0] ?? null;
    const until = run.reloadMs ?? visible?.now ?? Infinity;
    const tasks = await observedLongTasks(page);
    if (tasks) run.reloadWorstTask = Math.max(0, ...tasks.filter((t) => t.start <= until).map((t) => t.duration));
    run.reloadTraced = await tryReadTrace(recording, run, 'reload', documentUntilMark('atlas:user-layer-visible', 'bench:reload-start'));
    recording = null;
    return run;
  } catch (e) {
    run.notes.push(firstLine(e));
    return run;
  } finally {
    if (errors.length) run.notes.push(`page error: ${firstLine(errors[0])}`);
    // A run that failed mid-window still ends its trace: the next run starts its own.
    if (recording) await recording.stop().catch(() => undefined);
    await within(30_000, context.close()).catch(() => undefined);
  }
}
