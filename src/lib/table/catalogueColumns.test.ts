import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../catalogue/types.ts';
import { catalogueColumns, catalogueCsvExtras } from './catalogueColumns.ts';
import { FeatureSource } from './featureSource.ts';
import { buildView } from './rowView.ts';
import { runSteps } from './steps.ts';
import { viewCsvChunks } from './viewExport.ts';

const FIELDS: Record<string, FieldSpec> = {
  industry: { label: { zh: '产业', en: 'Industry' }, values: { new_materials: { zh: '新材料', en: 'New materials' } } },
  investment_cny: { label: { zh: '投资额', en: 'Investment' }, unit: { zh: '元', en: 'CNY' } },
  park: { label: { zh: '园区', en: 'Park' }, localized: true },
  adcode: { label: { zh: '行政区划代码', en: 'Admin code' }, code: true },
  hsr: { label: { zh: '高铁', en: 'HSR' }, hidden: true },
};
const features: Feature[] = [
  { type: 'Feature', geometry: { type: 'Point', coordinates: [112, 38] }, properties: { id: 'TX01', name_zh: '甲', name_en: 'A', industry: 'new_materials', investment_cny: 1_000_000_000, park_zh: '大盂', park_en: 'Dayu', adcode: 140107, hsr: true, confidence: 'schematic', source_zh: '山西日报', source: 'Shanxi Daily' } },
  { type: 'Feature', geometry: null as unknown as Feature['geometry'], properties: { id: 'TX02', name_zh: '乙', industry: 'unknown', adcode: 140108, confidence: 'sourced', extra: 'x' } },
];
const source = new FeatureSource(features);

describe('catalogueColumns', () => {
  it('heads columns by the field schema in the UI language and words the values as popups do', () => {
    const zh = catalogueColumns(source, source.keys(), FIELDS, 'zh');
    expect(zh.map((c) => c.label)).toEqual(['名称', '产业', '投资额（元）', '园区', '行政区划代码', 'extra', '可信度']);
    const view = runSteps(buildView(source, zh, { filter: [], search: '', sort: null }));
    expect(view.page(0, 2)).toEqual([
      { index: 0, cells: ['甲', '新材料', '1,000,000,000 元', '大盂', '140107', '', '示意'], located: true },
      { index: 1, cells: ['乙', 'unknown', '', '', '140108', 'x', '有据'], located: false },
    ]);
    // Amounts are totalled; a code is not.
    expect(view.summary().sums.map((s) => [s.key, s.sum])).toEqual([['investment_cny', 1_000_000_000]]);
    const en = catalogueColumns(source, source.keys(), FIELDS, 'en');
    expect(runSteps(buildView(source, en, { filter: [], search: '', sort: null })).page(0, 2).map((r) => r.cells[0])).toEqual(['A', '乙']);
    expect(en[3]?.label).toBe('Park');
  });

  it('searches the worded values, and sorts a coded column by its words', () => {
    const zh = catalogueColumns(source, source.keys(), FIELDS, 'zh');
    expect([...runSteps(buildView(source, zh, { filter: [], search: '新材料', sort: null })).order]).toEqual([0]);
    expect([...runSteps(buildView(source, zh, { filter: [{ kind: 'category', field: 'industry', values: ['new_materials'] }], search: '', sort: null })).order]).toEqual([0]);
  });

  it('writes the view as CSV with the id first and the cited source last, numbers bare', () => {
    const columns = catalogueColumns(source, source.keys(), FIELDS, 'zh');
    const { first, last } = catalogueCsvExtras(source, 'zh');
    const view = runSteps(buildView(source, columns, { filter: [], search: '', sort: { column: 'name', descending: true } }));
    const csv = [...viewCsvChunks(view, [first, ...columns, last])].join('');
    expect(csv).toBe('\uFEFF编号,名称,产业,投资额（元）,园区,行政区划代码,extra,可信度,来源\r\nTX02,乙,unknown,,,140108,x,有据,\r\nTX01,甲,新材料,1000000000,大盂,140107,,示意,山西日报\r\n');
  });
});

describe('catalogue totals', () => {
  it('total amounts (money, area, length) and leave out speeds, sequence numbers and codes', () => {
    const fields: Record<string, FieldSpec> = {
      investment_cny: { label: { zh: '投资额', en: 'Investment' } },
      area_km2_official: { label: { zh: '官方面积', en: 'Official area' }, unit: { zh: 'km²', en: 'km²' } },
      design_speed_kmh: { label: { zh: '设计时速', en: 'Design speed' }, unit: { zh: 'km/h', en: 'km/h' } },
      seq: { label: { zh: '站序', en: 'Sequence' } },
      adcode: { label: { zh: '代码', en: 'Code' }, code: true },
    };
    const rows = new FeatureSource([1, 2].map((n): Feature => ({ type: 'Feature', geometry: null as unknown as Feature['geometry'], properties: { investment_cny: n, area_km2_official: n, design_speed_kmh: n, seq: n, adcode: n } })));
    const view = runSteps(buildView(rows, catalogueColumns(rows, rows.keys(), fields, 'zh'), { filter: [], search: '', sort: null }));
    expect(view.summary().sums.map((s) => [s.key, s.sum, s.text])).toEqual([['investment_cny', 3, '3'], ['area_km2_official', 3, '3 km²']]);
    // Money in yuan reads as readers quote it, cell and total alike.
    const yuan = new FeatureSource([4_635_000_000, 998_000_000].map((n): Feature => ({ type: 'Feature', geometry: null as unknown as Feature['geometry'], properties: { investment_cny: n } })));
    const columns = catalogueColumns(yuan, yuan.keys(), { investment_cny: { label: { zh: '投资额', en: 'Investment' }, format: 'yuan' } }, 'zh');
    const v = runSteps(buildView(yuan, columns, { filter: [], search: '', sort: null }));
    expect(v.page(0, 2).map((r) => r.cells[1])).toEqual(['46.35 亿元', '9.98 亿元']);
    expect(v.summary().sums[0]?.text).toBe('56.33 亿元');
    // A total that takes in a range's low end says "at least"; one over rows without any figure says nothing.
    const props = [{ investment_cny: 8_000_000_000, investment_basis: 'lowerBound' }, { investment_cny: 4_635_000_000 }, { investment_cny: null }];
    const bounded = new FeatureSource(props.map((p): Feature => ({ type: 'Feature', geometry: null as unknown as Feature['geometry'], properties: p })));
    const money = { investment_cny: { label: { zh: '投资额', en: 'Investment' }, format: 'yuan' as const } };
    const all = runSteps(buildView(bounded, catalogueColumns(bounded, bounded.keys(), money, 'en'), { filter: [], search: '', sort: null }));
    expect(all.summary().sums.map((s) => s.text)).toEqual(['at least ¥12.635 bn']);
    const noFigure = [{ kind: 'range' as const, field: 'investment_cny', max: 1 }];
    expect(runSteps(buildView(bounded, catalogueColumns(bounded, bounded.keys(), money, 'zh'), { filter: noFigure, search: '', sort: null })).summary().sums).toEqual([]);
    // The CSV keeps the bare yuan, and its heading says so.
    expect([...viewCsvChunks(v, columns)].join('').split('\r\n').slice(0, 2)).toEqual(['\uFEFF名称,投资额（元）,可信度', ',4635000000,']);
  });
});
