import { describe, expect, it } from 'vitest';
import type { PublishedLayer } from '../catalogue/types.ts';
import { popupContent } from './popupFields.ts';

const layer: PublishedLayer = {
  id: 'stations', file: 'stations.geojson', group: 'transport', geometry: 'Point', visible: true,
  title: { zh: '铁路车站', en: 'Rail stations' }, source: 'layer source', licence: 'ODbL', accuracy: '±50 m', date: '2025',
  url: 'data/stations.fgb', featureCount: 1, confidenceCounts: { surveyed: 0, sourced: 0, schematic: 1 }, bbox: [0, 0, 0, 0],
};

describe('popupContent', () => {
  const props = {
    id: 'stn-xinzhouxi', name_zh: '忻州西站', name_en: 'Xinzhou West', kind: 'rail_station', line: '大西高铁', hsr: true,
    status: 'existing', seq: null, source: 'zone-facts.md', confidence: 'schematic', accuracy_m: 2500,
  };

  it('titles in the current language with the other as subtitle, and says 示意 for schematic features', () => {
    const zh = popupContent(props, layer, 'zh');
    expect(zh).toMatchObject({ title: '忻州西站', subtitle: 'Xinzhou West', layerTitle: '铁路车站', confidence: 'schematic', confidenceLabel: '示意', source: 'zone-facts.md' });
    expect(zh.rows).toEqual([
      { label: '线路', value: '大西高铁' },
      { label: '状态', value: 'existing' },
      { label: '精度', value: '± 2.5 公里' },
    ]);
    const en = popupContent(props, layer, 'en');
    expect(en).toMatchObject({ title: 'Xinzhou West', subtitle: '忻州西站', confidenceLabel: 'schematic' });
    expect(en.rows.at(-1)).toEqual({ label: 'Accuracy', value: '± 2.5 km' });
  });

  it('passes hostile values through as plain strings (the component renders text, never HTML)', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const c = popupContent({ ...props, name_zh: evil, note: 'javascript:alert(1)', nested: { a: evil } }, layer, 'zh');
    expect(c.title).toBe(evil);
    expect(c.rows).toContainEqual({ label: 'note', value: 'javascript:alert(1)' });
    expect(c.rows).toContainEqual({ label: 'nested', value: JSON.stringify({ a: evil }) });
  });

  it('falls back to the layer source and an id when a feature lacks them', () => {
    const c = popupContent({ id: 'x' }, layer, 'en');
    expect(c).toMatchObject({ title: 'x', source: 'layer source', confidence: null, confidenceLabel: '—' });
  });

  it("an imported feature: the user's id shown, no confidence the app cannot vouch for, the file as source", () => {
    const imported = { ...layer, group: 'imported', file: 'pts.csv' };
    const c = popupContent({ id: 'p7', name_zh: '点 7', name_en: '点 7', value: 3, confidence: 'sourced', source: '用户导入 / imported: pts.csv' }, imported, 'zh');
    expect(c).toMatchObject({ title: '点 7', subtitle: '', confidence: null, confidenceLabel: '用户数据', source: '用户导入：pts.csv' });
    expect(c.rows).toContainEqual({ label: 'id', value: 'p7' });
    expect(popupContent({ id: 'p7' }, imported, 'en')).toMatchObject({ confidenceLabel: 'Your data', source: 'Imported from pts.csv' });
  });
});
