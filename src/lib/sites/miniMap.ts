import type { Feature, Position } from 'geojson';
import { boxesIntersect, geometryBox, type Box } from '../fgb/bbox.ts';

/** Where a text goes in the SVG: its lines, the anchor point and how it hangs off that point. */
export interface MiniText {
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface MiniMap {
  width: number;
  height: number;
  sitePath: string | null;
  site: [number, number] | null;
  /** A mark whose name fits nowhere clear has text null: its dot stays, named by its title. */
  marks: Array<{ x: number; y: number; label: string; text: MiniText | null }>;
  scaleKm: number;
  scalePx: number;
  /** Left end of the scale bar, bottom left or beside the north marker; its figure follows it on the same line, keeping the band thin. */
  scaleAt: [number, number];
  /** Centre of the north marker's baseline: in the scale bar's band, where no dot can be. */
  northAt: [number, number];
}

export interface MiniMapWords {
  /** The scale bar's figure, e.g. "10 公里". */
  scale: (km: number) => string;
  north: string;
}

export const MARK_FONT = 10;
export const SCALE_FONT = 9;
export const NORTH_FONT = 11;
/** Line height of a two-line name, in px. */
export const MARK_LINE = 11;
const MARK_R = 3.5;
const SITE_R = 6.5; // radius 5 and its white ring

/**
 * Width of a text in px, erring wide: SVG text cannot be measured before it is drawn, and a guess
 * that is too narrow is exactly what let names run off the edge. Per character: CJK and full-width
 * forms are one em; Latin letters about 0.6 em in Noto Sans.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x2e80 || (c >= 0x2190 && c <= 0x21ff)) em += 1;
    else if (ch === ' ' || /[iljtfr.,:;'|!()·-]/.test(ch)) em += 0.36;
    else if (/[mwMW]/.test(ch)) em += 0.92;
    else if (/[A-Z0-9]/.test(ch)) em += 0.7;
    else em += 0.6;
  }
  return em * size + 1;
}

/** A name on one line, or split at the space nearest its middle, for long English names. */
function layouts(label: string): string[][] {
  const out: string[][] = [[label]];
  const words = label.split(' ');
  if (words.length < 2) return out;
  let best: string[] | null = null;
  for (let i = 1; i < words.length; i++) {
    const split = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    if (!best || Math.max(...split.map((s) => s.length)) < Math.max(...best.map((s) => s.length))) best = split;
  }
  if (best) out.push(best);
  return out;
}

/** Ascent and descent of a line of text, as a share of its size (Noto Sans CJK, erring tall). */
const ASCENT = 0.92;
const DESCENT = 0.24;

function textBox(t: MiniText, size: number, lineHeight: number): Box {
  const w = Math.max(...t.lines.map((l) => textWidth(l, size)));
  const x0 = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
  return [x0, t.y - ASCENT * size, x0 + w, t.y + (t.lines.length - 1) * lineHeight + DESCENT * size];
}

/** Where the scale bar's figure goes: after the bar, on its line. */
export function scaleText(at: [number, number], barPx: number): { x: number; y: number; anchor: 'start' } {
  return { x: at[0] + barPx + 4, y: at[1] + 3, anchor: 'start' };
}

const dotBox = (x: number, y: number, r: number): Box => [x - r - 1, y - r - 1, x + r + 1, y + r + 1];
const grow = (b: Box, by: number): Box => [b[0] - by, b[1] - by, b[2] + by, b[3] + by];

/** Candidate places for a name around its dot, in order of preference: beside, then above or below, then the diagonals. */
function candidates(x: number, y: number, lines: string[]): MiniText[] {
  const gap = MARK_R + 3;
  const block = (lines.length - 1) * MARK_LINE;
  // Baseline that centres the block of lines on the dot.
  const mid = y + (ASCENT - DESCENT) * MARK_FONT / 2 - block / 2;
  const above = y - gap - DESCENT * MARK_FONT - block;
  const below = y + gap + ASCENT * MARK_FONT;
  return [
    { lines, x: x + gap, y: mid, anchor: 'start' },
    { lines, x: x - gap, y: mid, anchor: 'end' },
    { lines, x, y: above, anchor: 'middle' },
    { lines, x, y: below, anchor: 'middle' },
    // Beside, nudged up or down: clear of a neighbour just above or below the dot's own row.
    ...[3, -3, 6, -6].flatMap((dy): MiniText[] => [
      { lines, x: x + gap, y: mid + dy, anchor: 'start' },
      { lines, x: x - gap, y: mid + dy, anchor: 'end' },
    ]),
    { lines, x: x + 2, y: above, anchor: 'start' },
    { lines, x: x - 2, y: above, anchor: 'end' },
    { lines, x: x + 2, y: below, anchor: 'start' },
    { lines, x: x - 2, y: below, anchor: 'end' },
  ];
}

/**
 * A small, static picture of a site and the features it was measured to: an equirectangular
 * projection (x scaled by cos φ) fitted to the box around them. SVG, so it prints sharp and
 * needs no second WebGL map per site.
 *
 * Nothing is drawn over anything else: the fit leaves a band along the bottom for the scale bar
 * and the north marker, so that no dot or outline lies under them, and each name takes the first
 * place around its dot that is inside the picture and clear of the corners, the dots and the
 * names already placed. A name with no such place is left out rather than cut or overprinted.
 */
export function miniMap(site: Feature, marks: Array<{ at: Position; label: string }>, words: MiniMapWords, width = 220, height = 160): MiniMap {
  // One station can be the nearest of two kinds: one dot, one name.
  const unique = marks.filter((m, i) => marks.findIndex((o) => o.label === m.label) === i);
  const [x0, y0, x1, y1] = geometryBox(site.geometry);
  let box = [x0, y0, x1, y1];
  for (const m of unique) box = [Math.min(box[0] as number, m.at[0] as number), Math.min(box[1] as number, m.at[1] as number), Math.max(box[2] as number, m.at[0] as number), Math.max(box[3] as number, m.at[1] as number)];
  const [bx0, by0, bx1, by1] = box as [number, number, number, number];
  const cos = Math.cos((((by0 + by1) / 2) * Math.PI) / 180);
  const spanX = Math.max((bx1 - bx0) * cos, 0.01);
  const spanY = Math.max(by1 - by0, 0.01);
  const padX = 14;
  const padTop = 14;
  const padBottom = 22; // the band of the scale bar (left) and the north marker (right)
  const k = Math.min((width - 2 * padX) / spanX, (height - padTop - padBottom) / spanY);
  const cx = (bx0 + bx1) / 2;
  const cy = (by0 + by1) / 2;
  const midY = padTop + (height - padTop - padBottom) / 2;
  const px = (p: Position): [number, number] => [width / 2 + ((p[0] as number) - cx) * cos * k, midY - ((p[1] as number) - cy) * k];
  const g = site.geometry;
  let sitePath: string | null = null;
  let point: [number, number] | null = null;
  let outline: Box | null = null;
  if (g.type === 'Point') point = px(g.coordinates);
  else if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    sitePath = polys.flatMap((poly) => poly.map((ring) => `M${ring.map((p) => px(p).map((v) => v.toFixed(1)).join(',')).join('L')}Z`)).join('');
    const [a, b] = [px([x0, y1]), px([x1, y0])];
    outline = [a[0], a[1], b[0], b[1]];
  }
  // A scale bar of a round number of km, about a third of the width.
  const kmPerPx = 111.195 / k;
  const target = (width / 3) * kmPerPx;
  const scaleKm = [1, 2, 5, 10, 20, 50, 100, 200].find((v) => v >= target * 0.6) ?? 200;
  const scalePx = scaleKm / kmPerPx;
  const northAt: [number, number] = [width - 16, height - 5];
  const figure = words.scale(scaleKm);
  const dots = unique.map((m) => px(m.at));
  const inside = (b: Box) => b[0] >= 2 && b[1] >= 2 && b[2] <= width - 2 && b[3] <= height - 2;

  /** Names placed one by one around their dots, with the scale bar starting at scaleAt. */
  const placeNames = (scaleAt: [number, number]) => {
    const taken: Box[] = [
      grow(textBox({ lines: [words.north], x: northAt[0], y: northAt[1], anchor: 'middle' }, NORTH_FONT, 0), 2),
      grow([scaleAt[0], scaleAt[1] - 1, scaleAt[0] + scalePx, scaleAt[1] + 1], 1),
      grow(textBox({ lines: [figure], ...scaleText(scaleAt, scalePx) }, SCALE_FONT, 0), 2),
      ...dots.map(([x, y]) => dotBox(x, y, MARK_R)),
      ...(point ? [dotBox(point[0], point[1], SITE_R)] : []),
    ];
    return unique.map((m, i) => {
      const [x, y] = dots[i] as [number, number];
      // Its own dot is not in the way; every other one is.
      const others = taken.filter((_, j) => j !== 3 + i);
      let best: { text: MiniText; cost: number } | null = null;
      for (const lines of layouts(m.label)) {
        for (const text of candidates(x, y, lines)) {
          const b = textBox(text, MARK_FONT, MARK_LINE);
          if (!inside(b) || others.some((o) => boxesIntersect(grow(b, 1), o))) continue;
          // Over the site's outline still reads (it is translucent), but clear of it reads better.
          const cost = outline && boxesIntersect(b, outline) ? 1 : 0;
          if (!best || cost < best.cost) best = { text, cost };
          if (cost === 0) break;
        }
        if (best) break;
      }
      if (best) taken.push(textBox(best.text, MARK_FONT, MARK_LINE));
      return { x, y, label: m.label, text: best?.text ?? null };
    });
  };
  // The scale bar goes bottom left, or, when that leaves out a name, just left of the north marker.
  const left: [number, number] = [8, height - 8];
  const right: [number, number] = [width - 32 - 4 - textWidth(figure, SCALE_FONT) - 4 - scalePx, height - 8];
  const named = (marks: Array<{ text: MiniText | null }>) => marks.filter((m) => m.text).length;
  let scaleAt = left;
  let placed = placeNames(left);
  if (named(placed) < placed.length && right[0] > 8) {
    const other = placeNames(right);
    if (named(other) > named(placed)) [scaleAt, placed] = [right, other];
  }
  return { width, height, sitePath, site: point, marks: placed, scaleKm, scalePx, scaleAt, northAt };
}
