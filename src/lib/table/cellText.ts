import type { Lang } from '../catalogue/types.ts';
import type { CellValue } from './tableTypes.ts';

const formats: Partial<Record<Lang, Intl.NumberFormat>> = {};

/**
 * A number grouped for reading in the UI language. One Intl.NumberFormat per language: a page of
 * rows formats thousands of cells, and toLocaleString would build a formatter for each.
 */
export function numberText(n: number, lang: Lang): string {
  const f = (formats[lang] ??= new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 6 }));
  return f.format(n);
}

/** A cell as read: numbers grouped, text as it is, nothing for an empty cell. */
export function plainText(value: CellValue, lang: Lang): string {
  if (value === null) return '';
  return typeof value === 'number' ? numberText(value, lang) : value;
}

/**
 * Any property value as a cell: numbers and words kept, a flag worded, empty text and missing
 * values empty, anything else (a nested object) as JSON so it can still be read and searched.
 */
export function cellValue(v: unknown, yes: string, no: string): CellValue {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? yes : no;
  return JSON.stringify(v);
}

/** True when every non-empty value of the column is a number (and there is at least one). */
export function allNumbers(count: number, value: (row: number) => CellValue): boolean {
  let any = false;
  for (let i = 0; i < count; i++) {
    const v = value(i);
    if (v === null) continue;
    if (typeof v !== 'number') return false;
    any = true;
  }
  return any;
}
