/**
 * The query engine in a Web Worker, so the map never freezes on a long query. Layers are
 * fetched and indexed here once, from the same .fgb files the map draws.
 */
import * as Comlink from 'comlink';
import type { Feature } from 'geojson';
import type { SourceCrs } from '../import/crs.ts';
import { importFile, type ImportedLayer } from '../import/importFile.ts';
import type { Box } from '../fgb/bbox.ts';
import { readFgb, readFgbBboxOverHttp } from '../fgb/readFgb.ts';
import { prepareLayer, type PreparedLayer } from './preparedLayer.ts';
import { QueryError, runQuery, type LayerProvider, type QuerySpec } from './runQuery.ts';
import type { QueryMatch, QueryProgress } from './types.ts';

class UrlLayers implements LayerProvider {
  private cache = new Map<string, Promise<PreparedLayer>>();
  constructor(private base: string) {}

  /** A user's imported layer, queryable like a built-in one. */
  register(id: string, features: Feature[]): void {
    this.cache.set(id, Promise.resolve(prepareLayer(features)));
  }

  unregister(id: string): void {
    this.cache.delete(id);
  }

  private streamed = new Map<string, string>();

  setStreamed(urls: Record<string, string>): void {
    this.streamed = new Map(Object.entries(urls));
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
    if (!/^[a-z][a-z0-9_]*$/.test(id)) throw new QueryError(`unknown layer "${id}"`);
    if (this.streamed.has(id)) throw new QueryError(`layer ${id} is too large to load whole; query it from features or a drawn area`);
    const res = await fetch(new URL(`data/${id}.fgb`, this.base));
    if (!res.ok) throw new QueryError(`layer ${id}: HTTP ${res.status}`);
    return prepareLayer((await readFgb(new Uint8Array(await res.arrayBuffer()))).collection.features);
  }
}

/** What crosses back to the page: the matches and the query geometry, nothing else. */
export interface WorkerResult {
  matches: QueryMatch[];
  sources: QueryMatch['feature'][];
}

let layers: UrlLayers | null = null;
const provider = (base: string): UrlLayers => (layers ??= new UrlLayers(base));

const api = {
  /** Parses a dropped file here, off the main thread, and makes it queryable. */
  async importFile(name: string, bytes: Uint8Array, id: string, base: string, crs?: SourceCrs): Promise<ImportedLayer> {
    const layer = await importFile(name, bytes, id, crs);
    provider(base).register(id, layer.features);
    return layer;
  },
  register(id: string, features: Feature[], base: string): void {
    provider(base).register(id, features);
  },
  unregister(id: string, base: string): void {
    provider(base).unregister(id);
  },
  setStreamed(urls: Record<string, string>, base: string): void {
    provider(base).setStreamed(urls);
  },

  async run(spec: QuerySpec, base: string, onProgress?: (p: QueryProgress) => void): Promise<WorkerResult> {
    let last = 0;
    const result = await runQuery(spec, provider(base), {
      // Progress at most every 50 ms: each report is a message to the page.
      onProgress: (p) => {
        const now = performance.now();
        if (onProgress && (now - last > 50 || p.done === p.total)) {
          last = now;
          onProgress(p);
        }
      },
    });
    return { matches: result.matches, sources: result.sources };
  },
};

export type QueryWorkerApi = typeof api;
Comlink.expose(api);
