import { QueryCancelledError, QueryClient } from '../query/queryClient.ts';
import type { QuerySpec } from '../query/runQuery.ts';
import type { AtlasState } from './atlasState.svelte.ts';

/** The one worker client: queries and file imports share its layers. */
export const client = new QueryClient();

/** Runs a query off the main thread, moving the state through running → done / error / cancelled. */
export async function runQueryInWorker(atlas: AtlasState, spec: QuerySpec): Promise<void> {
  client.cancel();
  atlas.query = { status: 'running', spec, progress: null, matches: [], sources: [], error: null };
  try {
    const result = await client.run(spec, document.baseURI, (progress) => {
      if (atlas.query.spec === spec && atlas.query.status === 'running') atlas.query = { ...atlas.query, progress };
    });
    if (atlas.query.spec !== spec) return;
    atlas.query = { status: 'done', spec, progress: null, matches: result.matches, sources: result.sources, error: null };
  } catch (e) {
    if (atlas.query.spec !== spec) return;
    const cancelled = e instanceof QueryCancelledError;
    atlas.query = { ...atlas.query, status: cancelled ? 'cancelled' : 'error', progress: null, error: cancelled ? null : (e as Error).message };
  }
}

export function cancelQuery(): void {
  client.cancel();
}
