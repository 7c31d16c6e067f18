import { describe, expect, it } from 'vitest';
import { layerAttributions } from './attributions.ts';

describe('layerAttributions', () => {
  const layers = [
    { attribution: { zh: '© OpenStreetMap 贡献者，ODbL', en: '© OpenStreetMap contributors, ODbL' } },
    {},
    { attribution: { zh: 'DataV.GeoAtlas（阿里云）', en: 'DataV.GeoAtlas (Alibaba Cloud)' } },
    { attribution: { zh: 'DataV.GeoAtlas（阿里云）', en: 'DataV.GeoAtlas (Alibaba Cloud)' } },
  ];
  it('credits each source once, in the language asked for', () => {
    expect(layerAttributions(layers, 'zh')).toEqual(['© OpenStreetMap 贡献者，ODbL', 'DataV.GeoAtlas（阿里云）']);
    expect(layerAttributions(layers, 'en')).toEqual(['© OpenStreetMap contributors, ODbL', 'DataV.GeoAtlas (Alibaba Cloud)']);
  });
});
