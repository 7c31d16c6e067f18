// English names for Chinese place names: Hanyu Pinyin from pinyin-pro, with the official
// spellings where a reading differs from the dictionary default (繁峙 is Fanshi, not Fanzhi).
import { pinyin } from 'pinyin-pro';

const OVERRIDES: Record<string, string> = {
  繁峙: 'Fanshi',
  城区: 'Chengqu',
  矿区: 'Kuangqu',
  郊区: 'Jiaoqu',
};

const SUFFIXES: Array<[string, string]> = [
  ['矿区', ' Mining District'],
  ['区', ' District'],
  ['县', ' County'],
  ['市', ' City'],
];

export function pinyinName(zh: string): string {
  for (const [k, v] of Object.entries(OVERRIDES)) {
    if (zh === k) return v;
    if (zh.startsWith(k)) return v + pinyinName(zh.slice(k.length)).toLowerCase();
  }
  const syllables = pinyin(zh, { toneType: 'none', type: 'array', v: true });
  const joined = syllables.join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** 阳曲县 → "Yangqu County"; names that are a bare suffix (城区) keep their own reading. */
export function countyNameEn(zh: string): string {
  if (OVERRIDES[zh]) return OVERRIDES[zh];
  for (const [suffix, en] of SUFFIXES) {
    if (zh.endsWith(suffix) && zh.length > suffix.length + 0) {
      const stem = zh.slice(0, -suffix.length);
      if (stem.length === 0) break;
      // 盂县 / 代县 / 应县 are one-character names: "Yu County" reads better than "Yu".
      return pinyinName(stem) + en;
    }
  }
  return pinyinName(zh);
}

/** 太原南 → "Taiyuan South"; the direction suffix is translated, the rest romanised. */
export function stationNameEn(zh: string): string {
  const base = zh.replace(/站$/, '');
  const dirs: Array<[string, string]> = [
    ['东', 'East'],
    ['南', 'South'],
    ['西', 'West'],
    ['北', 'North'],
  ];
  for (const [d, en] of dirs) {
    if (base.length > 2 && base.endsWith(d)) return `${pinyinName(base.slice(0, -1))} ${en}`;
  }
  return pinyinName(base);
}

/** 永定河(桑干河、永定新河) → "Yongding River (Sanggan River, Yongding New River)": the names a river has in the 1:4M data. */
export function riverNameEn(zh: string): string {
  const one = (n: string): string =>
    n.endsWith('新河') ? `${pinyinName(n.slice(0, -2))} New River` : n.endsWith('河') ? `${pinyinName(n.slice(0, -1))} River` : pinyinName(n);
  const m = /^(.*?)\((.*)\)$/.exec(zh);
  return m ? `${one(m[1] ?? '')} (${(m[2] ?? '').split('、').map(one).join(', ')})` : one(zh);
}

/**
 * The research notes write "km2" (plain ASCII); names shown on the map and in popups write the
 * unit as it is printed, "km²", like the Chinese names already do.
 */
export const printedUnits = (name: string): string => name.replace(/\bkm2\b/g, 'km²');
