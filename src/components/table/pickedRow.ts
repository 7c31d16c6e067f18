import type { MapGeoJSONFeature } from 'maplibre-gl';
import { QUERY_TABLE, type AtlasState } from '../../lib/state/atlasState.svelte.ts';

/**
 * The table row of a feature clicked on the map, as `atlas.selectedRow` names rows: an imported
 * feature by its vector-tile id (the layer worker numbers features in its own order), a catalogue
 * feature by its position in the collection (found by its `id`). While the query's table is open
 * and the feature is one of its matches, the match's row instead. Null when there is no row.
 */
export function pickedRow(atlas: AtlasState, layer: string, feature: MapGeoJSONFeature): { layer: string; index: number } | null {
  const id = feature.properties.id;
  if (atlas.tableLayer === QUERY_TABLE && atlas.query.spec?.target === layer && id !== undefined) {
    const index = atlas.query.matches.findIndex((m) => m.feature.properties?.id === id);
    if (index >= 0) return { layer: QUERY_TABLE, index };
  }
  if (layer.startsWith('u_')) return typeof feature.id === 'number' ? { layer, index: feature.id } : null;
  if (id === undefined) return null;
  const index = atlas.collections[layer]?.features.findIndex((f) => f.properties?.id === id) ?? -1;
  return index >= 0 ? { layer, index } : null;
}
