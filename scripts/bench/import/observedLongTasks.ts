/**
 * Long tasks as the page itself sees them (PerformanceObserver 'longtask'): kept beside the
 * traced tasks so the two methods can be compared.
 */
import type { Page } from 'playwright-core';
import { TIMED_OUT, within } from './within.ts';

export interface LongTask {
  /** Page clock (performance.now()), ms. */
  start: number;
  duration: number;
}

interface ObservingWindow {
  __longTasks?: LongTask[];
}

/** An init script: runs before the app's own scripts, so no long task of start-up or import goes unseen. */
export function observeLongTasks(): void {
  const w = window as unknown as ObservingWindow;
  const tasks: LongTask[] = [];
  w.__longTasks = tasks;
  try {
    new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
  } catch {
    // No longtask support: the table then shows no tasks rather than failing.
  }
}

/** Every long task observed so far, or null when the page does not answer. */
export async function observedLongTasks(page: Page): Promise<LongTask[] | null> {
  const t = await within(10_000, page.evaluate(() => (window as unknown as ObservingWindow).__longTasks ?? [])).catch((): typeof TIMED_OUT => TIMED_OUT);
  return t === TIMED_OUT ? null : t;
}
