import type { Feature } from 'geojson';
import { QUERY_TABLE, type AtlasState } from '../../lib/state/atlasState.svelte.ts';
import { atlasWorkers } from '../../lib/worker/atlasWorkers.ts';

/**
 * The feature behind a table row: from the catalogue collection or the query's matches the page
 * holds, or from the layer worker for an imported layer (one feature, never the layer).
 */
export async function rowFeature(atlas: AtlasState, layer: string, index: number): Promise<Feature | null> {
  if (layer === QUERY_TABLE) return atlas.query.matches[index]?.feature ?? null;
  if (layer.startsWith('u_')) return atlasWorkers().layers.call('feature', { id: layer, index }).promise;
  return atlas.collections[layer]?.features[index] ?? null;
}
