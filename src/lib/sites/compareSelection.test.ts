import { describe, expect, it } from 'vitest';
import { MAX_COMPARE, tickCompare } from './compareSelection.ts';

describe('tickCompare', () => {
  it('adds ticked sites in order and removes unticked ones', () => {
    expect(tickCompare(['a'], 'b', true)).toEqual({ ids: ['a', 'b'], refused: false });
    expect(tickCompare(['a', 'b', 'c'], 'b', false)).toEqual({ ids: ['a', 'c'], refused: false });
  });

  it('refuses a tick past the limit and keeps every earlier pick', () => {
    const four = ['a', 'b', 'c', 'd'];
    expect(four).toHaveLength(MAX_COMPARE);
    expect(tickCompare(four, 'e', true)).toEqual({ ids: four, refused: true });
  });

  it('lets a full comparison be unticked, and a site already in it be ticked again', () => {
    const four = ['a', 'b', 'c', 'd'];
    expect(tickCompare(four, 'a', false)).toEqual({ ids: ['b', 'c', 'd'], refused: false });
    expect(tickCompare(four, 'c', true)).toEqual({ ids: four, refused: false });
  });
});
