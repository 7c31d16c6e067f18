import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../catalogue/types.ts';
import { catalogueColumns } from './catalogueColumns.ts';
import { byImportance } from './columnOrder.ts';
import { FeatureSource } from './featureSource.ts';

const field = (zh: string): FieldSpec => ({ label: { zh, en: zh } });
// The projects layer's schema order (the popup's), shortened to the parts that matter here.
const FIELDS: Record<string, FieldSpec> = {
  company: field('企业'),
  industry: field('产业'),
  industry_inferred: field('产业为推定'),
  industry_note: field('产业归类说明'),
  status: field('状态'),
  date: field('关键日期'),
  date_basis: field('关键日期所指'),
  timeline: field('进展'),
  investment_cny: field('投资额'),
  investment_basis: field('投资额依据'),
  park: field('所在园区或地点'),
};
const props = Object.fromEntries(Object.keys(FIELDS).map((k) => [k, 'x']));
const source = new FeatureSource([{ type: 'Feature', geometry: null as unknown as Feature['geometry'], properties: { id: 'TX01', name_zh: '甲', confidence: 'schematic', ...props } }]);
const columns = catalogueColumns(source, source.keys(), FIELDS, 'zh');

describe('byImportance', () => {
  it('puts the projects’ name, company, industry, status, date and investment first, and the qualifying notes last', () => {
    expect(byImportance(columns, 'projects').map((c) => c.label)).toEqual([
      '名称', '企业', '产业', '状态', '关键日期', '投资额', '进展', '所在园区或地点', '可信度', '产业为推定', '产业归类说明', '关键日期所指', '投资额依据',
    ]);
  });

  it('keeps another layer’s schema order, its qualifiers after the rest', () => {
    expect(byImportance(columns, 'parks').map((c) => c.key)).toEqual([
      'name', 'company', 'industry', 'status', 'date', 'timeline', 'investment_cny', 'park', 'confidence', 'industry_inferred', 'industry_note', 'date_basis', 'investment_basis',
    ]);
  });

  it('leaves a field ending like a qualifier alone when the field it would qualify is not shown', () => {
    const lone = catalogueColumns(source, ['name_zh', 'zone_note'], { zone_note: field('说明') }, 'zh');
    expect(byImportance(lone, 'projects').map((c) => c.key)).toEqual(['name', 'zone_note', 'confidence']);
  });
});
