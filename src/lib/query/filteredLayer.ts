import type { Feature } from 'geojson';
import { matchesFilter } from '../filter/filterExpression.ts';
import type { FilterSpec } from '../filter/filterSpec.ts';
import { prepareLayer, type PreparedLayer } from './preparedLayer.ts';
import type { QueryMatch } from './types.ts';

/** The user's attribute filters by layer id, as the map applies them. */
export type LayerFilters = Readonly<Record<string, FilterSpec>>;

/** A target layer narrowed to the features its filter shows, and where each came from in the whole layer. */
export interface FilteredLayer {
  layer: PreparedLayer;
  /** For each feature of `layer`, its index in the whole layer's `features`. */
  original: Int32Array;
}

// The last narrowing of each layer, so a query run again (or another op on the same filter) does
// not index the layer again.
const last = new WeakMap<PreparedLayer, { key: string; filtered: FilteredLayer }>();

export function filteredLayer(whole: PreparedLayer, spec: FilterSpec): FilteredLayer {
  const key = JSON.stringify(spec);
  const cached = last.get(whole);
  if (cached?.key === key) return cached.filtered;
  const kept: Feature[] = [];
  const original: number[] = [];
  whole.features.forEach((f, i) => {
    if (matchesFilter(f.properties, spec)) {
      kept.push(f);
      original.push(i);
    }
  });
  const filtered = { layer: prepareLayer(kept), original: Int32Array.from(original) };
  last.set(whole, { key, filtered });
  return filtered;
}

/** Matches found in a narrowed layer, with indices in the whole layer again (rows of its table). */
export const wholeLayerMatches = (matches: QueryMatch[], f: FilteredLayer): QueryMatch[] =>
  matches.map((m) => ({ ...m, index: f.original[m.index] as number }));

/** Features that pass a layer's filter (all of them when it has none). */
export const passing = (features: Feature[], spec: FilterSpec | undefined): Feature[] =>
  spec?.length ? features.filter((f) => matchesFilter(f.properties, spec)) : features;
