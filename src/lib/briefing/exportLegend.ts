import type { LegendEntry, Swatch } from '../legend/legendFromStyle.ts';

/** An export's legend, laid out: its panel's size and each row's label broken into lines. */
export interface LegendLayout {
  w: number;
  h: number;
  rows: Array<{ entry: LegendEntry; lines: string[] }>;
}

const ROW = 30;
const MORE = 22;
const TEXT_X = 66;
const PAD = 14;

/** A word with its trailing space, or one Chinese character or full-width mark: where a line may break. */
const BREAKS = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+\s*|\s+/g;

/**
 * Breaks a label into lines no wider than `maxW` as the canvas measures them: at spaces in
 * English, between any characters in Chinese, so no label runs past the panel's border.
 */
export function breakLabel(text: string, maxW: number, measure: (s: string) => number): string[] {
  const words = text.match(BREAKS) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && measure((line + w).trimEnd()) > maxW) {
      lines.push(line.trimEnd());
      line = w.trimStart();
    } else line += w;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/** The legend's rows at a 1080-line unit `u`: the panel widens up to `maxW` for a long label, and wraps one longer still. */
export function layoutLegend(ctx: CanvasRenderingContext2D, entries: readonly LegendEntry[], u: number, font: string, minW: number, maxW: number): LegendLayout {
  ctx.font = font;
  const widest = Math.max(0, ...entries.map((e) => ctx.measureText(e.label).width));
  const w = Math.min(maxW, Math.max(minW, TEXT_X * u + widest + PAD * u));
  const rows = entries.map((entry) => ({ entry, lines: breakLabel(entry.label, w - (TEXT_X + PAD) * u, (s) => ctx.measureText(s).width) }));
  const h = (ROW + 10) * u + rows.reduce((s, r) => s + ROW * u + (r.lines.length - 1) * MORE * u, 0);
  return { w, h, rows };
}

/** A row's symbol as the map draws it: a line, a patch, a dot or — for schematic points — a hollow ring. */
function drawSwatch(ctx: CanvasRenderingContext2D, sw: Swatch, x: number, y: number, u: number): void {
  ctx.strokeStyle = sw.color;
  ctx.fillStyle = sw.color;
  ctx.lineWidth = Math.max(2, Math.min(sw.size, 5)) * u;
  ctx.setLineDash(sw.dashed ? [8 * u, 5 * u] : []);
  if (sw.kind === 'line') {
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 40 * u, y);
    ctx.stroke();
  } else if (sw.kind === 'circle') {
    ctx.beginPath();
    ctx.arc(x + 20 * u, y, 7 * u, 0, Math.PI * 2);
    ctx.fill();
    // The ring: a hollow (schematic) point is a pale fill inside a coloured ring, which a fill alone would lose.
    if (sw.outline) {
      ctx.strokeStyle = sw.outline;
      ctx.lineWidth = 2 * u;
      ctx.stroke();
    }
  } else {
    ctx.fillRect(x, y - 8 * u, 40 * u, 16 * u);
    if (sw.outline) {
      ctx.strokeStyle = sw.outline;
      ctx.lineWidth = Math.max(1, u);
      ctx.strokeRect(x, y - 8 * u, 40 * u, 16 * u);
    }
  }
  ctx.setLineDash([]);
}

/** Draws a laid-out legend's rows into its panel at (x, y), under the heading. */
export function drawLegendRows(ctx: CanvasRenderingContext2D, layout: LegendLayout, x: number, y: number, u: number, font: string): void {
  ctx.font = font;
  ctx.textBaseline = 'top';
  let top = y + ROW * u + 10 * u;
  for (const { entry, lines } of layout.rows) {
    if (!entry.heading) drawSwatch(ctx, entry.swatch, x + PAD * u, top + 10 * u, u);
    ctx.fillStyle = '#111827';
    lines.forEach((line, i) => ctx.fillText(line, x + TEXT_X * u, top + i * MORE * u));
    top += ROW * u + (lines.length - 1) * MORE * u;
  }
}
