/**
 * `npm run glyphs`: renders the labels' SDF glyphs into public/fonts/<stack>/<start>-<end>.pbf,
 * one file per 256-code-point range that holds a used character (MapLibre fetches by range), for
 * each font stack: the small one every built-in label uses and the wide one (GB2312) for names
 * from outside. Generated, not committed: `dev` and `build` run it, and it skips a stack when
 * nothing that goes into its glyphs has changed (its stamp file records a hash of the inputs).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LABEL_FONT_STACK, WIDE_LABEL_FONT_STACK } from '../../styles/labelFont.ts';
import { glyphCharacters, wideGlyphCharacters } from './charset.ts';
import { FONT_PACKAGE, fontPackage, regularFontFiles } from './fontSource.ts';
import { encodeGlyphRange, rangeName, type SdfGlyph } from './glyphPbf.ts';
import { SdfRenderer } from './sdfRenderer.ts';

/** Bumped when the rendering itself changes, so old glyphs are not kept by the stamp. */
const RENDER_VERSION = 1;
const STAMP = 'glyphs.json';

export interface GlyphStack {
  /** The `text-font` name, which is also the directory MapLibre fetches the ranges from. */
  stack: string;
  chars: ReadonlySet<number>;
}

export interface GlyphBuildResult {
  stack: string;
  dir: string;
  ranges: string[];
  glyphs: number;
  /** Code points asked for that Noto Sans SC has no glyph for (emoji in UI strings, …). */
  notInFont: number[];
  skipped: boolean;
}

/** The stacks `npm run glyphs` writes; the wide one reuses the small set rather than collecting it twice. */
export function labelStacks(root: string): GlyphStack[] {
  const small = glyphCharacters(root);
  return [
    { stack: LABEL_FONT_STACK, chars: small },
    { stack: WIDE_LABEL_FONT_STACK, chars: wideGlyphCharacters(root, small) },
  ];
}

interface Stamp {
  hash: string;
  ranges: string[];
  glyphs: number;
  notInFont: number[];
}

/**
 * Builds every stack whose stamp is stale. Each character is rendered once even when several
 * stacks hold it (the wide set contains the small one), so a full build costs what the wide
 * stack alone costs.
 */
export function buildGlyphs(outDir: string, stacks: readonly GlyphStack[], opts: { force?: boolean } = {}): GlyphBuildResult[] {
  const font = fontPackage();
  const plans = stacks.map(({ stack, chars }) => {
    const sorted = [...chars].sort((a, b) => a - b);
    // The same fields in the same order as before there were two stacks, so a built small stack stays valid.
    const hash = createHash('sha256').update(JSON.stringify({ RENDER_VERSION, font: font.version, stack, chars: sorted })).digest('hex');
    const dir = join(outDir, stack);
    const stampPath = join(dir, STAMP);
    const stamp = !opts.force && existsSync(stampPath) ? (JSON.parse(readFileSync(stampPath, 'utf8')) as Stamp) : undefined;
    return { stack, sorted, hash, dir, stampPath, fresh: stamp?.hash === hash ? stamp : undefined };
  });

  const stale = plans.filter((p) => !p.fresh);
  const rendered = new Map<number, SdfGlyph | null>();
  if (stale.length) {
    const renderer = new SdfRenderer(regularFontFiles(font.dir));
    for (const p of stale) for (const cp of p.sorted) if (!rendered.has(cp)) rendered.set(cp, renderer.render(cp));
  }

  return plans.map((p): GlyphBuildResult => {
    if (p.fresh) return { stack: p.stack, dir: p.dir, ranges: p.fresh.ranges, glyphs: p.fresh.glyphs, notInFont: p.fresh.notInFont, skipped: true };
    const byRange = new Map<number, SdfGlyph[]>();
    const notInFont: number[] = [];
    for (const cp of p.sorted) {
      const glyph = rendered.get(cp);
      if (!glyph) {
        notInFont.push(cp);
        continue;
      }
      const list = byRange.get(cp >> 8) ?? [];
      list.push(glyph);
      byRange.set(cp >> 8, list);
    }
    // Start clean: a range that is no longer used must not linger and be served.
    rmSync(p.dir, { recursive: true, force: true });
    mkdirSync(p.dir, { recursive: true });
    const ranges: string[] = [];
    let glyphs = 0;
    for (const [range, list] of [...byRange].sort((a, b) => a[0] - b[0])) {
      writeFileSync(join(p.dir, `${rangeName(range)}.pbf`), encodeGlyphRange(p.stack, range, list));
      ranges.push(rangeName(range));
      glyphs += list.length;
    }
    writeFileSync(p.stampPath, `${JSON.stringify({ hash: p.hash, font: `@fontsource/noto-sans-sc@${font.version}`, glyphs, ranges, notInFont }, null, 1)}\n`);
    return { stack: p.stack, dir: p.dir, ranges, glyphs, notInFont, skipped: false };
  });
}

/**
 * MapLibre treats the two kinds differently: a range it cannot fetch is drawn from the system's
 * fonts, but a glyph missing from a range it fetched is dropped from the label without a warning.
 */
function notInFontNote(r: GlyphBuildResult): string {
  if (!r.notInFont.length) return '';
  const shipped = new Set(r.ranges);
  const dropped = r.notInFont.filter((cp) => shipped.has(rangeName(cp >> 8))).length;
  return ` (${r.notInFont.length} code points are not in ${FONT_PACKAGE}: ${dropped} fall in a shipped range and are left out of map labels, ${r.notInFont.length - dropped} are drawn from system fonts; see glyphs.json)`;
}

const isMain = process.argv[1] && import.meta.filename === process.argv[1];
if (isMain) {
  const root = join(import.meta.dirname, '../..');
  const t0 = performance.now();
  const results = buildGlyphs(join(root, 'public', 'fonts'), labelStacks(root), { force: process.argv.includes('--force') });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  for (const r of results) {
    const what = r.skipped ? 'up to date' : `${r.glyphs} glyphs in ${r.ranges.length} ranges`;
    console.log(`glyphs: ${what} → public/fonts/${r.stack}/${notInFontNote(r)}`);
  }
  if (results.some((r) => !r.skipped)) console.log(`glyphs: ${seconds} s`);
}
