import { describe, expect, it } from 'vitest';
import { figureBasis } from './figureBasis.ts';
import { formatYuan } from './yuan.ts';

describe('formatYuan', () => {
  it.each([
    [5_000_000_000, '50 亿元', '¥5 bn'],
    [533_700_000_000, '5,337 亿元', '¥533.7 bn'],
    [350_000_000, '3.5 亿元', '¥0.35 bn'],
    [12_345_000_000, '123.45 亿元', '¥12.35 bn'],
    [57_879_000_000, '578.79 亿元', '¥57.88 bn'],
    [0, '0 亿元', '¥0 bn'],
    [300_000, '0.003 亿元', '¥0.0003 bn'],
  ])('%d yuan reads %s / %s', (yuan, zh, en) => {
    expect(formatYuan(yuan, 'zh')).toBe(zh);
    expect(formatYuan(yuan, 'en')).toBe(en);
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
