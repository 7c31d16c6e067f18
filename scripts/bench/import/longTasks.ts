/**
 * Main-thread long tasks from a Chromium trace, each split into its duration and the part spent
 * waiting for the GPU process. With SwiftShader (software WebGL) the compositor's commit reads
 * the map's canvas back (GLES2::ReadPixels) and blocks until the software GPU has drawn it, so a
 * task can be long while the page's own JavaScript in it is short.
 */
import { LONG_TASK_MS } from './config.ts';
import type { TraceEvent } from './trace.ts';

/**
 * The blocking command-buffer calls seen on CrRendererMain in real traces of this bench, nested
 * Commit > GLES2::ReadPixels > ImplementationBase::WaitForCmd > CommandBufferHelper::Finish >
 * CommandBufferProxyImpl::WaitForGetOffset. Only the outermost one in a nest is counted.
 */
export const GPU_WAIT_EVENTS: ReadonlySet<string> = new Set(['GLES2::ReadPixels', 'ImplementationBase::WaitForCmd', 'CommandBufferHelper::Finish', 'CommandBufferProxyImpl::WaitForGetOffset']);

const MAIN_THREAD = 'CrRendererMain';

/** Which renderer's main thread, and when (trace clock, µs): tasks starting in it count. */
export interface TraceWindow {
  pid: number;
  from: number;
  to: number;
}

export interface TracedTask {
  /** Trace clock, ms. */
  start: number;
  duration: number;
  gpuWait: number;
  /** Outermost wait event names in the task, with how often each occurred. */
  waits: Map<string, number>;
}

export interface TaskSummary {
  count: number;
  worst: number;
  /** GPU wait inside the worst task. */
  worstWait: number;
  /** The largest duration minus GPU wait over all tasks: the main thread's own work. */
  worstWithoutWait: number;
  totalDuration: number;
  totalWait: number;
  /** How many tasks had any GPU wait. */
  waiting: number;
  waits: Map<string, number>;
}

interface Span {
  name: string;
  start: number;
  end: number;
}

/** Complete events as they are, begin/end pairs matched per thread; unmatched halves are dropped. */
function mainThreadSpans(events: TraceEvent[], pid: number): Span[] {
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === MAIN_THREAD).map((e) => e.tid));
  const spans: Span[] = [];
  const open = new Map<number, TraceEvent[]>();
  for (const e of events) {
    if (e.pid !== pid || !main.has(e.tid)) continue;
    if (e.ph === 'X') spans.push({ name: e.name, start: e.ts, end: e.ts + (e.dur ?? 0) });
    else if (e.ph === 'B') {
      const stack = open.get(e.tid) ?? [];
      stack.push(e);
      open.set(e.tid, stack);
    } else if (e.ph === 'E') {
      const begun = open.get(e.tid)?.pop();
      if (begun) spans.push({ name: begun.name, start: begun.ts, end: e.ts });
    }
  }
  // Parents before their children: earlier start first, and the longer of two starting together.
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Every main-thread task over 50 ms that starts inside the window. */
export function tracedLongTasks(events: TraceEvent[], window: TraceWindow): TracedTask[] {
  const tasks: TracedTask[] = [];
  let task: (TracedTask & { end: number }) | null = null;
  let coveredUntil = -Infinity;
  const finish = (): void => {
    if (task && task.duration > LONG_TASK_MS && task.start * 1000 >= window.from && task.start * 1000 <= window.to) tasks.push(task);
  };
  for (const s of mainThreadSpans(events, window.pid)) {
    if (!task || s.start >= task.end) {
      // Nothing running on the thread encloses this span: it is a task of its own.
      finish();
      task = { start: s.start / 1000, end: s.end, duration: (s.end - s.start) / 1000, gpuWait: 0, waits: new Map() };
      coveredUntil = -Infinity;
      continue;
    }
    if (!GPU_WAIT_EVENTS.has(s.name) || s.start < coveredUntil) continue;
    task.gpuWait += (Math.min(s.end, task.end) - s.start) / 1000;
    task.waits.set(s.name, (task.waits.get(s.name) ?? 0) + 1);
    coveredUntil = s.end;
  }
  finish();
  return tasks;
}

export function summarize(tasks: TracedTask[]): TaskSummary {
  const worstTask = tasks.reduce<TracedTask | null>((w, t) => (!w || t.duration > w.duration ? t : w), null);
  const waits = new Map<string, number>();
  for (const t of tasks) for (const [name, n] of t.waits) waits.set(name, (waits.get(name) ?? 0) + n);
  return {
    count: tasks.length,
    worst: worstTask?.duration ?? 0,
    worstWait: worstTask?.gpuWait ?? 0,
    worstWithoutWait: Math.max(0, ...tasks.map((t) => t.duration - t.gpuWait)),
    totalDuration: tasks.reduce((s, t) => s + t.duration, 0),
    totalWait: tasks.reduce((s, t) => s + t.gpuWait, 0),
    waiting: tasks.filter((t) => t.gpuWait > 0).length,
    waits,
  };
}
