import { describe, expect, it } from 'vitest';
import { draftOf, emptyDraft, readDraft, readNumber, type Draft } from './filterDrafts.ts';

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
});
