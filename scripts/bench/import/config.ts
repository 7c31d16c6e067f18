/** Sizes, limits and targets of the import benchmark, shared by its measuring and its report. */
import { join } from 'node:path';

export const root = join(import.meta.dirname, '../../..');
export const POINTS = 1_000_000;
export const PARCELS = 200_000;
export const D_KM = 5;
/** How long the app gets to reach a mark before the table says "did not finish". */
export const MARK_WAIT_MS = 120_000;
export const POLL_MS = 100;
export const VIEWPORT = { width: 1440, height: 900 };
/** Chromium's own threshold for a long task, used for the traced tasks too. */
export const LONG_TASK_MS = 50;

export const TARGET = { firstMs: 10_000, doneMs: 20_000, taskMs: 200, heapBytes: 1024 ** 3, reloadMs: 3000, buildMs: 400, ratio: 4 };
