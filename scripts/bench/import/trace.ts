/** Recording a Chromium trace around a measured window, and finding the window in it. */
import type { Browser } from 'playwright-core';
import { step } from './within.ts';

/** The fields of a Chrome trace event this bench reads; `ts` and `dur` are µs. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { startTime?: number } };
}

export interface Trace {
  events: TraceEvent[];
  bytes: number;
  /** From asking Chromium to stop to having the events parsed: the bench's cost of tracing. */
  readMs: number;
}

export interface TraceRecording {
  /** Ends the recording once, however often it is called. */
  stop(): Promise<Trace>;
}

/**
 * What the long-task attribution needs: tasks and their nesting (toplevel, devtools.timeline),
 * the GPU command-buffer waits (gpu), JS (v8), and the page's performance marks
 * (blink.user_timing) that bound the window.
 */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'gpu', 'toplevel', 'v8', 'blink.user_timing'];

const STOP_WAIT_MS = 120_000;

/**
 * Traced through the browser's session, not a page's: closing the page's context (as a failed
 * run does) must not leave Playwright believing a trace is still recording.
 */
export async function startTrace(browser: Browser): Promise<TraceRecording> {
  await step('start tracing', 30_000, browser.startTracing(undefined, { categories: CATEGORIES }));
  let stopped: Promise<Trace> | null = null;
  return {
    stop() {
      stopped ??= (async () => {
        const t0 = performance.now();
        const buffer = await step('stop tracing', STOP_WAIT_MS, browser.stopTracing());
        const json = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
        const events = Array.isArray(json) ? json : (json.traceEvents ?? []);
        return { events, bytes: buffer.length, readMs: performance.now() - t0 };
      })();
      return stopped;
    },
  };
}

/** The first performance mark whose name starts with `prefix`, with its page time. */
export function findMark(events: TraceEvent[], prefix: string): { pid: number; ts: number; pageTime: number } | null {
  for (const e of events) {
    const pageTime = e.args?.data?.startTime;
    if (e.name.startsWith(prefix) && pageTime !== undefined && (e.ph === 'I' || e.ph === 'R' || e.ph === 'n')) return { pid: e.pid, ts: e.ts, pageTime };
  }
  return null;
}
