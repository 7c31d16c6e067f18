/**
 * The query engine in a Web Worker, so the map never freezes on a long query. Catalogue layers
 * are fetched and indexed here once, from the same .fgb files the map draws; imported layers
 * come as FlatGeobuf from the layer host worker, over a port of their own. The travel-time
 * model (src/lib/access) runs here too, on the published rail network.
 */
import type { Feature } from 'geojson';
import { journey } from '../access/journey.ts';
import { minutesGrid, savedGrid } from '../access/minutesGrid.ts';
import { loadRailNetwork } from '../access/network.ts';
import type { AccessAssumptions, DestinationId, Journey, MinutesGrid, RailNetwork } from '../access/types.ts';
import type { Box } from '../fgb/bbox.ts';
import { readFgb, readFgbBboxOverHttp } from '../fgb/readFgb.ts';
import { isCoded } from '../i18n/format.ts';
import type { LayerHostPortHandlers } from '../userdata/layerHostPort.ts';
import { readStoredLayer } from '../userdata/storedLayer.ts';
import { JobClient } from '../worker/jobClient.ts';
import { serve, Transfer, type JobContext, type Port } from '../worker/rpc.ts';
import type { LayerFilters } from './filteredLayer.ts';
import { prepareLayer, type PreparedLayer } from './preparedLayer.ts';
import { QueryError, runQuery, type LayerProvider, type QuerySpec } from './runQuery.ts';
import type { QueryMatch, QueryProgress } from './types.ts';

class WorkerLayers implements LayerProvider {
  private cache = new Map<string, Promise<PreparedLayer>>();
  private streamed = new Map<string, string>();

  constructor(
    private base: string,
    private host: JobClient<LayerHostPortHandlers>,
  ) {}

  setStreamed(urls: Record<string, string>): void {
    this.streamed = new Map(Object.entries(urls));
  }

  /** An imported layer changed or went: its index is rebuilt when next asked for. */
  forget(id: string): void {
    this.cache.delete(id);
  }

  async layerInBox(id: string, box: Box): Promise<PreparedLayer | null> {
    const url = this.streamed.get(id);
    if (!url) return null;
    return prepareLayer(await readFgbBboxOverHttp(new URL(url, this.base).href, box));
  }

  layer(id: string): Promise<PreparedLayer> {
    let p = this.cache.get(id);
    if (!p) {
      p = this.load(id);
      this.cache.set(id, p);
      p.catch(() => this.cache.delete(id));
    }
    return p;
  }

  private async load(id: string): Promise<PreparedLayer> {
    if (/^u_[a-z0-9]+$/.test(id)) {
      const bytes = await this.host.call('fgb', { id }).promise.catch((e: Error) => {
        // The layer host's own error (coded, from its worker) says why: it is kept as the reason.
        throw new QueryError('layerUnavailable', { layer: id, reason: isCoded(e) ? { key: e.key, params: e.params } : e.message });
      });
      const features: Feature[] = [];
      for await (const f of readStoredLayer(bytes)) features.push(f);
      return prepareLayer(features);
    }
    if (!/^[a-z][a-z0-9_]*$/.test(id)) throw new QueryError('unknownLayer', { layer: id });
    if (this.streamed.has(id)) throw new QueryError('layerTooLarge', { layer: id });
    const res = await fetch(new URL(`data/${id}.fgb`, this.base));
    if (!res.ok) throw new QueryError('layerHttp', { layer: id, status: res.status });
    return prepareLayer((await readFgb(new Uint8Array(await res.arrayBuffer()))).collection.features);
  }
}

/** What crosses back to the page: the matches, the query geometry and which filters narrowed it. */
export interface WorkerResult {
  matches: QueryMatch[];
  sources: QueryMatch['feature'][];
  filtered: string[];
}

let layers: WorkerLayers | null = null;
const ready = (): WorkerLayers => {
  if (!layers) throw new Error('query worker not initialised');
  return layers;
};

// The travel-time model's network (issue 15): fetched once, on the first access job.
let base = '';
let railNetwork: Promise<RailNetwork> | null = null;
function network(): Promise<RailNetwork> {
  if (!railNetwork) {
    railNetwork = loadRailNetwork(base);
    railNetwork.catch(() => {
      railNetwork = null;
    });
  }
  return railNetwork;
}

const handlers = {
  init(args: { base: string; host: MessagePort; streamed: Record<string, string> }): void {
    layers = new WorkerLayers(args.base, new JobClient<LayerHostPortHandlers>(args.host));
    base = args.base;
    layers.setStreamed(args.streamed);
  },
  setStreamed(args: { urls: Record<string, string> }): void {
    ready().setStreamed(args.urls);
  },
  forget(args: { id: string }): void {
    ready().forget(args.id);
  },
  async run(args: { spec: QuerySpec; filters?: LayerFilters }, ctx: JobContext): Promise<WorkerResult> {
    let last = 0;
    const result = await runQuery(args.spec, ready(), {
      // Progress at most every 50 ms: each report is a message to the page.
      onProgress: (p: QueryProgress) => {
        const now = performance.now();
        if (now - last > 50 || p.done === p.total) {
          last = now;
          ctx.progress(p);
        }
      },
    }, args.filters ?? {});
    return { matches: result.matches, sources: result.sources, filtered: result.filtered ?? [] };
  },
  /** Door-to-door times from each point (site cards, the CLI's twin). */
  async accessJourneys(args: { points: Array<[number, number]>; to: DestinationId; assumptions: AccessAssumptions }): Promise<Array<Journey | null>> {
    const net = await network();
    return args.points.map((p) => journey(net, p, args.to, args.assumptions));
  },
  /** The isochrone (or minutes-saved) grid; its buffer is moved to the page, not copied. */
  async accessGrid(args: { to: DestinationId; assumptions: AccessAssumptions; view: 'time' | 'saved'; bbox: [number, number, number, number]; cellKm: number }): Promise<Transfer<MinutesGrid>> {
    const net = await network();
    const grid = (args.view === 'saved' ? savedGrid : minutesGrid)(net, args.to, args.assumptions, args.bbox, args.cellKm);
    return new Transfer(grid, [grid.minutes.buffer]);
  },
};

export type QueryWorkerHandlers = typeof handlers;
serve(self as unknown as Port, handlers);
