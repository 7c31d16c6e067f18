/**
 * Renders SDF glyphs the way MapLibre renders its own local glyphs (render/glyph_manager.ts:
 * TinySDF with buffer 3, radius 8, cutoff 0.25), at the 24 px that glyph PBFs are made for
 * (MapLibre draws its local ones at 2× and halves the metrics; a PBF glyph is 1×).
 */
import TinySDF from '@mapbox/tiny-sdf';
import { Canvas, GlobalFonts } from '@napi-rs/canvas';
import { fileFor, type FontFile } from './fontSource.ts';
import { GLYPH_BORDER, type SdfGlyph } from './glyphPbf.ts';

const FONT_SIZE = 24;
const RADIUS = 8;
const CUTOFF = 0.25;
/**
 * MapLibre's baseline adjustment for TinySDF glyphs (glyph_manager.ts `topAdjustment`), which
 * lines them up with server-made glyphs: a PBF's `top` is measured from above the em box.
 */
const TOP_ADJUSTMENT = 27.5;

/** TinySDF draws on a DOM canvas; here it draws on Skia's (@napi-rs/canvas). */
class NodeTinySDF extends TinySDF {
  _createCanvas(size: number): Canvas {
    return new Canvas(size, size);
  }
}

export class SdfRenderer {
  private readonly sdfs = new Map<string, TinySDF>();

  constructor(private readonly files: readonly FontFile[]) {}

  /** The glyph for a code point, or null when the font has none (it is then left out). */
  render(codePoint: number): SdfGlyph | null {
    const file = fileFor(this.files, codePoint);
    if (!file) return null;
    const c = this.sdfFor(file).draw(String.fromCodePoint(codePoint));
    const inked = c.glyphWidth > 0 && c.glyphHeight > 0;
    return {
      id: codePoint,
      // TinySDF pads with its buffer on every side, exactly the border a glyph PBF carries.
      bitmap: inked ? Uint8Array.from(c.data) : new Uint8Array(0),
      width: inked ? c.glyphWidth : 0,
      height: inked ? c.glyphHeight : 0,
      left: c.glyphLeft,
      top: Math.round(c.glyphTop - TOP_ADJUSTMENT),
      advance: Math.round(c.glyphAdvance),
    };
  }

  /**
   * One TinySDF per subset file, each registered under a family of its own: were they all one
   * family, Skia would pick one file and fall back to a system font for the others' characters.
   */
  private sdfFor(file: FontFile): TinySDF {
    let sdf = this.sdfs.get(file.path);
    if (!sdf) {
      const family = `AtlasGlyphs${this.sdfs.size}`;
      if (!GlobalFonts.registerFromPath(file.path, family)) throw new Error(`cannot load font file ${file.path}`);
      sdf = new NodeTinySDF({ fontSize: FONT_SIZE, buffer: GLYPH_BORDER, radius: RADIUS, cutoff: CUTOFF, fontFamily: family });
      this.sdfs.set(file.path, sdf);
    }
    return sdf;
  }
}
