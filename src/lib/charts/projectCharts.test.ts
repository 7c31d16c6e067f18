import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../catalogue/types.ts';
import { matchesFilter } from '../filter/filterExpression.ts';
import type { FilterSpec } from '../filter/filterSpec.ts';
import { CHART_IDS, type ChartData } from './chartData.ts';
import type { Row } from './groupRows.ts';
import { filteredRows, projectChart } from './projectCharts.ts';

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../../../test/fixtures/projects-charts.geojson'), 'utf8')) as FeatureCollection<Geometry | null>;
const features = fixture.features;

const FIELDS: Record<string, FieldSpec> = {
  industry: {
    label: { zh: '产业', en: 'Industry' },
    values: {
      new_materials: { zh: '新材料', en: 'New materials' },
      high_end_equipment: { zh: '高端装备制造', en: 'High-end equipment' },
      ic_semiconductor: { zh: '集成电路和半导体', en: 'Chips and semiconductors' },
      green_energy: { zh: '新型绿色能源', en: 'Green energy' },
      unknown: { zh: '未注明', en: 'Not stated' },
    },
  },
  status: {
    label: { zh: '状态', en: 'Status' },
    values: { signed: { zh: '已签约', en: 'Signed' }, under_construction: { zh: '在建', en: 'Under construction' }, in_operation: { zh: '已投产', en: 'In operation' } },
  },
};

const bar = (d: ChartData, key: string) => d.bars.find((b) => b.key === key);

/** Whether a feature falls in a bar, found by charting it alone (the fixture's span keeps half-years either way). */
const inBar = (d: ChartData, key: string, f: Row): boolean => projectChart(d.id, [f], FIELDS).bars.some((b) => b.key === key && b.count === 1);

/** Brute force, written apart from the engine: the sum of the published figures of the rows that pass. */
function bruteInvestment(spec: FilterSpec): { yuan: number; unpublished: number; rows: number } {
  let yuan = 0;
  let unpublished = 0;
  let rows = 0;
  for (const f of features) {
    if (!matchesFilter(f.properties, spec)) continue;
    rows++;
    const v = f.properties?.investment_cny;
    if (typeof v === 'number') yuan += v;
    else unpublished++;
  }
  return { yuan, unpublished, rows };
}

describe('investment by industry', () => {
  const d = projectChart('investmentByIndustry', filteredRows(features, undefined), FIELDS);

  it('sums each industry’s published figures, largest first, and counts the projects without one apart', () => {
    expect(d.bars.map((b) => [b.key, b.value, b.count, b.unpublished])).toEqual([
      ['new_materials', 6_200_000_000, 2, 0],
      ['high_end_equipment', 3_000_000_000, 2, 1],
      ['green_energy', 800_000_000, 1, 0],
      ['ic_semiconductor', 350_000_000, 1, 0],
      ['unknown', 0, 1, 1],
    ]);
    expect(d.total).toBe(10_350_000_000);
    expect(d.unpublished).toBe(2);
    expect(d.rows).toBe(7);
  });

  it('labels industries and statuses by the catalogue, and marks plans, lower bounds, figures of projects not under way and inferred industries', () => {
    expect(bar(d, 'new_materials')?.label).toEqual({ zh: '新材料', en: 'New materials' });
    // TX02 is only signed: its ¥1.2 bn is promised, not spent.
    expect(bar(d, 'new_materials')?.marks.sort()).toEqual(['inferredIndustry', 'notUnderWay', 'plan']);
    expect(bar(d, 'high_end_equipment')?.marks).toEqual(['lowerBound']);
    expect(bar(d, 'green_energy')?.marks).toEqual(['notUnderWay']);
    expect(bar(d, 'ic_semiconductor')?.marks).toEqual([]);
    expect(bar(d, 'new_materials')?.parts).toEqual({ reported: 5_000_000_000, plan: 1_200_000_000, lowerBound: 0 });
    expect(bar(d, 'high_end_equipment')?.parts).toEqual({ reported: 0, plan: 0, lowerBound: 3_000_000_000 });
    expect(bar(d, 'high_end_equipment')?.statuses).toEqual([
      { code: 'in_operation', label: { zh: '已投产', en: 'In operation' }, count: 1 },
      { code: 'under_construction', label: { zh: '在建', en: 'Under construction' }, count: 1 },
    ]);
  });

  it('sums, over any filter, exactly what a brute-force pass over the filtered rows sums', () => {
    const industries = ['new_materials', 'high_end_equipment', 'ic_semiconductor', 'green_energy', 'unknown', 'modern_services'];
    const parks = ['大盂产业新城（阳曲县）', '大盂产业新城（阳曲县）——首个项目', '忻州经济开发区', '定襄县', '阳曲产业园区'];
    const clause = fc.oneof(
      fc.subarray(['new_city', 'county_or_city', 'park'], { minLength: 1 }).map((values) => ({ kind: 'category' as const, field: 'placement', values })),
      fc.subarray(industries, { minLength: 1 }).map((values) => ({ kind: 'category' as const, field: 'industry', values })),
      fc.subarray(parks, { minLength: 1 }).map((values) => ({ kind: 'category' as const, field: 'park_zh', values })),
      fc.record({ min: fc.integer({ min: 0, max: 6e9 }) }).map(({ min }) => ({ kind: 'range' as const, field: 'investment_cny', min })),
      fc.integer({ min: 2020, max: 2025 }).map((y) => ({ kind: 'date' as const, field: 'date', from: `${y}-01`, to: `${y}-12` })),
    );
    fc.assert(
      fc.property(fc.array(clause, { maxLength: 3 }), (spec) => {
        const rows = filteredRows(features, spec);
        const brute = bruteInvestment(spec);
        for (const id of CHART_IDS) {
          const c = projectChart(id, rows, FIELDS);
          expect(c.rows).toBe(brute.rows);
          expect(c.bars.reduce((s, b) => s + b.count, 0)).toBe(brute.rows);
        }
        const inv = projectChart('investmentByIndustry', rows, FIELDS);
        expect(inv.bars.reduce((s, b) => s + b.value, 0)).toBe(brute.yuan);
        expect(inv.total).toBe(brute.yuan);
        expect(inv.unpublished).toBe(brute.unpublished);
      }),
    );
  });

  it('gives each bar a clause that selects its projects, and others only where the filter reads a bare year as 1 January', () => {
    for (const id of CHART_IDS) {
      const chart = projectChart(id, features, FIELDS);
      for (const b of chart.bars) {
        if (!b.clause) continue;
        const clause = b.clause;
        const caught = features.filter((f) => matchesFilter(f.properties, [clause]));
        const extra = caught.filter((f) => !inBar(chart, b.key, f));
        expect(caught.length - extra.length, `${id} ${b.key}`).toBe(b.count);
        // A date known only to its year counts as 1 January in the map's filter, so a first half-year's clause takes it in.
        for (const f of extra) expect(`${b.key} ${String(f.properties?.date)}`).toMatch(/^(\d{4})-H1 \1$/);
      }
    }
  });
});

describe('projects by park', () => {
  const placements = { county_or_city: { zh: '仅知县市', en: 'county or city only' }, not_stated: { zh: '未说明地点', en: 'No site stated' } };
  const d = projectChart('projectsByPark', features, { ...FIELDS, placement: { label: { zh: '定位依据', en: 'Placed by' }, values: placements } });

  it('counts by park under one name for all its wordings, and the projects not on the map by what is known of their place, last', () => {
    expect(d.bars.map((b) => [b.key, b.count, b.marks])).toEqual([
      ['park:大盂产业新城', 2, []],
      ['park:忻州经济开发区', 2, []],
      ['park:阳曲产业园区', 1, []],
      ['unplaced:county_or_city', 2, ['countyOnly']],
    ]);
    expect(bar(d, 'park:大盂产业新城')?.label).toEqual({ zh: '大盂产业新城', en: 'Dayu Industrial New City' });
    expect(bar(d, 'park:大盂产业新城')?.clause).toEqual({ kind: 'category', field: 'park_zh', values: ['大盂产业新城（阳曲县）', '大盂产业新城（阳曲县）——首个项目'] });
    expect(bar(d, 'unplaced:county_or_city')?.label).toEqual({ zh: '仅知县市', en: 'County or city only' });
    expect(bar(d, 'unplaced:county_or_city')?.clause).toEqual({ kind: 'category', field: 'placement', values: ['county_or_city'] });
    expect(d.total).toBe(7);
  });

  it('puts a project whose place is not stated in a bar of its own, and one without any placement word under 仅知县市, unfilterable', () => {
    const nowhere: Row = { type: 'Feature', geometry: null, properties: { id: 'TX98', located: false, placement: 'not_stated' } };
    const bare: Row = { type: 'Feature', geometry: null, properties: { id: 'TX99' } };
    const c = projectChart('projectsByPark', [nowhere, bare], FIELDS);
    expect(c.bars.map((b) => [b.key, b.label.zh, b.clause === null])).toEqual([
      ['unplaced:county_or_city', '仅知县市', true],
      ['unplaced:not_stated', '未说明地点', false],
    ]);
  });
});

describe('signings over time', () => {
  const d = projectChart('signingsOverTime', features, FIELDS);
  const at = (date: string): Row => ({ type: 'Feature', geometry: null, properties: { date } });

  it('counts by half-year over a short span, fills the empty halves between the first and the last, and ends with the undated', () => {
    expect(d.bars.map((b) => [b.key, b.count])).toEqual([
      ['2021-H2', 1],
      ['2022-H1', 1],
      ['2022-H2', 1],
      ['2022', 1],
      ['2023-H1', 1],
      ['2023-H2', 0],
      ['2024-H1', 1],
      ['none', 1],
    ]);
    expect(bar(d, '2022-H2')?.marks).toEqual(['inferredDate']);
    expect(bar(d, '2022-H1')?.label).toEqual({ zh: '2022 年上半年', en: '2022 H1' });
    expect(bar(d, '2022')?.label).toEqual({ zh: '2022 年（月份不详）', en: '2022 (month unknown)' });
    expect(bar(d, '2022-H2')?.clause).toEqual({ kind: 'date', field: 'date', from: '2022-07', to: '2022-12' });
    expect(bar(d, '2022')?.clause).toBeNull();
    expect(bar(d, 'none')?.clause).toBeNull();
  });

  it('counts by year over a longer span, and shows only the years found when they lie far apart', () => {
    const years = projectChart('signingsOverTime', [at('2015'), at('2022-01'), at('2022-09-30')], FIELDS);
    expect(years.bars.map((b) => [b.key, b.count])).toEqual([
      ['2015', 1],
      ['2016', 0],
      ['2017', 0],
      ['2018', 0],
      ['2019', 0],
      ['2020', 0],
      ['2021', 0],
      ['2022', 2],
    ]);
    expect(years.bars.at(-1)?.clause).toEqual({ kind: 'date', field: 'date', from: '2022-01', to: '2022-12' });
    expect(projectChart('signingsOverTime', [at('1950'), at('2022-01')], FIELDS).bars.map((b) => b.key)).toEqual(['1950', '2022']);
  });

  it('leaves no empty half-year outside the dates a filter kept, nor one beside a date known only to its year', () => {
    const h1 = projectChart('signingsOverTime', [at('2022-03'), at('2022-05-30'), at('2022')], FIELDS);
    expect(h1.bars.map((b) => [b.key, b.count])).toEqual([
      ['2022-H1', 2],
      ['2022', 1],
    ]);
  });

  it('leaves a malformed date among the undated', () => {
    expect(projectChart('signingsOverTime', [at('2022-13'), at('soon')], FIELDS).bars.map((b) => [b.key, b.count])).toEqual([['none', 2]]);
  });
});
