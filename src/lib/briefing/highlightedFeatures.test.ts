import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { highlightedFeatures } from './sceneOnMap.ts';
import type { Scene } from './schema.ts';

describe('highlightedFeatures', () => {
  it('leaves out a highlighted feature without geometry (a project listed, not drawn)', () => {
    const projects: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [112.7, 38.2] }, properties: { id: 'TX17', name_zh: '惠科', name_en: 'HKC' } },
        { type: 'Feature', geometry: null, properties: { id: 'TX03', name_zh: '中来', name_en: 'Jolywood' } } as unknown as Feature,
      ],
    };
    const scene = { highlight: ['TX17', 'TX03'] } as unknown as Scene;
    expect(highlightedFeatures(scene, { projects }, 'en').features.map((f) => f.properties?.label)).toEqual(['HKC']);
  });
});
