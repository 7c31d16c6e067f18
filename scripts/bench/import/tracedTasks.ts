/** Ends a trace recording and reads the long tasks of one measured window out of it. */
import { tracedLongTasks, type TracedTask, type TraceWindow } from './longTasks.ts';
import { findMark, type TraceEvent, type TraceRecording } from './trace.ts';

export interface TraceCost {
  label: string;
  bytes: number;
  readMs: number;
}

export interface TracedWindow {
  tasks: TracedTask[];
  cost: TraceCost;
}

/** Finds the window in a finished trace; throws, naming what is missing, when it cannot. */
export type WindowFinder = (events: TraceEvent[]) => TraceWindow;

/** From one bench mark to another, on the renderer that set the first. */
export function betweenMarks(from: string, to: string): WindowFinder {
  return (events) => {
    const a = findMark(events, from);
    const b = findMark(events, to);
    if (!a || !b) throw new Error(`trace has no mark ${a ? to : from}`);
    return { pid: a.pid, from: a.ts, to: b.ts };
  };
}

/**
 * From the start of the document that set `mark` (its time origin: the mark's trace time less
 * its page time) to the mark — the same window as the page's own long tasks up to that mark.
 * When the mark never came, from `fallback` to the end of the trace.
 */
export function documentUntilMark(mark: string, fallback: string): WindowFinder {
  return (events) => {
    const m = findMark(events, mark);
    if (m) return { pid: m.pid, from: m.ts - m.pageTime * 1000, to: m.ts };
    const f = findMark(events, fallback);
    if (!f) throw new Error(`trace has neither ${mark} nor ${fallback}`);
    return { pid: f.pid, from: f.ts, to: Infinity };
  };
}

export async function readTracedWindow(recording: TraceRecording, label: string, find: WindowFinder): Promise<TracedWindow> {
  const trace = await recording.stop();
  return { tasks: tracedLongTasks(trace.events, find(trace.events)), cost: { label, bytes: trace.bytes, readMs: trace.readMs } };
}
