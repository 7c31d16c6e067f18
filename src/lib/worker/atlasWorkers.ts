import type { QueryWorkerHandlers } from '../query/queryWorker.ts';
import type { LayerHostHandlers } from '../userdata/layerHost.worker.ts';
import { JobCancelledError, JobClient } from './jobClient.ts';

/**
 * The page's one handle on its workers:
 *  - the layer host (imports, tiles, storage, export) lives as long as the page; its jobs are
 *    cancelled one by one, cooperatively;
 *  - the query worker runs one synchronous query at a time; cancelling ends that worker and a
 *    fresh one starts, with a new port to the layer host — imports never notice.
 * The base URL is given once, here.
 */
export class AtlasWorkers {
  readonly layers: JobClient<LayerHostHandlers>;
  private queryWorker: Worker | null = null;
  private queryClient: JobClient<QueryWorkerHandlers> | null = null;
  private streamed: Record<string, string> = {};

  constructor(private base: string) {
    const host = new Worker(new URL('../userdata/layerHost.worker.ts', import.meta.url), { type: 'module', name: 'layer-host' });
    this.layers = new JobClient<LayerHostHandlers>(host);
  }

  /** The query worker, started with the first query (the map does not need it). */
  get queries(): JobClient<QueryWorkerHandlers> {
    return this.queryClient ?? this.startQueries();
  }

  setStreamed(urls: Record<string, string>): void {
    this.streamed = urls;
    void this.queryClient?.call('setStreamed', { urls }).promise;
  }

  /** An imported layer was replaced or removed: the query worker drops its index. */
  forget(id: string): void {
    void this.queryClient?.call('forget', { id }).promise.catch(() => undefined);
  }

  private startQueries(): JobClient<QueryWorkerHandlers> {
    const worker = new Worker(new URL('../query/queryWorker.ts', import.meta.url), { type: 'module', name: 'queries' });
    const channel = new MessageChannel();
    void this.layers.call('connect', { port: channel.port1 }, { transfer: [channel.port1] }).promise;
    const client = new JobClient<QueryWorkerHandlers>(worker, () => this.restartQueries());
    void client.call('init', { base: this.base, host: channel.port2, streamed: this.streamed }, { transfer: [channel.port2] }).promise;
    this.queryWorker = worker;
    this.queryClient = client;
    return client;
  }

  /** Ends the query worker (the only way to stop a synchronous loop at once); the next query starts a fresh one. */
  private restartQueries(): void {
    this.queryWorker?.terminate();
    this.queryClient?.failAll(new JobCancelledError('cancelled'));
    this.queryWorker = null;
    this.queryClient = null;
  }
}

let instance: AtlasWorkers | null = null;

/** The app's workers, started on first use. */
export function atlasWorkers(): AtlasWorkers {
  return (instance ??= new AtlasWorkers(document.baseURI));
}
