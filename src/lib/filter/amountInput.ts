import type { Lang } from '../catalogue/types.ts';

/**
 * An amount of yuan as people type it into a filter, read in the unit the rest of the app shows
 * (yuanAmount): a bare number is 亿元 in Chinese and billions of yuan in English, so "50" means
 * 50 亿元 / ¥50 bn. A unit written with the number wins whatever the language: "50亿",
 * "50 亿元", "5000万", "5 bn", "¥5bn", "800 m", "1,000,000,000元". The filter itself (and the
 * link) keeps whole yuan.
 */

/** What a bare number counts in each language: 亿 (10⁸) and billions (10⁹). */
export const AMOUNT_SCALE: Record<Lang, number> = { zh: 1e8, en: 1e9 };

// Longest first, so 亿元 is not read as 亿 followed by junk, nor billion as b + illion.
const UNITS: Array<[RegExp, number]> = [
  [/^(万亿元?|trillion|tn)$/, 1e12],
  [/^亿元?$/, 1e8],
  [/^万元?$/, 1e4],
  [/^(billion|bn|b)$/, 1e9],
  [/^(million|mn|m)$/, 1e6],
  [/^(thousand|k)$/, 1e3],
  [/^(元|yuan|cny|rmb)$/, 1],
];

const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/;

/** Full-width digits, point and minus (a Chinese IME's) as ASCII. */
const halfWidth = (s: string): string => s.replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * Yuan for the text; undefined when it is empty, null when it is not an amount. Rounded to 15
 * significant digits so that 1.1 亿 is 110000000, not 110000000.00000001.
 */
export function readAmount(text: string, lang: Lang): number | null | undefined {
  let s = halfWidth(text).toLowerCase().replace(/[\s,，_]/g, '');
  if (s === '') return undefined;
  s = s.replace(/^\+/, '');
  // A currency sign or word before the number says nothing about the scale: ¥5 is read as ¥5 bn
  // in English, as the unit beside the box says, and ¥5 元 as five yuan.
  s = s.replace(/^(¥|￥|cny|rmb)/, '');
  const m = NUMBER.exec(s);
  if (!m) return null;
  const n = Number(m[0]);
  const rest = s.slice(m[0].length).replace(/^(cny|rmb)/, '');
  let scale: number | undefined;
  if (rest === '') scale = AMOUNT_SCALE[lang];
  else {
    // "5bn yuan", "50亿元": a unit, then perhaps the currency again.
    const unit = rest.replace(/(元|yuan|cny|rmb)$/, '') || rest;
    scale = UNITS.find(([re]) => re.test(unit))?.[1];
  }
  if (scale === undefined || !Number.isFinite(n)) return null;
  const yuan = Number((n * scale).toPrecision(15));
  return yuan === 0 ? 0 : yuan;
}

/** Yuan as a bare number in the language's input unit (5000000000 → "50" in Chinese, "5" in English). */
export function amountText(yuan: number, lang: Lang): string {
  return String(Number((yuan / AMOUNT_SCALE[lang]).toPrecision(12)));
}
