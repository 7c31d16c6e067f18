import type { Feature, FeatureCollection } from 'geojson';
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { setSourceData } from './setSourceData.ts';

export const SITE_HIGHLIGHT_SOURCE = 'site-highlight';
const COLOR = '#facc15';
// A dark edge on both sides of the yellow keeps the ring legible over pale land and yellow roads alike.
const CASING = '#1e293b';

export const SITE_HIGHLIGHT_LAYERS: LayerSpecification[] = [
  {
    id: 'site-highlight--casing', type: 'line', source: SITE_HIGHLIGHT_SOURCE, filter: ['!=', ['geometry-type'], 'Point'],
    layout: { 'line-join': 'round' }, paint: { 'line-color': CASING, 'line-width': 7, 'line-opacity': 0.75 },
  },
  {
    id: 'site-highlight--line', type: 'line', source: SITE_HIGHLIGHT_SOURCE, filter: ['!=', ['geometry-type'], 'Point'],
    layout: { 'line-join': 'round' }, paint: { 'line-color': COLOR, 'line-width': 4 },
  },
  {
    id: 'site-highlight--ring-casing', type: 'circle', source: SITE_HIGHLIGHT_SOURCE, filter: ['==', ['geometry-type'], 'Point'],
    paint: { 'circle-radius': 12, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': CASING, 'circle-stroke-width': 8, 'circle-stroke-opacity': 0.75 },
  },
  {
    id: 'site-highlight--ring', type: 'circle', source: SITE_HIGHLIGHT_SOURCE, filter: ['==', ['geometry-type'], 'Point'],
    paint: { 'circle-radius': 14, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': COLOR, 'circle-stroke-width': 4 },
  },
];

const collection = (site: Feature | null): FeatureCollection => ({ type: 'FeatureCollection', features: site ? [site] : [] });

// The latest site asked for on a map whose style is still loading; applied once it has loaded.
const pending = new WeakMap<MapLibreMap, Feature | null>();

/**
 * Shows one site highlighted over the map's features, replacing the previous one; `null` clears
 * it. The source and layers are added on first use rather than in the base style, so the map
 * view knows nothing of them.
 */
export function highlightSite(map: MapLibreMap, site: Feature | null): void {
  if (map.getSource(SITE_HIGHLIGHT_SOURCE)) {
    setSourceData(map, SITE_HIGHLIGHT_SOURCE, collection(site));
    return;
  }
  if (pending.has(map)) {
    pending.set(map, site);
    return;
  }
  if (!site) return;
  // isStyleLoaded() also waits for every tile, which can take seconds; adding a source only
  // needs the style itself.
  if (!map.style._loaded) {
    pending.set(map, site);
    map.once('style.load', () => {
      const latest = pending.get(map) ?? null;
      pending.delete(map);
      highlightSite(map, latest);
    });
    return;
  }
  // Added empty and then filled, so setSourceData knows there is something to clear later.
  map.addSource(SITE_HIGHLIGHT_SOURCE, { type: 'geojson', data: collection(null) });
  // Over every feature but under the labels, so the ring does not cover the site's own name.
  const firstLabel = map.getLayersOrder().find((id) => map.getLayer(id)?.type === 'symbol');
  for (const layer of SITE_HIGHLIGHT_LAYERS) map.addLayer(layer, firstLabel);
  setSourceData(map, SITE_HIGHLIGHT_SOURCE, collection(site));
}
