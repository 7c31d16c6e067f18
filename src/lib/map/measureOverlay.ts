import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LABEL_FONT } from '../../../styles/labelFont.ts';
import { setSourceData } from './setSourceData.ts';

const SOURCE = 'measure-labels';

/**
 * The measuring labels (segment lengths, total, area) drawn over everything. Added on first use:
 * most sessions never measure. Null clears them.
 *
 * Labels take part in collision detection so that none prints over another: the total (a line's
 * length, a shape's perimeter and area) is placed first and wins, and a side length that would
 * run into it, or into another side length, is left out — the panel has every figure anyway.
 * One layer, not one per kind: text-allow-overlap cannot vary by feature, and the placement order
 * inside a layer is set by symbol-sort-key.
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
        // Lower keys are placed first: the total claims its space before any side length.
        'symbol-sort-key': ['match', ['get', 'kind'], 'total', 0, 1],
        'text-allow-overlap': false,
        // Claims its space, so basemap and data labels underneath give way rather than print through.
        'text-ignore-placement': false,
        // A little air between the figures, so two labels that only just miss still read apart.
        'text-padding': 4,
        // MapLibre balances a label's lines over its whole text, breaks included, so a total whose
        // two lines add up to more than the limit was wrapped again mid-figure ("450,681 / 亩").
        // Each line of the total is short enough to stand alone.
        'text-max-width': ['match', ['get', 'kind'], 'total', 60, 30],
      },
      paint: { 'text-color': '#7c2d12', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    });
  }
  // Upper layers are placed first: kept on top (layers added since, e.g. terra-draw's, would sit
  // above it), nothing is placed before the total, so it is always shown. Moved only when not on
  // top already: a move sends every layer to the workers again, and labels change as the mouse moves.
  if (labels && map.getLayersOrder().at(-1) !== SOURCE) map.moveLayer(SOURCE);
  setSourceData(map, SOURCE, labels ?? { type: 'FeatureCollection', features: [] });
}
