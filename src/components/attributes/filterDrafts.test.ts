import { describe, expect, it } from 'vitest';
import type { FilterClause } from '../../lib/filter/filterSpec.ts';
import { draftOf, emptyDraft, followApplied, readDraft, readNumber, restateAmounts, type Draft } from './filterDrafts.ts';

describe('filter drafts', () => {
  it('reads numbers as people type them', () => {
    expect(readNumber('1,000,000,000')).toBe(1e9);
    expect(readNumber(' 1e9 ')).toBe(1e9);
    expect(readNumber('－2.5')).toBe(-2.5);
    expect(readNumber('')).toBeUndefined();
    expect(readNumber('10亿')).toBeNull();
    expect(readNumber('0x10')).toBeNull();
  });

  it('makes a clause of a valid condition and says why not otherwise', () => {
    const range: Draft & { kind: 'range' } = { key: 1, kind: 'range', field: 'inv', min: '1e9', max: '' };
    expect(readDraft(range)).toEqual({ clause: { kind: 'range', field: 'inv', min: 1e9 }, problem: null, input: null });
    expect(readDraft({ ...range, min: 'abc' })).toMatchObject({ clause: null, problem: 'attrErrNumber', input: 'min' });
    expect(readDraft({ ...range, min: '5', max: '1' })).toMatchObject({ clause: null, problem: 'attrErrRangeReversed' });
    expect(readDraft(emptyDraft('range', 'inv'))).toMatchObject({ clause: null, problem: 'attrErrRangeEmpty', input: null });
    const date: Draft & { kind: 'date' } = { key: 2, kind: 'date', field: 'date', from: '2022-06', to: '' };
    expect(readDraft(date).clause).toEqual({ kind: 'date', field: 'date', from: '2022-06' });
    expect(readDraft({ ...date, to: '2022-13' })).toMatchObject({ problem: 'attrErrMonth', input: 'to' });
    expect(readDraft({ ...date, to: '2022-05' })).toMatchObject({ problem: 'attrErrDateReversed' });
    expect(readDraft(emptyDraft('category', 'industry'))).toMatchObject({ clause: null, problem: 'attrErrNoneTicked' });
  });

  it('gives back the clause it was made from', () => {
    for (const c of [
      { kind: 'category' as const, field: 'a', values: ['x', 'y'] },
      { kind: 'range' as const, field: 'b', max: -0.5 },
      { kind: 'date' as const, field: 'c', from: '2021-01', to: '2022-12-31' },
    ]) {
      expect(readDraft(draftOf(c)).clause).toEqual(c);
    }
  });

  it('reads an amount in 亿元 / ¥ bn and writes it back in the language’s unit', () => {
    const range: Draft & { kind: 'range' } = { key: 3, kind: 'range', field: 'investment_cny', min: '50', max: '' };
    expect(readDraft(range, { amount: 'zh' }).clause).toEqual({ kind: 'range', field: 'investment_cny', min: 5e9 });
    expect(readDraft({ ...range, min: '50亿' }, { amount: 'en' }).clause).toEqual({ kind: 'range', field: 'investment_cny', min: 5e9 });
    expect(readDraft({ ...range, min: '十亿' }, { amount: 'zh' })).toMatchObject({ clause: null, problem: 'attrErrAmount', input: 'min' });
    const back = draftOf({ kind: 'range', field: 'investment_cny', min: 5e9, max: 1.4e10 }, { amount: 'en' });
    expect(back).toMatchObject({ min: '5', max: '14' });
    // A switch of language keeps the meaning: a bare 50 (亿) becomes 5 (bn); "50亿" stays as typed.
    expect(restateAmounts(range, 'zh', 'en')).toMatchObject({ min: '5' });
    expect(restateAmounts({ ...range, min: '50亿', max: 'x' }, 'zh', 'en')).toMatchObject({ min: '50亿', max: 'x' });
  });

  it('follows conditions set elsewhere and keeps what is still being typed', () => {
    const read = (d: Draft) => readDraft(d).clause;
    const date: FilterClause = { kind: 'date', field: 'date', from: '2022-01', to: '2022-06' };
    const placement: FilterClause = { kind: 'category', field: 'placement', values: ['county_or_city'] };
    const dateDraft = draftOf(date);
    const typing: Draft = { key: 90, kind: 'range', field: 'n', min: 'abc', max: '' };
    const blank = emptyDraft('category', 'placement');
    // A chart's bar adds a condition: the untouched draft for that field takes it, the rest stay.
    const next = followApplied([dateDraft, typing, blank], [date, placement], read, (c) => draftOf(c));
    expect(next.map(read)).toEqual([date, null, placement]);
    expect(next[0]).toBe(dateDraft);
    expect(next[1]).toBe(typing);
    // A condition taken away elsewhere goes; one added with no blank draft is appended.
    const after = followApplied(next, [placement, { kind: 'category', field: 'status', values: ['signed'] }], read, (c) => draftOf(c));
    expect(after.map(read)).toEqual([null, placement, { kind: 'category', field: 'status', values: ['signed'] }]);
  });
});
