import { describe, expect, it } from 'vitest';
import type { ChartBar, ChartData } from '../../lib/charts/chartData.ts';
import { noParts } from '../../lib/charts/groupRows.ts';
import { chartNotes, chartTotal } from './chartText.ts';

const bar = (key: string, value: number, count: number, unpublished: number, lowerBound = 0): ChartBar => ({
  key, label: { zh: key, en: key }, value, parts: { ...noParts(), reported: value - lowerBound, lowerBound }, count, unpublished, marks: [], statuses: [], clause: null,
});
const money = (bars: ChartBar[]): ChartData => ({
  id: 'investmentByIndustry', unit: 'yuan', bars, total: bars.reduce((s, b) => s + b.value, 0), rows: bars.reduce((s, b) => s + b.count, 0), unpublished: bars.reduce((s, b) => s + b.unpublished, 0),
});

describe('chartTotal', () => {
  it('writes the total as the table and popups do, "at least" when a lower bound is in it', () => {
    const d = money([bar('a', 57_879_000_000, 30, 21, 8_000_000_000)]);
    expect(chartTotal(d, 'zh')).toBe('合计 至少 578.79 亿元（30 个项目，其中 21 个未公布投资额）');
    expect(chartTotal(d, 'en')).toBe('Total at least ¥57.879 bn (30 projects, 21 without a published figure)');
  });
  it('says neither "0 yuan" nor "0 without a figure"', () => {
    expect(chartTotal(money([bar('a', 0, 6, 6)]), 'zh')).toBe('6 个项目均未公布投资额');
    expect(chartTotal(money([bar('a', 0, 6, 6)]), 'en')).toBe('None of the 6 projects published a figure');
    expect(chartTotal(money([bar('a', 5e9, 2, 0)]), 'zh')).toBe('合计 50 亿元（2 个项目）');
    expect(chartTotal(money([]), 'zh')).toBe('');
  });
});

describe('chartNotes', () => {
  it('explains the marks the labels carry', () => {
    const promised = { ...bar('green_energy', 3e10, 3, 0), marks: ['notUnderWay' as const] };
    expect(chartNotes(money([promised]), 'zh')).toEqual(['† 含尚未开工项目（签约、规划等）的投资额']);
  });
});
