import { describe, expect, it } from 'vitest';
import { dateInterval, isDateBound, upperOf } from './dateBounds.ts';
import { checkFilter, MAX_CLAUSES } from './filterSpec.ts';

const keys = (input: unknown) => checkFilter(input).problems.map((p) => p.key);

describe('checkFilter', () => {
  it('keeps valid clauses, normalised', () => {
    const { spec, problems } = checkFilter([
      { kind: 'category', field: 'industry', values: ['新材料', '新材料', '高端装备'] },
      { kind: 'range', field: 'investment', min: -0 },
      { kind: 'date', field: 'signed', from: '2022-06-15', to: '2022-06' },
    ]);
    expect(problems).toEqual([]);
    expect(spec).toEqual([
      { kind: 'category', field: 'industry', values: ['新材料', '高端装备'] },
      { kind: 'range', field: 'investment', min: 0 },
      { kind: 'date', field: 'signed', from: '2022-06-15', to: '2022-06' },
    ]);
    expect(Object.is((spec[1] as { min: number }).min, 0)).toBe(true);
  });

  it('drops each bad clause with a coded problem and keeps the rest', () => {
    const { spec, problems } = checkFilter([{ kind: 'range', field: 'x', min: 5, max: 1 }, { kind: 'category', field: 'ok', values: ['a'] }]);
    expect(spec).toEqual([{ kind: 'category', field: 'ok', values: ['a'] }]);
    expect(problems).toEqual([{ key: 'filterProblem.rangeReversed', params: { clause: 1, field: 'x', min: 5, max: 1 } }]);
  });

  it('names each kind of junk, never throwing', () => {
    expect(keys('industry')).toEqual(['filterProblem.notList']);
    expect(keys([null, 3])).toEqual(['filterProblem.notClause', 'filterProblem.notClause']);
    expect(keys([{ kind: 'regex', field: 'a' }])).toEqual(['filterProblem.unknownKind']);
    expect(keys([{ kind: 'range', field: '', min: 1 }])).toEqual(['filterProblem.field']);
    expect(keys([{ kind: 'category', field: 'a', values: [] }])).toEqual(['filterProblem.noValues']);
    expect(keys([{ kind: 'category', field: 'a', values: [1] }])).toEqual(['filterProblem.valueNotText']);
    expect(keys([{ kind: 'range', field: 'a' }])).toEqual(['filterProblem.rangeEmpty']);
    expect(keys([{ kind: 'range', field: 'a', min: '1' }, { kind: 'range', field: 'a', max: Infinity }])).toEqual(['filterProblem.rangeNotNumber', 'filterProblem.rangeNotNumber']);
    expect(keys([{ kind: 'date', field: 'a' }])).toEqual(['filterProblem.dateEmpty']);
    expect(keys([{ kind: 'date', field: 'a', from: '2022-13' }, { kind: 'date', field: 'a', to: '2022-02-29' }, { kind: 'date', field: 'a', to: '2022' }])).toEqual([
      'filterProblem.dateFormat',
      'filterProblem.dateFormat',
      'filterProblem.dateFormat',
    ]);
    expect(keys([{ kind: 'date', field: 'a', from: '2022-07', to: '2022-06-30' }])).toEqual(['filterProblem.dateReversed']);
  });

  it('caps the number of clauses', () => {
    const many = Array.from({ length: MAX_CLAUSES + 3 }, (_, i) => ({ kind: 'range', field: `f${i}`, min: i }));
    const { spec, problems } = checkFilter(many);
    expect(spec).toHaveLength(MAX_CLAUSES);
    expect(problems.map((p) => p.key)).toEqual(['filterProblem.tooManyClauses']);
  });
});

describe('date bounds', () => {
  it('accepts months and real days only', () => {
    expect(['2022-06', '2022-06-30', '2024-02-29', '2000-02-29'].every(isDateBound)).toBe(true);
    expect(['2022', '2022-6', '2022-06-31', '2023-02-29', '1900-02-29', '2022-00', 20220601].some(isDateBound)).toBe(false);
  });

  it('the upper end is the start of the next period', () => {
    expect(upperOf('2022-06')).toBe('2022-07');
    expect(upperOf('2022-12')).toBe('2023-01');
    expect(upperOf('2022-06-30')).toBe('2022-07-01');
    expect(upperOf('2022-12-31')).toBe('2023-01-01');
    expect(upperOf('2023-02-28')).toBe('2023-03-01');
    expect(upperOf('2024-02-28')).toBe('2024-02-29');
    expect(upperOf('9999-12')).toBe(':');
    expect(dateInterval(undefined, undefined)).toEqual(['0', ':']);
  });
});
