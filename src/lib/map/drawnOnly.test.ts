import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { drawnOnly } from './drawnOnly.ts';
import { MERGED_SOURCE, mergeLoadedSources } from './mergeSources.ts';
import { styleWithState } from './styleWithState.ts';
import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';

const located = { type: 'Feature', geometry: { type: 'Point', coordinates: [112.7, 38.2] }, properties: { id: 'TX11', located: true } } as Feature;
const listed = { type: 'Feature', geometry: null, properties: { id: 'TX02', located: false } } as unknown as Feature;
const projects: FeatureCollection = { type: 'FeatureCollection', features: [located, listed] };
const towns: FeatureCollection = { type: 'FeatureCollection', features: [{ ...located, properties: { id: 't1' } }] };
const src = (): GeoJSONSourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' });
const layers: LayerSpecification[] = [
  { id: 'towns--circle', type: 'circle', source: 'towns' },
  { id: 'projects--circle', type: 'circle', source: 'projects' },
];

describe('features without geometry on the map', () => {
  it('drawnOnly leaves them out, and hands back a collection that has none as it is', () => {
    expect(drawnOnly(projects).features).toEqual([located]);
    expect(drawnOnly(towns)).toBe(towns);
  });

  it('the merged source holds only the drawn ones', () => {
    const { sources } = mergeLoadedSources({ towns: src(), projects: src() }, layers, { towns, projects });
    const data = (sources[MERGED_SOURCE] as GeoJSONSourceSpecification).data as FeatureCollection;
    expect(data.features.map((f) => f.properties?.id)).toEqual(['t1', 'TX11']);
  });

  it('a hidden layer’s own source, filled by styleWithState, holds only the drawn ones', () => {
    const style: StyleSpecification = { version: 8, sources: { towns: src(), projects: src() }, layers: layers.map((l) => ({ ...l, metadata: { 'atlas:layer': (l as { source: string }).source } })) };
    const out = styleWithState(style, { towns, projects }, new Set(['towns']));
    expect(((out.sources.projects as GeoJSONSourceSpecification).data as FeatureCollection).features).toEqual([located]);
  });
});
