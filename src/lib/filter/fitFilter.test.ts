import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../catalogue/types.ts';
import { catalogueKnownFields, fitFilter, importedKnownFields } from './fitFilter.ts';
import type { FilterSpec } from './filterSpec.ts';

const schema: Record<string, FieldSpec> = {
  industry: { label: { zh: '产业', en: 'Industry' }, values: { new_materials: { zh: '新材料', en: 'New materials' }, high_end_equipment: { zh: '高端装备', en: 'High-end equipment' } } },
  flag: { label: { zh: '标记', en: 'Flag' }, values: { a: { zh: '是', en: 'yes' }, b: { zh: '是', en: 'yes' } } },
  investment_cny: { label: { zh: '投资额', en: 'Investment' }, format: 'yuan' },
  date: { label: { zh: '日期', en: 'Date' } },
  park: { label: { zh: '园区', en: 'Park' }, localized: true },
};
const fields = catalogueKnownFields(schema);

describe('fitting a linked filter to a layer', () => {
  it('keeps what can match, unchanged', () => {
    const spec: FilterSpec = [
      { kind: 'category', field: 'industry', values: ['new_materials'] },
      { kind: 'range', field: 'investment_cny', min: 5e9 },
      { kind: 'date', field: 'date', from: '2022-06' },
      { kind: 'category', field: 'confidence', values: ['schematic'] },
      // A chart's bar filters a prose field's Chinese copy; a link may name a feature by id.
      { kind: 'category', field: 'park_zh', values: ['忻州经济开发区'] },
      { kind: 'category', field: 'id', values: ['TX04'] },
    ];
    expect(fitFilter(spec, fields)).toEqual({ spec, problems: [], changed: false });
  });

  it('drops a clause on a field the layer lacks', () => {
    expect(fitFilter([{ kind: 'category', field: 'park', values: ['a'] }], fields).spec).toEqual([]);
    const r = fitFilter([{ kind: 'category', field: 'nosuchfield', values: ['a'] }, { kind: 'range', field: 'investment_cny', max: 1 }], fields);
    expect(r.spec).toEqual([{ kind: 'range', field: 'investment_cny', max: 1 }]);
    expect(r.problems).toEqual([{ key: 'filterProblem.unknownField', params: { field: 'nosuchfield' } }]);
    expect(r.changed).toBe(true);
  });

  it('maps a code’s words in either language to the code, and drops values it never holds', () => {
    const r = fitFilter([{ kind: 'category', field: 'industry', values: ['新材料', 'high-end equipment', 'new_materials', '芯片'] }], fields);
    expect(r.spec).toEqual([{ kind: 'category', field: 'industry', values: ['new_materials', 'high_end_equipment'] }]);
    expect(r.problems).toEqual([{ key: 'filterProblem.unknownValue', params: { field: 'industry', value: '芯片' } }]);
  });

  it('does not guess between codes that share their words', () => {
    const r = fitFilter([{ kind: 'category', field: 'flag', values: ['是'] }], fields);
    expect(r.spec).toEqual([]);
    expect(r.problems[0]?.key).toBe('filterProblem.unknownValue');
  });

  it('drops an empty list of values', () => {
    const r = fitFilter([{ kind: 'category', field: 'industry', values: [''] }], fields);
    expect(r).toEqual({ spec: [], problems: [{ key: 'filterProblem.emptyValues', params: { field: 'industry' } }], changed: true });
  });

  it('checks an imported layer’s columns, and its values only when all of them are listed', () => {
    const imported = importedKnownFields([
      { name: 'kind', type: 'string', count: 3, distinct: ['odd', 'even', ''] },
      { name: 'town', type: 'string', count: 900, distinct: ['甲'], distinctCapped: true },
    ]);
    expect(fitFilter([{ kind: 'category', field: 'kind', values: ['', 'rare'] }], imported).spec).toEqual([{ kind: 'category', field: 'kind', values: [''] }]);
    expect(fitFilter([{ kind: 'category', field: 'town', values: ['乙'] }], imported).changed).toBe(false);
    expect(fitFilter([{ kind: 'category', field: 'n', values: ['1'] }], imported).spec).toEqual([]);
  });
});
