import { describe, expect, it } from 'vitest';
import { fitLines, wrapLines } from './wrapText.ts';

// One unit per character: easy to count by hand.
const chars = (s: string) => [...s].length;

describe('wrapLines', () => {
  it('breaks English between words', () => {
    expect(wrapLines('The official claim is a claim, not the figure.', chars, 16)).toEqual(['The official', 'claim is a', 'claim, not the', 'figure.']);
  });

  it('breaks Chinese between any two characters, and keeps a Latin word whole', () => {
    expect(wrapLines('忻州西站约 4 小时 30 分 → 约 1 小时 10 分', chars, 10)).toEqual(['忻州西站约 4 小时', '30 分 → 约 1', '小时 10 分']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapLines('abcdefghij kl', chars, 4)).toEqual(['abcd', 'efgh', 'ij', 'kl']);
  });
});

describe('fitLines', () => {
  const at = (size: number) => (s: string) => chars(s) * size;
  it('takes the largest size at which the text fits the lines', () => {
    expect(fitLines('aaaa bbbb cccc', at, 45, 2, [10, 5])).toEqual({ size: 5, lines: ['aaaa bbbb', 'cccc'] });
    expect(fitLines('aaaa bbbb', at, 40, 2, [10, 5])).toEqual({ size: 10, lines: ['aaaa', 'bbbb'] });
  });

  it('marks what still does not fit with an ellipsis', () => {
    expect(fitLines('aaaa bbbb cccc dddd', at, 20, 2, [10, 5])).toEqual({ size: 5, lines: ['aaaa', 'bbb…'] });
  });
});
