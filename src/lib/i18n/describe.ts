import type { Lang } from '../catalogue/types.ts';
import { format, isCoded, type Coded, type MessageParams } from './format.ts';
import { MESSAGES, t, type MessageKey } from './messages.ts';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/**
 * A coded message in the UI language. A plain string passes through: layers imported before
 * reports were coded kept their English lines in storage, and those are all there is of them.
 */
export function describe(c: Coded | string, lang: Lang): string {
  if (typeof c === 'string') return c;
  const entry = (MESSAGES as Record<string, { zh: string; en: string } | undefined>)[c.key];
  return entry ? format(entry[lang], c.params, LOCALE[lang], (inner) => describe(inner, lang)) : c.key;
}

/** One line of an import report (a note, a repair, a skipped feature, the coordinate system). */
export const reportLine = describe;

/**
 * Any error as one sentence in the UI language: a coded error (also one that came back from a
 * worker) by its key; anything else — a browser's or a library's own exception — by its message.
 */
export function describeError(e: unknown, lang: Lang): string {
  if (isCoded(e)) return describe(e, lang);
  if (e instanceof Error || e instanceof DOMException) return e.message;
  return String(e);
}

/** Import errors are coded errors; the name says where the sentence comes from. */
export const describeImportError = describeError;
export const describeQueryError = describeError;

/** A message with parameters in the UI language: `tf('userSiteName', lang, { n: 1 })`. */
export function tf(key: MessageKey, lang: Lang, params: MessageParams): string {
  return describe({ key, params }, lang);
}

/** The colon after a label: full-width in Chinese (no space after), ": " in English. */
export const colon = (lang: Lang): string => (lang === 'zh' ? '：' : ': ');

/** Between the clauses of a run-on list: "；" in Chinese, "; " in English. */
export const semicolon = (lang: Lang): string => (lang === 'zh' ? '；' : '; ');

/** "导入失败：x" / "Import failed: x" — a label and what it is about, punctuated for the language. */
export function labelled(label: string, text: string, lang: Lang): string {
  return `${label}${colon(lang)}${text}`;
}

/** A detail in brackets after a sentence: "（x）" / " (x)"; nothing for no detail. */
export function bracketed(detail: string | undefined, lang: Lang): string {
  if (!detail) return '';
  return lang === 'zh' ? `（${detail}）` : ` (${detail})`;
}

/** "3 个要素" / "1 feature" / "2,000 features": the count grouped, English singular for one. */
export function featureCount(n: number, lang: Lang): string {
  return `${n.toLocaleString(LOCALE[lang])} ${t(n === 1 ? 'feature' : 'features', lang)}`;
}
