import type { Feature, FeatureCollection } from 'geojson';
import type { FilterSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { setSourceData } from './setSourceData.ts';

/** The feature of the attribute table's selected row, drawn over the map's own. */
export const SELECTED_ROW_SOURCE = 'table-selection';
// Cyan: apart from the query's and the sites' yellow and the import colours; a dark casing keeps it legible on any ground.
const COLOR = '#06b6d4';
const CASING = '#0f172a';
const isPoint: FilterSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];
const notPoint: FilterSpecification = ['!', isPoint];
const isPolygon: FilterSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];

export const SELECTED_ROW_LAYERS: LayerSpecification[] = [
  { id: 'table-selection--fill', type: 'fill', source: SELECTED_ROW_SOURCE, filter: isPolygon, paint: { 'fill-color': COLOR, 'fill-opacity': 0.25 } },
  { id: 'table-selection--casing', type: 'line', source: SELECTED_ROW_SOURCE, filter: notPoint, layout: { 'line-join': 'round' }, paint: { 'line-color': CASING, 'line-width': 7, 'line-opacity': 0.7 } },
  { id: 'table-selection--line', type: 'line', source: SELECTED_ROW_SOURCE, filter: notPoint, layout: { 'line-join': 'round' }, paint: { 'line-color': COLOR, 'line-width': 4 } },
  { id: 'table-selection--ring-casing', type: 'circle', source: SELECTED_ROW_SOURCE, filter: isPoint, paint: { 'circle-radius': 11, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': CASING, 'circle-stroke-width': 7, 'circle-stroke-opacity': 0.7 } },
  { id: 'table-selection--ring', type: 'circle', source: SELECTED_ROW_SOURCE, filter: isPoint, paint: { 'circle-radius': 12, 'circle-color': 'rgba(6,182,212,0.25)', 'circle-stroke-color': COLOR, 'circle-stroke-width': 4 } },
];

const collection = (feature: Feature | null): FeatureCollection => ({ type: 'FeatureCollection', features: feature?.geometry ? [{ type: 'Feature', geometry: feature.geometry, properties: {} }] : [] });

/**
 * Shows the selected row's feature (replacing the last one; null clears it). Source and layers
 * are added on first use, over every feature and under the labels, so the base style knows
 * nothing of them. Call once the style has loaded.
 */
export function showSelectedRow(map: MapLibreMap, feature: Feature | null): void {
  if (!map.getSource(SELECTED_ROW_SOURCE)) {
    if (!feature?.geometry) return;
    map.addSource(SELECTED_ROW_SOURCE, { type: 'geojson', data: collection(null) });
    const firstLabel = map.getLayersOrder().find((id) => map.getLayer(id)?.type === 'symbol');
    for (const layer of SELECTED_ROW_LAYERS) map.addLayer(layer, firstLabel);
  }
  setSourceData(map, SELECTED_ROW_SOURCE, collection(feature));
}
