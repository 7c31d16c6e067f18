import { describe, expect, it } from 'vitest';
import { amountText, readAmount } from './amountInput.ts';

describe('amounts typed into a filter', () => {
  it('reads a bare number in the unit the language shows: 亿元 in Chinese, ¥ bn in English', () => {
    expect(readAmount('50', 'zh')).toBe(5e9);
    expect(readAmount('50', 'en')).toBe(5e10);
    expect(readAmount('5.46', 'zh')).toBe(546_000_000);
    expect(readAmount('1.1', 'zh')).toBe(110_000_000);
    expect(readAmount('0', 'zh')).toBe(0);
    expect(readAmount('¥5', 'en')).toBe(5e9);
  });

  it('takes the unit written with the number, whatever the language', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(readAmount('50亿', lang)).toBe(5e9);
      expect(readAmount('50 亿元', lang)).toBe(5e9);
      expect(readAmount('５０亿', lang)).toBe(5e9);
      expect(readAmount('5000万', lang)).toBe(5e7);
      expect(readAmount('5000 万元', lang)).toBe(5e7);
      expect(readAmount('5 bn', lang)).toBe(5e9);
      expect(readAmount('¥5bn', lang)).toBe(5e9);
      expect(readAmount('￥5 billion yuan', lang)).toBe(5e9);
      expect(readAmount('800 m', lang)).toBe(8e8);
      expect(readAmount('CNY 1.5 BN', lang)).toBe(1.5e9);
      expect(readAmount('1,000,000,000元', lang)).toBe(1e9);
      expect(readAmount('1000000000 yuan', lang)).toBe(1e9);
    }
  });

  it('says empty and unreadable apart', () => {
    expect(readAmount('', 'zh')).toBeUndefined();
    expect(readAmount('  ', 'en')).toBeUndefined();
    for (const bad of ['十亿', 'abc', '50 亿 元 x', '5 kg', '亿', '¥', '1.2.3']) expect(readAmount(bad, 'zh')).toBeNull();
  });

  it('writes yuan back as the bare number the language reads', () => {
    expect(amountText(5e9, 'zh')).toBe('50');
    expect(amountText(5e9, 'en')).toBe('5');
    expect(amountText(546_000_000, 'zh')).toBe('5.46');
    for (const lang of ['zh', 'en'] as const) for (const yuan of [0, 546_000_000, 1.4e10, 123_456_789]) expect(readAmount(amountText(yuan, lang), lang)).toBe(yuan);
  });
});
