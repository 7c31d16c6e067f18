/** The app's performance marks, read by polling, and the bench's own window marks. */
import type { Page } from 'playwright-core';
import { POLL_MS } from './config.ts';
import { sleep, step, TIMED_OUT, within } from './within.ts';

interface AtlasWindow {
  taixinAtlas?: { state: { userLayers?: Array<{ id: string; name: string; count?: number; features?: unknown[] }> } };
}

export interface Probe {
  marks: Array<number | null>;
  layers: number;
  count: number | null;
  now: number;
}

/** Start times of the first mark beginning with each prefix, and the user layers listed. */
export function probe(page: Page, prefixes: string[]): Promise<Probe> {
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
export async function pollMarks(page: Page, prefixes: string[], deadline: number, onProbe: (p: Probe) => void): Promise<Probe | null> {
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

/**
 * Sets a `bench:` mark and returns its page time. A mark is also a trace event, so the same
 * instant bounds both the PerformanceObserver window and the trace window, with no clock
 * conversion between them.
 */
export function markPage(page: Page, name: string): Promise<number> {
  return step(`mark ${name}`, 10_000, page.evaluate((n) => performance.mark(n).startTime, name));
}
