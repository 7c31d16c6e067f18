import { describe, expect, it } from 'vitest';
import { layerAttributions, shownLayerCredits } from './attributions.ts';

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

describe('shownLayerCredits', () => {
  const research = { zh: '项目研究（CC BY 4.0）', en: 'Project research (CC BY 4.0)' };
  const layers = [
    { id: 'counties', title: { zh: '县级行政区界', en: 'Counties' }, licence: { zh: '公开可得', en: 'Publicly available' }, attribution: { zh: 'DataV', en: 'DataV' } },
    { id: 'parks', title: { zh: '产业园区', en: 'Parks' }, licence: research },
    { id: 'projects', title: { zh: '重点项目', en: 'Key projects' }, licence: { zh: '项目研究（CC BY 4.0）；所引报道的版权归原发布者', en: 'Project research (CC BY 4.0); the reports cited remain their publishers’' } },
    { id: 'dayu', title: { zh: '大盂产业新城', en: 'Dayu' }, licence: research },
  ];
  it('names the licence of each shown layer without a credit of its own, once, after the layers under it', () => {
    expect(shownLayerCredits(layers, new Set(['counties', 'parks', 'projects', 'dayu']), 'zh')).toEqual(['产业园区、大盂产业新城：项目研究（CC BY 4.0）', '重点项目：项目研究（CC BY 4.0）；所引报道的版权归原发布者']);
    expect(shownLayerCredits(layers, new Set(['counties', 'parks']), 'en')).toEqual(['Parks: Project research (CC BY 4.0)']);
  });
});
