import type { FeatureCollection } from 'geojson';
import type { GeoJSONSourceSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { MERGED_FROM, MERGED_SOURCE, mergeLoadedSources } from './mergeSources.ts';

const point = (id: string): FeatureCollection => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [112.7, 38.4] }, properties: { id, name_zh: id } }],
});
const empty: GeoJSONSourceSpecification = { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' };
const sources: Record<string, SourceSpecification> = { towns: empty, stations: empty, counties: empty, parcels: { ...empty, promoteId: 'pid' } };
const layers: LayerSpecification[] = [
  { id: 'background', type: 'background', paint: {} },
  { id: 'counties--line', type: 'line', source: 'counties' },
  { id: 'towns--circle', type: 'circle', source: 'towns' },
  { id: 'stations--hsr', type: 'circle', source: 'stations', filter: ['==', ['get', 'hsr'], true] },
  { id: 'parcels--fill', type: 'fill', source: 'parcels' },
];

describe('mergeLoadedSources', () => {
  it('draws every loaded source from one, each layer keeping its own features by a filter', () => {
    const { sources: out, layers: drawn } = mergeLoadedSources(sources, layers, { towns: point('t1'), stations: point('s1') });
    expect(Object.keys(out).sort()).toEqual([MERGED_SOURCE, 'counties', 'parcels']);
    const data = (out[MERGED_SOURCE] as GeoJSONSourceSpecification).data as FeatureCollection;
    expect(data.features.map((f) => [f.properties?.id, f.properties?.[MERGED_FROM]])).toEqual([
      ['t1', 'towns'],
      ['s1', 'stations'],
    ]);
    expect((out[MERGED_SOURCE] as GeoJSONSourceSpecification).promoteId).toBe('id');
    const byId = new Map(drawn.map((l) => [l.id, l]));
    expect(byId.get('towns--circle')).toMatchObject({ source: MERGED_SOURCE, filter: ['==', ['get', MERGED_FROM], 'towns'] });
    expect(byId.get('stations--hsr')).toMatchObject({ source: MERGED_SOURCE, filter: ['all', ['==', ['get', MERGED_FROM], 'stations'], ['==', ['get', 'hsr'], true]] });
    // Not loaded yet: filled on its own later, as before.
    expect(byId.get('counties--line')).toBe(layers[1]);
    expect(drawn.map((l) => l.id)).toEqual(layers.map((l) => l.id));
  });

  it('leaves a source with other options (a different promoteId) on its own', () => {
    const { sources: out } = mergeLoadedSources(sources, layers, { towns: point('t1'), stations: point('s1'), parcels: point('p1') });
    expect(Object.keys(out).sort()).toEqual([MERGED_SOURCE, 'counties', 'parcels']);
    expect(((out.parcels as GeoJSONSourceSpecification).data as FeatureCollection).features).toHaveLength(0);
  });

  it('leaves the source of a hidden layer on its own, so it is not cut into tiles until shown', () => {
    const hidden = layers.map((l) => (l.id === 'stations--hsr' ? ({ ...l, layout: { visibility: 'none' } } as LayerSpecification) : l));
    const { sources: out, layers: drawn } = mergeLoadedSources(sources, hidden, { towns: point('t1'), stations: point('s1'), counties: point('c1') });
    expect(Object.keys(out).sort()).toEqual([MERGED_SOURCE, 'parcels', 'stations']);
    expect(drawn.find((l) => l.id === 'stations--hsr')).toMatchObject({ source: 'stations' });
  });

  it('merges nothing when only one source would be in it', () => {
    expect(mergeLoadedSources(sources, layers, { towns: point('t1') })).toEqual({ sources, layers });
  });

  it('changes nothing when no data is loaded, and never the data it was given', () => {
    const towns = point('t1');
    const before = JSON.stringify(towns);
    expect(mergeLoadedSources(sources, layers, {})).toEqual({ sources, layers });
    mergeLoadedSources(sources, layers, { towns });
    expect(JSON.stringify(towns)).toBe(before);
  });
});
