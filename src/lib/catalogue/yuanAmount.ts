import type { Lang } from './types.ts';

/**
 * An amount in yuan as readers quote it, to the precision the sources give (a popup beside the
 * sources' own words must not round 46.35 亿元 to 46.4): 亿元 (10⁸) or 万元 in Chinese, billions
 * or millions of yuan in English — 140 亿元 / ¥14 bn, 9.98 亿元 / ¥998 m. The one formatter of
 * money: the table's total, the charts and the scene captions agree with the popups to the digit.
 */
export function yuanAmount(yuan: number, lang: Lang): string {
  const plain = (x: number, locale: string) => x.toLocaleString(locale, { maximumFractionDigits: 4 });
  if (lang === 'zh') return yuan >= 1e8 ? `${plain(yuan / 1e8, 'zh-CN')} 亿元` : yuan >= 1e4 ? `${plain(yuan / 1e4, 'zh-CN')} 万元` : `${plain(yuan, 'zh-CN')} 元`;
  return yuan >= 1e9 ? `¥${plain(yuan / 1e9, 'en-GB')} bn` : yuan >= 1e6 ? `¥${plain(yuan / 1e6, 'en-GB')} m` : `¥${plain(yuan, 'en-GB')}`;
}
