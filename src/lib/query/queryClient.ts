import * as Comlink from 'comlink';
import type { QuerySpec } from './runQuery.ts';
import type { QueryProgress } from './types.ts';
import type { QueryWorkerApi, WorkerResult } from './queryWorker.ts';

export class QueryCancelledError extends Error {
  override name = 'QueryCancelledError';
}

/**
 * The page's handle on the query worker. Cancelling terminates the worker — the only way to
 * stop a synchronous loop at once — and the next query starts a fresh one.
 */
export class QueryClient {
  private worker: Worker | null = null;
  private api: Comlink.Remote<QueryWorkerApi> | null = null;
  private rejectRunning: ((e: Error) => void) | null = null;

  private ensure(): Comlink.Remote<QueryWorkerApi> {
    if (!this.api) {
      this.worker = new Worker(new URL('./queryWorker.ts', import.meta.url), { type: 'module' });
      this.api = Comlink.wrap<QueryWorkerApi>(this.worker);
    }
    return this.api;
  }

  run(spec: QuerySpec, base: string, onProgress?: (p: QueryProgress) => void): Promise<WorkerResult> {
    const api = this.ensure();
    return new Promise<WorkerResult>((resolve, reject) => {
      this.rejectRunning = reject;
      api
        .run(spec, base, onProgress ? Comlink.proxy(onProgress) : undefined)
        .then(resolve, reject)
        .finally(() => {
          if (this.rejectRunning === reject) this.rejectRunning = null;
        });
    });
  }

  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
    this.rejectRunning?.(new QueryCancelledError('query cancelled'));
    this.rejectRunning = null;
  }
}
