import { describe, expect, it } from 'vitest';
import { resultToCsv, resultToGeoJSON } from './exportResult.ts';
import type { QueryResult } from './runQuery.ts';
import type { FieldSpec } from '../catalogue/types.ts';

const result: QueryResult = {
  spec: { op: 'within', target: 'parks', source: { kind: 'layer', layer: 'stations' }, meters: 5000 },
  sources: [],
  matches: [
    { index: 0, distance_m: 1234.5678, nearest_source_id: 'stn-a', feature: { type: 'Feature', id: 'p1', geometry: { type: 'Point', coordinates: [112.5, 38] }, properties: { id: 'p1', name_zh: '园区，一', name_en: 'Park "One"', confidence: 'schematic' } } },
    { index: 1, distance_m: 0, nearest_source_id: 'stn-b', feature: { type: 'Feature', geometry: { type: 'Point', coordinates: [112.6, 38] }, properties: { id: 'p2', name_zh: '=HYPERLINK("x")', name_en: 'Two', extra: { a: 1 } } } },
  ],
};

describe('resultToGeoJSON', () => {
  it('keeps every property and id, adding the distance and the nearest source', () => {
    const fc = resultToGeoJSON(result);
    // p1 is schematic with no stated accuracy (taken as ±1 km): the distance as measured, and how far off it may be.
    expect(fc.features[0]).toEqual({
      type: 'Feature', id: 'p1', geometry: { type: 'Point', coordinates: [112.5, 38] },
      properties: { id: 'p1', name_zh: '园区，一', name_en: 'Park "One"', confidence: 'schematic', distance_m: 1234.6, distance_accuracy_m: 1000, nearest_source_id: 'stn-a' },
    });
  });

  it('gives a distance to 0.1 m as measured, with its uncertainty where a schematic position is involved', () => {
    const measured = { ...(result.matches[0] as QueryResult['matches'][number]), feature: { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [112.5, 38] }, properties: { id: 'p1', confidence: 'surveyed' } } };
    expect(resultToGeoJSON({ ...result, matches: [measured] }).features[0]?.properties).toMatchObject({ distance_m: 1234.6, distance_accuracy_m: null });
    // The source it was measured from is schematic (±2.3 km).
    const sources = [{ type: 'Feature' as const, id: 'stn-a', geometry: { type: 'Point' as const, coordinates: [112.51, 38] }, properties: { id: 'stn-a', confidence: 'schematic', accuracy_m: 2300 } }];
    expect(resultToGeoJSON({ ...result, sources, matches: [measured] }).features[0]?.properties).toMatchObject({ distance_m: 1234.6, distance_accuracy_m: 2300 });
  });
});

describe('resultToCsv', () => {
  const csv = resultToCsv(result);
  it('starts with a UTF-8 BOM and a header, one row per match', () => {
    expect(csv.startsWith('\uFEFFid,name_zh,name_en,distance_m,distance_accuracy_m,nearest_source_id,confidence,extra\r\n')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(3);
  });
  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    // The full-width comma (，) is text, not a separator.
    expect(csv).toContain('p1,园区，一,"Park ""One""",1234.6,1000,stn-a,schematic,');
    expect(csv).toContain(`p2,"'=HYPERLINK(""x"")",Two,0,,stn-b,,"{""a"":1}"`);
  });
});

describe('resultToCsv for a reader, through the layer fields', () => {
  const fields: Record<string, FieldSpec> = {
    kind: { label: { zh: '类型', en: 'Type' }, values: { industrial_park: { zh: '产业园区', en: 'Industrial park' } } },
    hsr: { label: { zh: '高铁', en: 'HSR' }, hidden: true },
    industries: { label: { zh: '主导产业', en: 'Industries' }, localized: true },
    area_km2_official: { label: { zh: '官方面积', en: 'Official area' }, unit: { zh: 'km²', en: 'km²' } },
    facts_source: { label: { zh: '产业与面积出处', en: 'Source of the facts' }, localized: true },
    in_zone: { label: { zh: '属于经济区', en: 'In the zone' } },
  };
  const park = {
    id: 'p1', name_zh: '园', name_en: 'Park', kind: 'industrial_park', hsr: true, industries: '装备制造', industries_en: 'equipment',
    area_km2_official: 1234.5, facts_source_zh: '人民网', facts_source_en: '人民网', in_zone: false,
    source: 'own estimate', source_zh: '自行估计', confidence: 'schematic', accuracy_m: 3000, stray: 'x',
  };
  const withPark: QueryResult = { ...result, matches: [{ index: 0, distance_m: 12, nearest_source_id: 's', feature: { type: 'Feature', geometry: { type: 'Point', coordinates: [112.5, 38] }, properties: park } }] };
  const lines = (lang: 'zh' | 'en') => resultToCsv(withPark, lang, fields).replace('\uFEFF', '').trim().split('\r\n');

  it('heads one column per field with its label and unit, leaving hidden fields and language copies out', () => {
    expect(lines('zh')[0]).toBe('编号,中文名称,英文名称,距离（米）,距离误差（±米，示意位置）,最近参照编号,可信度,类型,主导产业,官方面积（km²）,产业与面积出处,属于经济区,stray,来源,精度（米）');
    expect(lines('en')[0]).toBe('id,name (Chinese),name (English),distance (m),distance uncertainty (± m; schematic position),nearest source id,confidence,Type,Industries,Official area (km²),Source of the facts,In the zone,stray,source,accuracy (m)');
  });
  it('words coded values and flags, picks the localized text, keeps numbers bare, glosses for English', () => {
    // 12 m from a point known to ±3 km: the distance as measured, and its uncertainty.
    expect(lines('zh')[1]).toBe('p1,园,Park,12,3000,s,示意,产业园区,装备制造,1234.5,人民网,否,x,自行估计,3000');
    expect(lines('en')[1]).toBe('p1,园,Park,12,3000,s,schematic,Industrial park,equipment,1234.5,People’s Daily Online (人民网),no,x,own estimate,3000');
  });
  it('keeps an imported layer’s own column names (no fields), and the machine keys without a language', () => {
    expect(resultToCsv(withPark, 'zh').split('\r\n')[0]).toBe('\uFEFF编号,中文名称,英文名称,距离（米）,距离误差（±米，示意位置）,最近参照编号,可信度,kind,hsr,industries,industries_en,area_km2_official,facts_source_zh,facts_source_en,in_zone,source,source_zh,accuracy_m,stray');
    expect(resultToCsv(withPark, undefined, fields).split('\r\n')[0]).toBe('\uFEFFid,name_zh,name_en,distance_m,distance_accuracy_m,nearest_source_id,confidence,kind,hsr,industries,industries_en,area_km2_official,facts_source_zh,facts_source_en,in_zone,source,source_zh,accuracy_m,stray');
  });
});
