import type { Lang } from '../catalogue/types.ts';

/**
 * Hundredths of the unit, as the sources print 亿元 (578.79 亿元, ¥57.88 bn); tenths of a billion
 * from ¥100 bn, none from a thousand (¥533.7 bn = 5,337 亿元); two significant digits for a tiny
 * amount, so it never reads 0.
 */
const digits = (x: number, tenthsFrom: number): Intl.NumberFormatOptions =>
  x > 0 && x < 0.01 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: x >= 1000 ? 0 : x >= tenthsFrom ? 1 : 2 };

/**
 * An amount in yuan as Chinese and English readers quote it: 亿元 (10⁸) in Chinese, billions of
 * yuan in English ("¥5.34 bn"); a small amount keeps two decimals so it never reads as 0.
 */
export function formatYuan(yuan: number, lang: Lang): string {
  if (lang === 'zh') {
    const yi = yuan / 1e8;
    return `${yi.toLocaleString('zh-CN', digits(yi, 1000))} 亿元`;
  }
  const bn = yuan / 1e9;
  return `¥${bn.toLocaleString('en-GB', digits(bn, 100))} bn`;
}

/** The axis unit of an amount, as formatYuan writes it. */
export const YUAN_UNIT = { zh: '亿元', en: '¥ bn' } as const;

/** An amount in the axis unit (亿元 or ¥ bn), as a plain number for the chart's scale. */
export const inYuanUnit = (yuan: number, lang: Lang): number => (lang === 'zh' ? yuan / 1e8 : yuan / 1e9);
