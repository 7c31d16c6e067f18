/**
 * Where each character's outline comes from: Noto Sans SC Regular as @fontsource/noto-sans-sc
 * ships it — Google Fonts' subsets, one woff2 file per `unicode-range` listed in 400.css. A
 * pinned npm package, so a fresh `npm ci` has the font on any OS without apt or a download.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface FontFile {
  path: string;
  ranges: Array<[number, number]>;
}

export const FONT_PACKAGE = '@fontsource/noto-sans-sc';

/** The package's directory and version (the version goes into the build stamp). */
export function fontPackage(): { dir: string; version: string } {
  const require = createRequire(import.meta.url);
  const pkgJson = require.resolve(`${FONT_PACKAGE}/package.json`);
  const { version } = JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string };
  return { dir: dirname(pkgJson), version };
}

/** Parses `unicode-range: U+4e00-4e0f,U+20,U+4??` into inclusive code point ranges. */
export function parseUnicodeRange(value: string): Array<[number, number]> {
  return value.split(',').map((part) => {
    const v = part.trim().replace(/^U\+/i, '');
    if (v.includes('?')) return [Number.parseInt(v.replace(/\?/g, '0'), 16), Number.parseInt(v.replace(/\?/g, 'f'), 16)];
    const [a, b] = v.split('-');
    const start = Number.parseInt(a ?? '', 16);
    const end = b === undefined ? start : Number.parseInt(b, 16);
    if (!Number.isFinite(start) || !Number.isFinite(end)) throw new Error(`bad unicode-range entry "${part}"`);
    return [start, end];
  });
}

/** The regular (400) weight's files with the code points each covers, in the CSS's order. */
export function regularFontFiles(dir: string): FontFile[] {
  const css = readFileSync(join(dir, '400.css'), 'utf8');
  const files: FontFile[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range || !/font-style:\s*normal/.test(block)) continue;
    files.push({ path: join(dir, 'files', file), ranges: parseUnicodeRange(range) });
  }
  if (!files.length) throw new Error(`${FONT_PACKAGE}: no @font-face with a woff2 file in 400.css`);
  return files;
}

/** The file that covers a code point, or undefined when Noto Sans SC has no glyph for it. */
export function fileFor(files: readonly FontFile[], codePoint: number): FontFile | undefined {
  return files.find((f) => f.ranges.some(([a, b]) => codePoint >= a && codePoint <= b));
}
