/**
 * Writes glyph ranges in the protobuf format MapLibre reads (mapbox/glyph-pbfs `glyphs.proto`,
 * parsed by maplibre-gl's parse_glyph_pbf.ts):
 *
 *   message glyphs   { repeated fontstack stacks = 1; }
 *   message fontstack { required string name = 1; required string range = 2; repeated glyph glyphs = 3; }
 *   message glyph    { required uint32 id = 1; optional bytes bitmap = 2; required uint32 width = 3;
 *                      required uint32 height = 4; required sint32 left = 5; required sint32 top = 6;
 *                      required uint32 advance = 7; }
 */
import { PbfWriter } from 'pbf';

/** The SDF border around each bitmap that MapLibre expects in a glyph PBF (GLYPH_PBF_BORDER). */
export const GLYPH_BORDER = 3;

export interface SdfGlyph {
  /** Unicode code point. */
  id: number;
  /** (width + 2·border) × (height + 2·border) SDF bytes; empty for a glyph with no ink (a space). */
  bitmap: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

/** The 256 code points of range `index`, named as the glyphs URL names them: `0-255`, `256-511`… */
export function rangeName(index: number): string {
  return `${index * 256}-${index * 256 + 255}`;
}

export function encodeGlyphRange(stack: string, range: number, glyphs: readonly SdfGlyph[]): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(1, (_: unknown, p: PbfWriter) => {
    p.writeStringField(1, stack);
    p.writeStringField(2, rangeName(range));
    for (const g of [...glyphs].sort((a, b) => a.id - b.id)) {
      if (g.id >> 8 !== range) throw new Error(`U+${g.id.toString(16)} is not in range ${rangeName(range)}`);
      const expected = g.width && g.height ? (g.width + 2 * GLYPH_BORDER) * (g.height + 2 * GLYPH_BORDER) : 0;
      if (g.bitmap.length !== expected) throw new Error(`U+${g.id.toString(16)}: bitmap has ${g.bitmap.length} bytes, expected ${expected}`);
      p.writeMessage(3, writeGlyph, g);
    }
  }, null);
  return pbf.finish();
}

function writeGlyph(g: SdfGlyph, p: PbfWriter): void {
  p.writeVarintField(1, g.id);
  // An empty bitmap is left out, as fontnik does: MapLibre then allocates a blank one itself.
  if (g.bitmap.length) p.writeBytesField(2, g.bitmap);
  p.writeVarintField(3, g.width);
  p.writeVarintField(4, g.height);
  p.writeSVarintField(5, g.left);
  p.writeSVarintField(6, g.top);
  p.writeVarintField(7, g.advance);
}
