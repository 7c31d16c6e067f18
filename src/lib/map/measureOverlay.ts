import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LABEL_FONT } from '../../../styles/labelFont.ts';
import { setSourceData } from './setSourceData.ts';

const SOURCE = 'measure-labels';

/**
 * The measuring labels (segment lengths, total, area) drawn over everything. Added on first use:
 * most sessions never measure. Null clears them.
 */
export function showMeasureLabels(map: MapLibreMap, labels: FeatureCollection | null): void {
  if (!map.getSource(SOURCE)) {
    if (!labels) return;
    map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({
      id: SOURCE,
      type: 'symbol',
      source: SOURCE,
      metadata: { 'atlas:overlay': 'measure' },
      layout: {
        'text-field': ['get', 'label'],
        'text-font': LABEL_FONT,
        'text-size': ['match', ['get', 'kind'], 'total', 13, 11.5],
        'text-offset': ['match', ['get', 'kind'], 'total', ['literal', [0, -1.4]], ['literal', [0, -0.9]]],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
        'text-max-width': 30,
      },
      paint: { 'text-color': '#7c2d12', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    });
  }
  setSourceData(map, SOURCE, labels ?? { type: 'FeatureCollection', features: [] });
}
