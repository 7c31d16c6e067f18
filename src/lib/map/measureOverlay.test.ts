import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, Map as MapLibreMap, SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { showMeasureLabels } from './measureOverlay.ts';

/** Just enough of a map: sources that record their data, layers in order, and how often one moved. */
function fakeMap() {
  const sources = new Map<string, { data: FeatureCollection[]; setData: (d: FeatureCollection) => void }>();
  const layers: LayerSpecification[] = [{ id: 'places--label', type: 'symbol', source: 'places' }];
  let moves = 0;
  const map = {
    getSource: (id: string) => sources.get(id),
    addSource: (id: string, spec: { data: FeatureCollection }) => {
      const data = [spec.data];
      sources.set(id, { data, setData: (d) => data.push(d) });
    },
    addLayer: (l: LayerSpecification) => layers.push(l),
    getLayersOrder: () => layers.map((l) => l.id),
    moveLayer: (id: string) => {
      moves++;
      const at = layers.findIndex((l) => l.id === id);
      layers.push(...layers.splice(at, 1));
    },
  };
  return { map: map as unknown as MapLibreMap, layers, moves: () => moves, shown: () => sources.get('measure-labels')?.data.at(-1) };
}

const labels: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: { type: 'Point', coordinates: [112.6, 38.2] }, properties: { label: '16.6 公里', kind: 'segment' } },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [112.7, 38.25] }, properties: { label: '周长 68.3 公里\n面积 291.398 平方公里', kind: 'total' } },
  ],
};

describe('showMeasureLabels', () => {
  it('places the total first and lets side lengths give way to it rather than print over it', () => {
    const { map, layers } = fakeMap();
    showMeasureLabels(map, labels);
    const layer = layers.find((l) => l.id === 'measure-labels') as SymbolLayerSpecification;
    const layout = layer.layout ?? {};
    expect(layout['text-allow-overlap']).toBe(false);
    expect(layout['text-ignore-placement']).toBe(false);
    // Lower sort keys are placed first: the total must come before any segment.
    expect(layout['symbol-sort-key']).toEqual(['match', ['get', 'kind'], 'total', 0, 1]);
  });

  it('keeps its layer on top, where it is placed before every other label, moving it only when needed', () => {
    const { map, layers, moves, shown } = fakeMap();
    showMeasureLabels(map, null); // never measured: nothing added
    expect(layers.map((l) => l.id)).toEqual(['places--label']);
    showMeasureLabels(map, labels);
    showMeasureLabels(map, labels);
    expect(moves()).toBe(0);
    layers.push({ id: 'td-point', type: 'circle', source: 'td' });
    showMeasureLabels(map, labels);
    expect(layers.at(-1)?.id).toBe('measure-labels');
    expect(moves()).toBe(1);
    expect(shown()?.features).toHaveLength(2);
    showMeasureLabels(map, null);
    expect(shown()?.features).toHaveLength(0);
  });
});
