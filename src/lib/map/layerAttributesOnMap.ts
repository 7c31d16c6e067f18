import type { FilterSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerAttributeStyle } from '../filter/attributeStyle.ts';
import { attributedLayer, colouredPaint, ownColourPaint } from './attributeLayers.ts';
import { MERGED_SOURCE, mergedFilter } from './mergeSources.ts';

type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];
type PaintValue = Parameters<MapLibreMap['setPaintProperty']>[2];

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Brings one style layer on the live map to its owner's attribute style (or back to its own
 * look when `style` is undefined). `layer` is the style layer as built (zoneStyle.ts, or an
 * imported layer's userStyleLayers): the filter it draws with on the map is worked out from it as
 * the start-up style did (a layer drawn from the merged source keeps to its own features first).
 * Only what differs from the map's current state is set, since each setFilter re-tiles.
 */
export function applyLayerAttributes(map: MapLibreMap, layer: LayerSpecification, style: LayerAttributeStyle | undefined): void {
  const onMap = map.getLayer(layer.id);
  if (!onMap || layer.type === 'background') return;
  const source = 'source' in layer ? layer.source : undefined;
  const ownFilter = (typeof source === 'string' && onMap.source === MERGED_SOURCE && source !== MERGED_SOURCE ? mergedFilter(source, layer.filter) : layer.filter) as FilterSpecification | undefined;
  const wanted = attributedLayer({ ...layer, filter: ownFilter } as LayerSpecification, style);
  const filter = (wanted as { filter?: FilterSpecification }).filter;
  if (!same(map.getFilter(layer.id), filter)) map.setFilter(layer.id, filter ?? null);
  const paint = { ...ownColourPaint(layer), ...(style?.colour ? colouredPaint(layer, style.colour) : {}) };
  for (const [prop, value] of Object.entries(paint)) {
    if (!same(map.getPaintProperty(layer.id, prop as PaintName), value)) map.setPaintProperty(layer.id, prop as PaintName, value as PaintValue);
  }
}
