import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../catalogue/types.ts';
import { catalogueFields, importedFields, valueLabel } from './attributeFields.ts';

const f = (properties: Record<string, unknown>): Feature => ({ type: 'Feature', geometry: null as unknown as Feature['geometry'], properties });

describe('catalogue fields', () => {
  const fields: Record<string, FieldSpec> = {
    kind: { label: { zh: '类型', en: 'Kind' }, hidden: true },
    industry: { label: { zh: '产业', en: 'Industry' }, values: { new_materials: { zh: '新材料', en: 'New materials' }, high_end_equipment: { zh: '高端装备', en: 'High-end equipment' }, unknown: { zh: '未知', en: 'Unknown' } } },
    investment_cny: { label: { zh: '投资额', en: 'Investment' }, unit: { zh: '元', en: 'CNY' } },
    date: { label: { zh: '日期', en: 'Date' } },
    park: { label: { zh: '园区', en: 'Park' }, localized: true },
    located: { label: { zh: '已定位', en: 'Located' } },
    company: { label: { zh: '企业', en: 'Company' } },
  };
  const features = [
    f({ kind: 'p', industry: 'new_materials', investment_cny: 1e9, date: '2022-06', park_zh: '甲', located: true, company: 'A', confidence: 'schematic' }),
    f({ kind: 'p', industry: 'new_materials', investment_cny: null, date: '2023', park_zh: '乙', located: false, company: 'B', confidence: 'sourced' }),
    f({ kind: 'p', industry: 'solar', date: '2021-01-31', located: true, company: 'A', confidence: 'schematic' }),
  ];

  it('offers shown fields typed by their values, the schema’s values first and all of them', () => {
    const out = catalogueFields(fields, features);
    expect(out.map((x) => [x.name, x.kind])).toEqual([['industry', 'category'], ['investment_cny', 'number'], ['date', 'date'], ['located', 'category'], ['company', 'category'], ['confidence', 'category']]);
    const industry = out[0];
    expect(industry?.values.map((v) => [v.value, v.count])).toEqual([['new_materials', 2], ['high_end_equipment', 0], ['unknown', 0], ['solar', 1]]);
    expect(valueLabel(industry?.values[1] as never).zh).toBe('高端装备');
    expect(valueLabel(industry?.values[3] as never).en).toBe('solar');
    expect(out[1]).toMatchObject({ min: 1e9, max: 1e9, unit: { zh: '元', en: 'CNY' } });
    expect(out[3]?.values.map((v) => [v.value, v.count])).toEqual([['true', 2], ['false', 1]]);
    expect(out[5]?.values.map((v) => v.value)).toEqual(['surveyed', 'sourced', 'schematic']);
  });

  it('leaves out a field no feature has a value for, unless the schema lists its values', () => {
    expect(catalogueFields({ a: { label: { zh: 'a', en: 'a' } } }, [f({})])).toEqual([]);
    expect(catalogueFields({ s: { label: { zh: 's', en: 's' }, values: { x: { zh: '叉', en: 'x' } } } }, []).map((x) => x.name)).toEqual(['s']);
  });
});

describe('imported fields', () => {
  it('reads numbers, dates and categories from the field summaries', () => {
    const out = importedFields([
      { name: 'pop', type: 'number', count: 3, min: 1, max: 9 },
      { name: 'when', type: 'string', count: 2, distinct: ['2022-01-02', '2023-05'], distinctCapped: false },
      { name: 'kind', type: 'string', count: 30, distinct: ['a', 'b'], distinctCapped: true },
      { name: 'flag', type: 'boolean', count: 3, distinct: ['true'], distinctCapped: false },
      { name: 'none', type: 'empty', count: 0 },
    ]);
    expect(out.map((x) => [x.name, x.kind, x.valuesCapped])).toEqual([['pop', 'number', false], ['when', 'date', false], ['kind', 'category', true], ['flag', 'category', false]]);
    expect(out[0]).toMatchObject({ min: 1, max: 9, label: null });
  });
});
