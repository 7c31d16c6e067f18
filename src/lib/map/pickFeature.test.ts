import type { Map as MapLibreMap, MapGeoJSONFeature, Point } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { PublishedLayer } from '../catalogue/types.ts';
import { MERGED_FROM, MERGED_SOURCE } from './mergeSources.ts';
import { pickFeature } from './pickFeature.ts';

const towns = { id: 'towns', title: { zh: '城镇', en: 'Towns' } } as PublishedLayer;

function mapHitting(...hits: Array<Partial<MapGeoJSONFeature>>): MapLibreMap {
  return { queryRenderedFeatures: () => hits } as unknown as MapLibreMap;
}

describe('pickFeature', () => {
  it('finds the topmost feature that is not a label, with the properties of its data', () => {
    const label = { layer: { id: 'towns--label', type: 'symbol', source: MERGED_SOURCE, metadata: { 'atlas:layer': 'towns' } }, properties: { id: 't0' } };
    const circle = {
      layer: { id: 'towns--circle', type: 'circle', source: MERGED_SOURCE, metadata: { 'atlas:layer': 'towns' } },
      properties: { id: 't1', name_zh: '大盂镇', [MERGED_FROM]: 'towns' },
    };
    const picked = pickFeature(mapHitting(label as Partial<MapGeoJSONFeature>, circle as Partial<MapGeoJSONFeature>), { x: 5, y: 5 } as Point, (id) => (id === 'towns' ? towns : null));
    expect(picked?.layer).toBe(towns);
    expect(picked?.feature.properties).toEqual({ id: 't1', name_zh: '大盂镇' });
  });

  it('is null for a miss and for a layer the app does not know', () => {
    const unknown = { layer: { id: 'x', type: 'fill', source: 'x', metadata: { 'atlas:layer': 'gone' } }, properties: {} };
    expect(pickFeature(mapHitting(), { x: 0, y: 0 } as Point, () => towns)).toBeNull();
    expect(pickFeature(mapHitting(unknown as Partial<MapGeoJSONFeature>), { x: 0, y: 0 } as Point, () => null)).toBeNull();
  });
});
