import { JobCancelledError, type Job } from '../worker/jobClient.ts';
import { atlasWorkers } from '../worker/atlasWorkers.ts';
import { isCoded } from '../i18n/format.ts';
import type { FilterSpec } from '../filter/filterSpec.ts';
import type { LayerFilters } from '../query/filteredLayer.ts';
import type { QuerySpec } from '../query/runQuery.ts';
import type { QueryProgress } from '../query/types.ts';
import type { AtlasState } from './atlasState.svelte.ts';

let running: Job<unknown> | null = null;

/** The attribute filters of the layers a query reads (target, source), as plain data for the worker. */
export function queryFilters(filters: ReadonlyMap<string, FilterSpec>, spec: QuerySpec): LayerFilters {
  const used = [spec.target, spec.source.kind === 'geometry' ? null : spec.source.layer];
  return JSON.parse(JSON.stringify(Object.fromEntries(used.flatMap((id) => (id && filters.get(id)?.length ? [[id, filters.get(id)]] : [])))));
}

/** The filters each query ran with (as JSON), so a change to them can run it again. */
const ranWith = new WeakMap<QuerySpec, string>();
export const filtersQueryRanWith = (spec: QuerySpec): string | undefined => ranWith.get(spec);

/** Runs a query off the main thread, moving the state through running → done / error / cancelled. */
export async function runQueryInWorker(atlas: AtlasState, spec: QuerySpec): Promise<void> {
  running?.cancel();
  atlas.query = { status: 'running', spec, progress: null, matches: [], sources: [], error: null };
  // As the map applies them: a feature a filter hides is neither target nor source.
  const filters = queryFilters(atlas.filters, spec);
  ranWith.set(spec, JSON.stringify(filters));
  const job = atlasWorkers().queries.call('run', { spec, filters }, {
    onProgress: (progress) => {
      if (atlas.query.spec === spec && atlas.query.status === 'running') atlas.query = { ...atlas.query, progress: progress as QueryProgress };
    },
  });
  running = job;
  try {
    const result = await job.promise;
    if (atlas.query.spec !== spec) return;
    atlas.query = { status: 'done', spec, progress: null, matches: result.matches, sources: result.sources, error: null, filtered: result.filtered };
  } catch (e) {
    if (atlas.query.spec !== spec) return;
    const cancelled = e instanceof JobCancelledError;
    atlas.query = { ...atlas.query, status: cancelled ? 'cancelled' : 'error', progress: null, error: cancelled ? null : isCoded(e) ? { key: e.key, params: e.params } : { key: 'queryError.failed', params: { detail: e instanceof Error ? e.message : String(e) } } };
  } finally {
    if (running === job) running = null;
  }
}

/** Stops the running query only: imports carry on. */
export function cancelQuery(): void {
  running?.cancel();
  running = null;
}
