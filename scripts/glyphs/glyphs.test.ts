import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LayerSpecification } from 'maplibre-gl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEFING_OVERLAY } from '../../src/lib/briefing/sceneOnMap.ts';
import { QUERY_OVERLAY } from '../../src/lib/map/queryOverlay.ts';
import { GLYPHS_URL, LABEL_FONT, LABEL_FONT_STACK, WIDE_LABEL_FONT } from '../../styles/labelFont.ts';
import { buildStyle } from '../../styles/zoneStyle.ts';
import { buildGlyphs, type GlyphBuildResult } from './buildGlyphs.ts';
import { dataLabelCharacters, glyphCharacters } from './charset.ts';
import { encodeGlyphRange, type SdfGlyph } from './glyphPbf.ts';
import { decodeGlyphRange } from './readGlyphPbf.ts';

const root = join(import.meta.dirname, '../..');

describe('glyph PBF writer', () => {
  const inked: SdfGlyph = { id: 0x5fbb, bitmap: Uint8Array.from({ length: 8 * 9 }, (_, i) => i % 256), width: 2, height: 3, left: -1, top: -7, advance: 24 };
  const space: SdfGlyph = { id: 0x5f00, bitmap: new Uint8Array(0), width: 0, height: 0, left: 0, top: -26, advance: 6 };

  it('writes what MapLibre reads: stack, range name and every glyph field, signed ones included', () => {
    const [stack, ...more] = decodeGlyphRange(encodeGlyphRange('Test Stack', 0x5f, [inked, space]));
    expect(more).toEqual([]);
    expect(stack?.name).toBe('Test Stack');
    expect(stack?.range).toBe('24320-24575');
    // Sorted by code point; the blank glyph carries no bitmap at all.
    expect(stack?.glyphs).toEqual([space, inked]);
  });

  it('refuses a glyph outside the range or a bitmap that does not fit its size plus the 3 px border', () => {
    expect(() => encodeGlyphRange('S', 0, [inked])).toThrow(/not in range 0-255/);
    expect(() => encodeGlyphRange('S', 0x5f, [{ ...inked, bitmap: new Uint8Array(6) }])).toThrow(/expected 72/);
  });
});

describe('the generated glyph ranges', () => {
  let out: string;
  let built: GlyphBuildResult;
  const shipped = new Map<number, SdfGlyph>();
  // Only the small stack: the wide one has tests of its own (wideGlyphs.test.ts).
  const smallStack = { stack: LABEL_FONT_STACK, chars: glyphCharacters(root) };
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'glyphs-'));
    [built] = buildGlyphs(out, [smallStack], { force: true }) as [GlyphBuildResult];
    for (const file of readdirSync(built.dir).filter((f) => f.endsWith('.pbf'))) {
      const [stack] = decodeGlyphRange(readFileSync(join(built.dir, file)));
      expect(stack?.name).toBe(LABEL_FONT_STACK);
      expect(`${stack?.range}.pbf`).toBe(file);
      for (const g of stack?.glyphs ?? []) shipped.set(g.id, g);
    }
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('hold every character that the data labels use', () => {
    const missing = [...dataLabelCharacters(join(root, 'data'))].filter((cp) => !shipped.has(cp)).map((cp) => String.fromCodePoint(cp));
    expect(missing).toEqual([]);
  });

  it('hold the briefing texts and the measure and query labels', () => {
    const briefings = readdirSync(join(root, 'data/briefings')).map((f) => readFileSync(join(root, 'data/briefings', f), 'utf8')).join('');
    const measured = '0123456789.,  公里 平方公里 公顷 亩 周长 km km² ha mu —（示意）';
    const missing = [...new Set(briefings + measured)].filter((ch) => !/\p{C}/u.test(ch) && !shipped.has(ch.codePointAt(0) as number));
    expect(missing).toEqual([]);
  });

  it('are drawn from the font: a CJK character is a full-width, inked glyph; a space has no ink', () => {
    const zhou = shipped.get('州'.codePointAt(0) as number);
    expect(zhou?.advance).toBe(24);
    expect(zhou?.width).toBeGreaterThan(15);
    expect(zhou?.bitmap.some((v) => v > 192)).toBe(true);
    expect(shipped.get(0x20)).toMatchObject({ width: 0, height: 0, bitmap: new Uint8Array(0) });
  });

  it('are not rendered again when nothing that goes into them changed', () => {
    expect(buildGlyphs(out, [smallStack])[0]).toMatchObject({ skipped: true, ranges: built.ranges });
  });
});

describe('the style and the overlays', () => {
  const symbols = (layers: readonly LayerSpecification[]) => layers.filter((l) => l.type === 'symbol');

  it('fetch glyphs relative to the page, and every symbol layer uses a shipped stack: the wide one where names come from imported data', () => {
    const style = buildStyle('light', 'zh');
    expect(style.glyphs).toBe(GLYPHS_URL);
    expect(GLYPHS_URL).toMatch(/^\.\/fonts\/\{fontstack\}\/\{range\}\.pbf$/);
    const all = [...symbols(style.layers), ...symbols(QUERY_OVERLAY.layers), ...symbols(BRIEFING_OVERLAY.layers)];
    expect(all.length).toBeGreaterThan(10);
    for (const l of all) expect(l.type === 'symbol' && l.layout?.['text-font'], l.id).toEqual(l.id === 'query-matches--label' ? WIDE_LABEL_FONT : LABEL_FONT);
  });
});
