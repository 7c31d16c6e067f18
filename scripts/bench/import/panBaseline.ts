/**
 * The map's own frame cost on this machine: the same app and viewport, no imported layer,
 * panned in a loop over the zone. Run once untraced and once traced, so the cost of tracing
 * itself shows too.
 */
import type { Browser } from 'playwright-core';
import { waitForMapIdle } from '../../../test/e2e/browser.ts';
import { VIEWPORT } from './config.ts';
import type { TracedTask } from './longTasks.ts';
import { observedLongTasks, observeLongTasks, type LongTask } from './observedLongTasks.ts';
import { markPage } from './pageMarks.ts';
import { startTrace, type TraceRecording } from './trace.ts';
import { betweenMarks, readTracedWindow, type TraceCost } from './tracedTasks.ts';
import { step, within } from './within.ts';

/** Ten pans of 200 px around a square back to the start, so every frame stays over the zone. */
export const PANS: Array<[number, number]> = [[200, 0], [200, 0], [200, 0], [0, 200], [0, 200], [-200, 0], [-200, 0], [-200, 0], [0, -200], [0, -200]];

export interface PanRun {
  traced: boolean;
  /** Page time from the first pan to the map's idle after the last. */
  wallMs: number | null;
  tasks: LongTask[] | null;
  tracedTasks: TracedTask[] | null;
  traceCost: TraceCost | null;
  notes: string[];
}

interface PanWindow {
  taixinAtlas: { map: { panBy(offset: [number, number]): void; once(type: 'idle'): Promise<unknown> } };
}

const firstLine = (e: unknown): string => String(e).split('\n')[0] as string;

export async function measurePans(browser: Browser, appUrl: string, traced: boolean): Promise<PanRun> {
  const run: PanRun = { traced, wallMs: null, tasks: null, tracedTasks: null, traceCost: null, notes: [] };
  let recording: TraceRecording | null = null;
  const context = await step('new browser context', 30_000, browser.newContext({ viewport: VIEWPORT }));
  try {
    await step('addInitScript', 30_000, context.addInitScript(observeLongTasks));
    const page = await step('new page', 30_000, context.newPage());
    await step('open the app', 60_000, page.goto(`${appUrl}/`));
    await step('map idle before panning', 60_000, waitForMapIdle(page));

    if (traced) recording = await startTrace(browser);
    const t0 = await markPage(page, 'bench:pan-start');
    await step(
      'pans',
      120_000,
      page.evaluate(async (pans) => {
        const map = (window as unknown as PanWindow).taixinAtlas.map;
        for (const offset of pans) {
          // Listening before panning: a short pan may reach idle before the next call.
          const idle = map.once('idle');
          map.panBy(offset);
          await idle;
        }
      }, PANS),
    );
    const tEnd = await markPage(page, 'bench:pan-end');
    run.wallMs = tEnd - t0;
    run.tasks = (await observedLongTasks(page))?.filter((t) => t.start >= t0 && t.start <= tEnd) ?? null;
    if (recording) {
      const { tasks, cost } = await readTracedWindow(recording, 'pans', betweenMarks('bench:pan-start', 'bench:pan-end'));
      recording = null;
      run.tracedTasks = tasks;
      run.traceCost = cost;
    }
    return run;
  } catch (e) {
    run.notes.push(firstLine(e));
    return run;
  } finally {
    if (recording) await recording.stop().catch(() => undefined);
    await within(30_000, context.close()).catch(() => undefined);
  }
}
