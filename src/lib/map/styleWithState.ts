import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { styleLayerOwner } from '../../../styles/zoneStyle.ts';
import type { AttributeStyles } from '../filter/attributeStyle.ts';
import { attributedLayers } from './attributeLayers.ts';
import { drawnOnly } from './drawnOnly.ts';
import { mergeLoadedSources } from './mergeSources.ts';

/** Sources and layers drawn over the zone style (query results, sites, briefing highlights). */
export interface StyleOverlay {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

/**
 * The style a map starts from, with the data already loaded and each layer's visibility in
 * place. Handing MapLibre the finished style once, rather than filling sources and toggling
 * layers after it has loaded, means every source is tiled once: each `setData` and each
 * first-time `visibility` change makes MapLibre re-tile a source and redraw, and on software
 * WebGL (projector laptops, CI) every redraw costs a tenth of a second or more. The shown layers'
 * data is drawn from one source (see mergeLoadedSources). The user's attribute filters and
 * colours (`attributes`) are in it too, so exports draw what the screen shows.
 */
export function styleWithState(
  style: StyleSpecification,
  collections: Readonly<Record<string, FeatureCollection>>,
  visible: ReadonlySet<string>,
  overlays: readonly StyleOverlay[] = [],
  attributes: AttributeStyles = new Map(),
): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, src] of Object.entries(style.sources)) {
    const fc = collections[id];
    sources[id] = fc && src.type === 'geojson' ? { ...src, data: drawnOnly(fc) } : src;
  }
  const layers = style.layers.map((layer): LayerSpecification => {
    const owner = styleLayerOwner(layer);
    if (!owner || layer.type === 'background') return layer;
    return { ...layer, layout: { ...layer.layout, visibility: visible.has(owner) ? 'visible' : 'none' } } as LayerSpecification;
  });
  const merged = mergeLoadedSources(sources, layers, collections);
  // After merging, so each filter reads as the live map's will (layerAttributesOnMap.ts).
  merged.layers = attributedLayers(merged.layers, attributes);
  // The overlays' sources come first: MapLibre asks its worker for tiles in source order, so
  // their empty tiles, cut in a moment, arrive while the zone's are still being cut instead of
  // drawing a frame of their own after them.
  const overlaid: Record<string, SourceSpecification> = {};
  for (const o of overlays) {
    Object.assign(overlaid, o.sources);
    merged.layers.push(...o.layers);
  }
  return { ...style, sources: { ...overlaid, ...merged.sources }, layers: merged.layers };
}
