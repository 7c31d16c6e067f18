import { describe, expect, it } from 'vitest';
import type { PublishedLayer } from '../catalogue/types.ts';
import { popupContent } from './popupFields.ts';

const L = (zh: string, en: string) => ({ zh, en });
const layer: PublishedLayer = {
  id: 'stations', file: 'stations.geojson', group: 'transport', geometry: 'Point', visible: true,
  title: L('铁路车站', 'Rail stations'), source: L('图层来源', 'layer source'), licence: L('ODbL', 'ODbL'), accuracy: L('±50 m', '±50 m'), date: L('2025', '2025'),
  fields: {
    kind: { label: L('', ''), hidden: true },
    hsr: { label: L('', ''), hidden: true },
    line: { label: L('线路', 'Line'), localized: true },
    status: { label: L('状态', 'Status'), values: { existing: L('已建成', 'Existing'), 'under construction': L('在建', 'Under construction') } },
    seq: { label: L('站序', 'Order') },
    opened: { label: L('开通日期', 'Opened') },
    length_km: { label: L('长度', 'Length'), unit: L('km', 'km') },
    capacity: { label: L('供水能力', 'Capacity'), unit: L('m³/年', 'm³/yr') },
    adcode: { label: L('行政区划代码', 'Admin code'), code: true },
    in_zone: { label: L('属于经济区', 'In the zone') },
  },
  url: 'data/stations.fgb', featureCount: 1, confidenceCounts: { surveyed: 0, sourced: 0, schematic: 1 }, bbox: [0, 0, 0, 0],
};

describe('popupContent', () => {
  const props = {
    id: 'stn-xinzhouxi', name_zh: '忻州西站', name_en: 'Xinzhou West', kind: 'rail_station', line_zh: '大西高铁', line_en: "Datong–Xi'an HSR", hsr: true,
    status: 'existing', seq: null, source: 'zone-facts.md (research notes)', source_zh: 'zone-facts.md（研究笔记）', confidence: 'schematic', accuracy_m: 2500,
  };

  it('titles in the current language with the other as subtitle, and says 示意 for schematic features', () => {
    const zh = popupContent(props, layer, 'zh');
    expect(zh).toMatchObject({ title: '忻州西站', subtitle: 'Xinzhou West', layerTitle: '铁路车站', confidence: 'schematic', confidenceLabel: '示意', source: 'zone-facts.md（研究笔记）' });
    expect(zh.rows).toEqual([
      { key: 'line', label: '线路', value: '大西高铁' },
      { key: 'status', label: '状态', value: '已建成' },
      { key: 'accuracy_m', label: '精度', value: '± 2.5 公里' },
    ]);
    const en = popupContent(props, layer, 'en');
    expect(en).toMatchObject({ title: 'Xinzhou West', subtitle: '忻州西站', confidenceLabel: 'schematic', source: 'zone-facts.md (research notes)' });
    expect(en.rows).toEqual([
      { key: 'line', label: 'Line', value: "Datong–Xi'an HSR" },
      { key: 'status', label: 'Status', value: 'Existing' },
      { key: 'accuracy_m', label: 'Accuracy', value: '± 2.5 km' },
    ]);
  });

  it('numbers in the language with their unit, codes ungrouped, booleans in words, dates as they are', () => {
    const p = { id: 'x', length_km: 342.661, capacity: 30_000_000, adcode: 140107, in_zone: true, opened: '2024-12-31' };
    const value = (lang: 'zh' | 'en') => Object.fromEntries(popupContent(p, layer, lang).rows.map((r) => [r.key, r.value]));
    expect(value('zh')).toEqual({ length_km: '342.661 km', capacity: '30,000,000 m³/年', adcode: '140107', in_zone: '是', opened: '2024-12-31' });
    expect(value('en')).toEqual({ length_km: '342.661 km', capacity: '30,000,000 m³/yr', adcode: '140107', in_zone: 'yes', opened: '2024-12-31' });
  });

  it('a coded value the map does not know is shown as it is; a localized field falls back to its original-language key', () => {
    const c = popupContent({ id: 'x', status: 'demolished', line: '忻河铁路' }, layer, 'en');
    expect(c.rows).toEqual([
      { key: 'status', label: 'Status', value: 'demolished' },
      { key: 'line', label: 'Line', value: '忻河铁路' },
    ]);
  });

  it('passes hostile values through as plain strings (the component renders text, never HTML)', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const c = popupContent({ ...props, name_zh: evil, note: 'javascript:alert(1)', nested: { a: evil } }, layer, 'zh');
    expect(c.title).toBe(evil);
    expect(c.rows).toContainEqual({ key: 'note', label: 'note', value: 'javascript:alert(1)' });
    expect(c.rows).toContainEqual({ key: 'nested', label: 'nested', value: JSON.stringify({ a: evil }) });
  });

  it("falls back to the layer's source in the UI language and an id when a feature lacks them", () => {
    expect(popupContent({ id: 'x' }, layer, 'en')).toMatchObject({ title: 'x', source: 'layer source', confidence: null, confidenceLabel: '—' });
    expect(popupContent({ id: 'x' }, layer, 'zh')).toMatchObject({ source: '图层来源' });
    // A feature citing only in English still shows its own citation rather than the layer's.
    expect(popupContent({ id: 'x', source: 'OSM node' }, layer, 'zh').source).toBe('OSM node');
  });

  it("an imported feature: the user's columns as they are, no confidence the app cannot vouch for, the file as source", () => {
    const imported = { ...layer, group: 'imported', file: 'pts.csv', fields: {} };
    const c = popupContent({ id: 'p7', name_zh: '点 7', name_en: '点 7', value: 3, status: 'existing', confidence: 'sourced', source: '用户导入 / imported: pts.csv' }, imported, 'zh');
    expect(c).toMatchObject({ title: '点 7', subtitle: '', confidence: null, confidenceLabel: '用户数据', source: '用户导入：pts.csv' });
    expect(c.rows).toEqual([
      { key: 'id', label: 'id', value: 'p7' },
      { key: 'value', label: 'value', value: '3' },
      { key: 'status', label: 'status', value: 'existing' },
    ]);
    expect(popupContent({ id: 'p7' }, imported, 'en')).toMatchObject({ confidenceLabel: 'Your data', source: 'Imported from pts.csv' });
  });
});
