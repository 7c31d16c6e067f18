import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABEL_FONT_STACK, WIDE_LABEL_FONT, WIDE_LABEL_FONT_STACK } from '../../styles/labelFont.ts';
import { buildGlyphs, labelStacks, type GlyphBuildResult, type GlyphStack } from './buildGlyphs.ts';
import { gb2312Characters, glyphCharacters, wideGlyphCharacters } from './charset.ts';
import { encodeGlyphRange, rangeName, type SdfGlyph } from './glyphPbf.ts';
import { decodeGlyphRange } from './readGlyphPbf.ts';

const root = join(import.meta.dirname, '../..');
const cp = (ch: string): number => ch.codePointAt(0) as number;
/** A unified ideograph: the symbol rows' 々 and 〇 are of the Han script too, but not hanzi of the two levels. */
const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

describe('the wide character set', () => {
  const gb = gb2312Characters();
  const small = glyphCharacters(root);
  const wide = wideGlyphCharacters(root, small);

  it('decodes all 6,763 GB2312 hanzi, level 1 and level 2, and the symbol rows', () => {
    expect([...gb].filter(isHan)).toHaveLength(6763);
    // Level 1 (忻, 盂) and level 2 (滹沱 of the river, 亍 its first cell and 齄 its last).
    for (const ch of '忻盂滹沱亍齄') expect(gb.has(cp(ch)), ch).toBe(true);
    for (const ch of '、。“”《》①ⅠΑБぁァㄅ─') expect(gb.has(cp(ch)), ch).toBe(true);
    expect(gb.has(0xfffd)).toBe(false);
    expect([...gb].filter((c) => /\p{Co}/u.test(String.fromCodePoint(c)))).toEqual([]);
  });

  it('holds the small set, GB2312 and nothing else', () => {
    expect([...small].filter((c) => !wide.has(c))).toEqual([]);
    expect([...gb].filter((c) => !wide.has(c))).toEqual([]);
    expect(wide.size).toBe(new Set([...small, ...gb]).size);
    // The label stacks are these two sets under the names the style uses.
    const stacks = labelStacks(root);
    expect(stacks.map((s) => s.stack)).toEqual([LABEL_FONT_STACK, WIDE_LABEL_FONT_STACK]);
    expect(stacks[1]?.chars).toEqual(wide);
    expect(WIDE_LABEL_FONT).toEqual([WIDE_LABEL_FONT_STACK]);
  });
});

describe('building both stacks', () => {
  let out: string;
  let stacks: GlyphStack[];
  let smallBuilt: GlyphBuildResult;
  let wideBuilt: GlyphBuildResult;
  const glyphsOf = (dir: string, stack: string): Map<number, SdfGlyph> => {
    const glyphs = new Map<number, SdfGlyph>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.pbf'))) {
      const [range, ...more] = decodeGlyphRange(readFileSync(join(dir, file)));
      expect(more).toEqual([]);
      expect(range?.name).toBe(stack);
      expect(`${range?.range}.pbf`).toBe(file);
      for (const g of range?.glyphs ?? []) glyphs.set(g.id, g);
    }
    return glyphs;
  };

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'glyphs-wide-'));
    stacks = labelStacks(root);
    [smallBuilt, wideBuilt] = buildGlyphs(out, stacks, { force: true }) as [GlyphBuildResult, GlyphBuildResult];
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes every wide character the font has, in the ranges the stamp lists, and reports the rest', () => {
    const wide = stacks[1]?.chars ?? new Set<number>();
    const shipped = glyphsOf(wideBuilt.dir, WIDE_LABEL_FONT_STACK);
    expect(wideBuilt.glyphs).toBe(shipped.size);
    expect([...shipped.keys()].filter((c) => !wide.has(c))).toEqual([]);
    expect([...wide].filter((c) => !shipped.has(c)).sort((a, b) => a - b)).toEqual(wideBuilt.notInFont);
    expect(new Set(wideBuilt.ranges)).toEqual(new Set([...shipped.keys()].map((c) => rangeName(c >> 8))));
    for (const ch of '滹沱忻盂亍') expect(shipped.get(cp(ch))?.bitmap.some((v) => v > 192), ch).toBe(true);
    // Nearly all of GB2312: what @fontsource/noto-sans-sc leaves out is reported, not silently lost.
    expect([...gb2312Characters()].filter((c) => isHan(c) && shipped.has(c)).length).toBeGreaterThan(6700);
  });

  it('draws the small set exactly as the small stack does', () => {
    const small = glyphsOf(smallBuilt.dir, LABEL_FONT_STACK);
    const wide = glyphsOf(wideBuilt.dir, WIDE_LABEL_FONT_STACK);
    expect(small.size).toBe(smallBuilt.glyphs);
    for (const [id, g] of small) expect(wide.get(id), String.fromCodePoint(id)).toEqual(g);
  });

  it('writes ranges that survive a round trip: a decoded wide range encodes to the same bytes', () => {
    const file = join(wideBuilt.dir, `${rangeName(cp('滹') >> 8)}.pbf`);
    const bytes = new Uint8Array(readFileSync(file));
    const [range] = decodeGlyphRange(bytes);
    expect(range?.glyphs.length).toBeGreaterThan(50);
    expect(encodeGlyphRange(WIDE_LABEL_FONT_STACK, cp('滹') >> 8, range?.glyphs ?? [])).toEqual(bytes);
  });

  it('keeps a stamp per stack: an unchanged stack is skipped while a stale one is rebuilt', () => {
    expect(buildGlyphs(out, stacks).map((r) => r.skipped)).toEqual([true, true]);
    const stampPath = join(wideBuilt.dir, 'glyphs.json');
    const stamp = JSON.parse(readFileSync(stampPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(stampPath, JSON.stringify({ ...stamp, hash: 'stale' }));
    const smallBefore = readFileSync(join(smallBuilt.dir, 'glyphs.json'), 'utf8');
    const [small, wide] = buildGlyphs(out, stacks);
    expect(small?.skipped).toBe(true);
    expect(wide).toMatchObject({ skipped: false, ranges: wideBuilt.ranges, glyphs: wideBuilt.glyphs });
    expect(readFileSync(join(smallBuilt.dir, 'glyphs.json'), 'utf8')).toBe(smallBefore);
  });
});
