import * as Comlink from 'comlink';
import type { Feature } from 'geojson';
import type { SourceCrs } from '../import/crs.ts';
import type { ImportedLayer } from '../import/importFile.ts';
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
  /** Imported layers the worker must know; re-sent to a fresh worker after a cancel. */
  private registered = new Map<string, { features: Feature[]; base: string }>();

  private ensure(): Comlink.Remote<QueryWorkerApi> {
    if (!this.api) {
      this.worker = new Worker(new URL('./queryWorker.ts', import.meta.url), { type: 'module' });
      const api = Comlink.wrap<QueryWorkerApi>(this.worker);
      this.api = api;
      for (const [id, { features, base }] of this.registered) void api.register(id, features, base);
      if (this.streamed) void api.setStreamed(this.streamed.urls, this.streamed.base);
    }
    return this.api;
  }

  async importFile(name: string, bytes: Uint8Array, id: string, base: string, crs?: SourceCrs): Promise<ImportedLayer> {
    const api = this.ensure();
    const layer = await new Promise<ImportedLayer>((resolve, reject) => {
      this.rejectRunning = reject;
      api.importFile(name, Comlink.transfer(bytes, [bytes.buffer]), id, base, crs).then(resolve, reject);
    });
    this.rejectRunning = null;
    this.registered.set(id, { features: layer.features, base });
    return layer;
  }

  private streamed: { urls: Record<string, string>; base: string } | null = null;

  /** Tells the worker which layers are streamed (read through their index, never whole). */
  setStreamed(urls: Record<string, string>, base: string): void {
    this.streamed = { urls, base };
    void this.ensure().setStreamed(urls, base);
  }

  register(id: string, features: Feature[], base: string): void {
    this.registered.set(id, { features, base });
    void this.ensure().register(id, features, base);
  }

  unregister(id: string, base: string): void {
    this.registered.delete(id);
    if (this.api) void this.api.unregister(id, base);
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
