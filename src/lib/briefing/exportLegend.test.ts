import { describe, expect, it } from 'vitest';
import { breakLabel } from './exportLegend.ts';

/** A monospace stand-in for the canvas: 10 px a character. */
const measure = (s: string) => s.length * 10;

describe('breakLabel', () => {
  it('keeps a label that fits on one line', () => {
    expect(breakLabel('Key projects', 200, measure)).toEqual(['Key projects']);
  });
  it('breaks English at spaces so no line is wider than the panel', () => {
    const lines = breakLabel('Dayu Industrial New City (schematic)', 150, measure);
    expect(lines).toEqual(['Dayu Industrial', 'New City', '(schematic)']);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(150);
  });
  it('breaks Chinese between characters', () => {
    expect(breakLabel('大盂产业新城组团', 50, measure)).toEqual(['大盂产业新', '城组团']);
    expect(breakLabel('合计 至少 578.79 亿元（30 个项目）', 120, measure)).toEqual(['合计 至少 578.79', '亿元（30 个项目）']);
  });
});
