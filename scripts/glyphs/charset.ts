/**
 * The characters the shipped glyph ranges hold: everything the map can label from the shipped
 * data, the briefing texts and the UI's own strings (measure and query labels: digits, 公里,
 * 平方公里, km², …), plus whole blocks that imported names are likely to use. The wide stack adds
 * all of GB2312 for names nobody knows in advance (a user's basemap, imported data).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whole blocks, whatever the data says: cheap, and what a user's names most often contain. */
export const WHOLE_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0xff], // Latin-1 (°, ², ×, ·)
  [0x2000, 0x206f], // general punctuation (— … ‘ ’ “ ”)
  [0x3000, 0x303f], // CJK symbols and punctuation (、。《》「」【】〇)
  // Vertical forms: MapLibre swaps （）《》、。 for these along a steep line label (verticalizePunctuation).
  [0xfe10, 0xfe1f],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef], // full-width forms (，：；（）０-９)
];

/** Which string properties of a data feature the map labels: name_zh, name_en (and any name_*). */
const isLabelField = (key: string): boolean => key === 'name' || key.startsWith('name_');

/** Drawable characters: no controls, no unpaired surrogates, no private use. */
const drawable = (cp: number): boolean => !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u.test(String.fromCodePoint(cp));

function addText(set: Set<number>, text: string): void {
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (drawable(cp)) set.add(cp);
  }
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Every character of the label fields of data/*.geojson: what the style and overlays draw. */
export function dataLabelCharacters(dataDir: string): Set<number> {
  const set = new Set<number>();
  for (const f of readdirSync(dataDir).filter((n) => n.endsWith('.geojson')).sort()) {
    const fc = JSON.parse(readFileSync(join(dataDir, f), 'utf8')) as { features: Array<{ properties: Record<string, unknown> | null }> };
    for (const feature of fc.features) {
      for (const [k, v] of Object.entries(feature.properties ?? {})) if (isLabelField(k) && typeof v === 'string') addText(set, v);
    }
  }
  return set;
}

function sourceFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((p) => /\.(ts|svelte)$/.test(p) && !/\.test\.ts$/.test(p))
    .sort()
    .map((p) => join(dir, p));
}

/** The whole set for a project root: data labels, briefings, UI strings and the whole blocks. */
export function glyphCharacters(root: string): Set<number> {
  const set = dataLabelCharacters(join(root, 'data'));
  const briefings = join(root, 'data', 'briefings');
  for (const f of readdirSync(briefings).filter((n) => n.endsWith('.json')).sort()) {
    for (const s of strings(JSON.parse(readFileSync(join(briefings, f), 'utf8')))) addText(set, s);
  }
  // The UI's strings (i18n messages, measure units, query labels) live in the sources: taking
  // every character of them is simpler than finding each label, and costs a few hundred glyphs.
  for (const f of [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'styles'))]) addText(set, readFileSync(f, 'utf8'));
  for (const [a, b] of WHOLE_BLOCKS) for (let cp = a; cp <= b; cp++) if (drawable(cp)) set.add(cp);
  return set;
}

/**
 * GB2312's characters (its symbol rows and both levels of hanzi, 6,763), decoded from the encoding
 * itself rather than from a pasted list: a list is easy to truncate or mistype unnoticed, and the
 * decoder is the standard's own table. WHATWG's gb18030 decoder reads these two-byte codes as GBK,
 * a superset, so the symbol rows bring a few GBK additions (small roman numerals, pinyin letters);
 * cells GB2312 leaves empty decode to private-use code points or U+FFFD and are skipped.
 */
export function gb2312Characters(): Set<number> {
  const decoder = new TextDecoder('gb18030');
  const set = new Set<number>();
  for (let row = 0xa1; row <= 0xf7; row++) {
    for (let col = 0xa1; col <= 0xfe; col++) {
      const [ch, ...rest] = decoder.decode(Uint8Array.of(row, col));
      const cp = ch?.codePointAt(0);
      if (cp === undefined || rest.length || cp === 0xfffd || !drawable(cp)) continue;
      set.add(cp);
    }
  }
  return set;
}

/** The wide stack's set: GB2312 plus the small set, so moving a layer to it never loses a character. */
export function wideGlyphCharacters(root: string, small: ReadonlySet<number> = glyphCharacters(root)): Set<number> {
  return new Set([...small, ...gb2312Characters()]);
}
