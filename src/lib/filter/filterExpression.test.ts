import { describe, expect, it } from 'vitest';
import { combineFilters, matchesFilter, toMapLibreFilter } from './filterExpression.ts';
import type { FilterSpec } from './filterSpec.ts';

const zhonglai = { company: '中来光伏', industry: '新材料', investment: 1.1e10, signed: '2022-03-18' };
const tongde = { company: '同德科创', industry: '新材料', investment: 3.6e9, signed: '2022-06' };
const baohang = { company: '宝航重工', industry: '高端装备', investment: null, signed: '2022-07-02T10:00:00+08:00' };
const xinsong = { company: '新松机器人', industry: '高端装备', signed: 2022, level: 3 };

const names = (spec: FilterSpec) => [zhonglai, tongde, baohang, xinsong].filter((p) => matchesFilter(p, spec)).map((p) => p.company);

describe('matchesFilter, worked by hand', () => {
  it('keeps the industries asked for', () => {
    expect(names([{ kind: 'category', field: 'industry', values: ['新材料'] }])).toEqual(['中来光伏', '同德科创']);
    expect(names([{ kind: 'category', field: 'industry', values: ['新材料', '高端装备'] }])).toHaveLength(4);
  });

  it('ranges are inclusive and need a number: an unpublished investment fails', () => {
    expect(names([{ kind: 'range', field: 'investment', min: 3.6e9 }])).toEqual(['中来光伏', '同德科创']);
    expect(names([{ kind: 'range', field: 'investment', max: 3.6e9 }])).toEqual(['同德科创']);
    expect(names([{ kind: 'range', field: 'investment', min: 0 }])).not.toContain('宝航重工');
  });

  it('a month bound means the whole month; a partial value passes only when its whole period is inside', () => {
    expect(names([{ kind: 'date', field: 'signed', from: '2022-06' }])).toEqual(['同德科创', '宝航重工']);
    expect(names([{ kind: 'date', field: 'signed', to: '2022-06' }])).toEqual(['中来光伏', '同德科创']);
    expect(names([{ kind: 'date', field: 'signed', from: '2022-06-02' }])).toEqual(['宝航重工']);
    expect(names([{ kind: 'date', field: 'signed', from: '2022-07-02', to: '2022-07-02' }])).toEqual(['宝航重工']);
    // Only the year is known: inside all of 2022, not inside its first half.
    expect(matchesFilter({ signed: '2022' }, [{ kind: 'date', field: 'signed', from: '2022-01', to: '2022-12' }])).toBe(true);
    expect(matchesFilter({ signed: '2022' }, [{ kind: 'date', field: 'signed', from: '2022-01', to: '2022-06' }])).toBe(false);
    expect(matchesFilter({ signed: '2022-06' }, [{ kind: 'date', field: 'signed', to: '2022-06-15' }])).toBe(false);
  });

  it('a number written as text in a category matches the number', () => {
    expect(matchesFilter(xinsong, [{ kind: 'category', field: 'level', values: ['3'] }])).toBe(true);
    expect(matchesFilter(xinsong, [{ kind: 'category', field: 'level', values: ['03', '3.0'] }])).toBe(false);
  });

  it('clauses are ANDed; no clauses keeps everything, even features without properties', () => {
    expect(names([{ kind: 'category', field: 'industry', values: ['新材料'] }, { kind: 'date', field: 'signed', from: '2022-06' }])).toEqual(['同德科创']);
    expect(matchesFilter(null, [])).toBe(true);
    expect(matchesFilter(null, [{ kind: 'category', field: 'industry', values: [''] }])).toBe(false);
  });

  it('reads own properties only', () => {
    expect(matchesFilter({}, [{ kind: 'category', field: 'constructor', values: ['function Object() { [native code] }'] }])).toBe(false);
  });
});

describe('toMapLibreFilter', () => {
  it('writes one clause alone and several under all', () => {
    expect(toMapLibreFilter([])).toBeNull();
    expect(toMapLibreFilter([{ kind: 'range', field: 'investment', min: 1e9 }])).toEqual(['all', ['==', ['typeof', ['get', 'investment']], 'number'], ['>=', ['get', 'investment'], 1e9]]);
    expect(toMapLibreFilter([{ kind: 'date', field: 'signed', from: '2022-06', to: '2022-12' }])).toEqual([
      'all',
      ['==', ['typeof', ['get', 'signed']], 'string'],
      ['>=', ['get', 'signed'], '2022-06'],
      ['<', ['concat', ['get', 'signed'], '~'], '2023'], // '2023-01-01' in its shortest text; the value's whole period below it
    ]);
    expect(toMapLibreFilter([{ kind: 'category', field: 'level', values: ['3', 'a'] }])).toEqual([
      'match',
      ['typeof', ['get', 'level']],
      ['string', 'number', 'boolean'],
      ['in', ['get', 'level'], ['literal', ['3', 'a', 3]]],
      false,
    ]);
    expect(toMapLibreFilter([{ kind: 'category', field: 'a', values: ['x'] }, { kind: 'range', field: 'b', max: 1 }])?.[0]).toBe('all');
  });

  it('narrows a layer’s own filter', () => {
    const own = ['==', ['get', 'schematic'], true];
    const ours = toMapLibreFilter([{ kind: 'range', field: 'investment', min: 1e9 }]);
    expect(combineFilters(own, ours)).toEqual(['all', own, ours]);
    expect(combineFilters(undefined, ours)).toBe(ours);
    expect(combineFilters(own, null)).toBe(own);
    expect(combineFilters(undefined, null)).toBeUndefined();
  });
});
