import { describe, expect, it } from 'vitest';
import { figureBasis } from './figureBasis.ts';
import { inYuanUnit } from './yuan.ts';

describe('inYuanUnit', () => {
  it('puts an amount on the axis in 亿元 or billions', () => {
    expect(inYuanUnit(57_879_000_000, 'zh')).toBeCloseTo(578.79, 10);
    expect(inYuanUnit(57_879_000_000, 'en')).toBeCloseTo(57.879, 10);
  });
});

describe('figureBasis', () => {
  it.each([
    [{ investment_zh: '总投资 50 亿元', investment_en: '¥5 bn' }, 'reported'],
    [{ investment_zh: '140 亿元（人民网称“投资过百亿”）', investment_en: '¥14.0 bn (“over ¥10 bn”)' }, 'reported'],
    [{ investment_zh: '总投资 30–50 亿元', investment_basis: 'lowerBound' }, 'lowerBound'],
    [{ investment_zh: '50 亿元', investment_basis: 'plan' }, 'plan'],
    [{ investment_basis: 'guess' }, 'reported'],
    [null, 'reported'],
  ])('%j is %s', (props, basis) => {
    expect(figureBasis(props)).toBe(basis);
  });
});
