/**
 * `npm run glyphs`: renders the labels' SDF glyphs into public/fonts/<stack>/<start>-<end>.pbf,
 * one file per 256-code-point range that holds a used character (MapLibre fetches by range).
 * Generated, not committed: `dev` and `build` run it, and it skips the work when nothing that
 * goes into the glyphs has changed (the stamp file records a hash of the inputs).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LABEL_FONT_STACK } from '../../styles/labelFont.ts';
import { glyphCharacters } from './charset.ts';
import { fontPackage, regularFontFiles } from './fontSource.ts';
import { encodeGlyphRange, rangeName, type SdfGlyph } from './glyphPbf.ts';
import { SdfRenderer } from './sdfRenderer.ts';

/** Bumped when the rendering itself changes, so old glyphs are not kept by the stamp. */
const RENDER_VERSION = 1;
const STAMP = 'glyphs.json';

export interface GlyphBuildResult {
  dir: string;
  ranges: string[];
  glyphs: number;
  /** Code points asked for that Noto Sans SC has no glyph for (emoji in UI strings, …). */
  notInFont: number[];
  skipped: boolean;
}

export function buildGlyphs(root: string, outDir: string, opts: { force?: boolean } = {}): GlyphBuildResult {
  const chars = [...glyphCharacters(root)].sort((a, b) => a - b);
  const font = fontPackage();
  const hash = createHash('sha256').update(JSON.stringify({ RENDER_VERSION, font: font.version, stack: LABEL_FONT_STACK, chars })).digest('hex');
  const dir = join(outDir, LABEL_FONT_STACK);
  const stampPath = join(dir, STAMP);
  if (!opts.force && existsSync(stampPath)) {
    const stamp = JSON.parse(readFileSync(stampPath, 'utf8')) as { hash: string; ranges: string[]; glyphs: number; notInFont: number[] };
    if (stamp.hash === hash) return { dir, ranges: stamp.ranges, glyphs: stamp.glyphs, notInFont: stamp.notInFont, skipped: true };
  }

  const renderer = new SdfRenderer(regularFontFiles(font.dir));
  const byRange = new Map<number, SdfGlyph[]>();
  const notInFont: number[] = [];
  for (const cp of chars) {
    const glyph = renderer.render(cp);
    if (!glyph) {
      notInFont.push(cp);
      continue;
    }
    const list = byRange.get(cp >> 8) ?? [];
    list.push(glyph);
    byRange.set(cp >> 8, list);
  }
  // Start clean: a range that is no longer used must not linger and be served.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const ranges: string[] = [];
  let glyphs = 0;
  for (const [range, list] of [...byRange].sort((a, b) => a[0] - b[0])) {
    writeFileSync(join(dir, `${rangeName(range)}.pbf`), encodeGlyphRange(LABEL_FONT_STACK, range, list));
    ranges.push(rangeName(range));
    glyphs += list.length;
  }
  writeFileSync(stampPath, `${JSON.stringify({ hash, font: `@fontsource/noto-sans-sc@${font.version}`, glyphs, ranges, notInFont }, null, 1)}\n`);
  return { dir, ranges, glyphs, notInFont, skipped: false };
}

const isMain = process.argv[1] && import.meta.filename === process.argv[1];
if (isMain) {
  const root = join(import.meta.dirname, '../..');
  const t0 = performance.now();
  const r = buildGlyphs(root, join(root, 'public', 'fonts'), { force: process.argv.includes('--force') });
  const what = r.skipped ? 'up to date' : `${r.glyphs} glyphs in ${r.ranges.length} ranges, ${((performance.now() - t0) / 1000).toFixed(1)} s`;
  const missing = r.notInFont.length ? ` (${r.notInFont.length} code points are not in Noto Sans SC: MapLibre draws them locally; see glyphs.json)` : '';
  console.log(`glyphs: ${what} → public/fonts/${LABEL_FONT_STACK}/${missing}`);
}
