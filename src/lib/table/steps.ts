/**
 * Long table work (filtering, sorting a million rows) is written as a generator that yields
 * between small pieces of work. The page runs a small layer's straight through; the layer
 * worker runs a large one a time slice at a time, so tile requests are answered in between.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once: for a catalogue layer or a query's matches (hundreds of rows). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceOptions {
  /** Cancels between slices: the view's query changed, or the table closed. */
  signal?: AbortSignal;
  /** Longest run of work between two pauses, in ms. */
  sliceMs?: number;
  /** Lets other tasks run (a tile request, a page of rows); a macrotask by default. */
  pause?: () => Promise<void>;
}

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs the steps in time slices, pausing between them; throws the signal's reason once cancelled. */
export async function runStepsInSlices<T>(steps: Steps<T>, { signal, sliceMs = 12, pause = macrotask }: SliceOptions = {}): Promise<T> {
  let start = performance.now();
  for (;;) {
    if (signal?.aborted) throw signal.reason instanceof Error || signal.reason instanceof DOMException ? signal.reason : new DOMException('cancelled', 'AbortError');
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - start >= sliceMs) {
      await pause();
      start = performance.now();
    }
  }
}
