/**
 * Reads a glyph range back, field by field as maplibre-gl's parse_glyph_pbf.ts does: used by the
 * tests to check what the writer wrote, and what a build published.
 */
import { PbfReader } from 'pbf';
import type { SdfGlyph } from './glyphPbf.ts';

export interface GlyphRange {
  name: string;
  range: string;
  glyphs: SdfGlyph[];
}

export function decodeGlyphRange(bytes: Uint8Array): GlyphRange[] {
  const stacks: GlyphRange[] = [];
  new PbfReader(bytes).readFields((tag, _: null, pbf) => {
    if (tag === 1) stacks.push(pbf.readMessage(readStack, { name: '', range: '', glyphs: [] }));
  }, null);
  return stacks;
}

function readStack(tag: number, s: GlyphRange, pbf: PbfReader): void {
  if (tag === 1) s.name = pbf.readString();
  else if (tag === 2) s.range = pbf.readString();
  else if (tag === 3) s.glyphs.push(pbf.readMessage(readGlyph, { id: -1, bitmap: new Uint8Array(0), width: 0, height: 0, left: 0, top: 0, advance: 0 }));
}

function readGlyph(tag: number, g: SdfGlyph, pbf: PbfReader): void {
  if (tag === 1) g.id = pbf.readVarint();
  else if (tag === 2) g.bitmap = pbf.readBytes();
  else if (tag === 3) g.width = pbf.readVarint();
  else if (tag === 4) g.height = pbf.readVarint();
  else if (tag === 5) g.left = pbf.readSVarint();
  else if (tag === 6) g.top = pbf.readSVarint();
  else if (tag === 7) g.advance = pbf.readVarint();
}
