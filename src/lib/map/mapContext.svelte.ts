import { getContext, setContext } from 'svelte';
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { MapTools } from './tools/mapTools.ts';

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/**
 * The map shared with the components that each own one map resource (after svelte-maplibre's
 * context): they take it from here instead of receiving it through props or reaching for it
 * through app state.
 */
export class MapContext {
  map = $state.raw<MapLibreMap | null>(null);
  /** The style has loaded: sources and layers may be changed. */
  styleReady = $state(false);
  /** Where the map looks, updated after each move (the URL follows it). */
  camera = $state<Camera>({ center: [0, 0], zoom: 0, bearing: 0, pitch: 0 });
  /** The style layers the map draws now: restyling diffs against them. Not reactive on purpose. */
  layers: LayerSpecification[] = [];
  /** Catalogue sources that already hold their data (bookkeeping, not reactive). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly pushed = new Set<string>();
  /** The active tool's hold on the pointer, once the map exists. */
  tools: MapTools | null = null;
}

const KEY = Symbol('map');

export function provideMap(ctx: MapContext): MapContext {
  return setContext(KEY, ctx);
}

export function useMap(): MapContext {
  const ctx = getContext<MapContext | undefined>(KEY);
  if (!ctx) throw new Error('useMap() outside <MapView>');
  return ctx;
}
