import type { Lang } from '../../lib/catalogue/types.ts';
import type { ChartData } from '../../lib/charts/chartData.ts';
import { breakLabel } from '../../lib/briefing/exportLegend.ts';
import { t } from '../../lib/i18n/messages.ts';
import { barChartConfig, Chart, CHART_FONT, chartHeight, PART_COLOUR, stripes } from './barChartConfig.ts';
import { chartNotes, chartTotal, partsShown } from './chartText.ts';

/** The panel's width in the export's 1080-line units; its height follows the bars and the notes. */
export const PANEL_WIDTH = 560;
const PAD = 16;
const TITLE = 36;
const KEY = 22;
const LINE = 19;
/** Bar type in the panel: a little under the projector's, so that the legend fits under the chart and both clear the map. */
const PANEL_FONT = 13;

/**
 * A chart as a picture for exports: a white panel with its title, the bars drawn by Chart.js (as
 * on screen, without tooltip or animation), the figure key, the notes and the total line, each
 * wrapped to the panel. `scale` is the export's pixels per 1080-line unit, so the panel is drawn
 * sharp at any output size.
 */
export function chartPanelImage(data: ChartData, lang: Lang, title: string, scale: number): HTMLCanvasElement {
  const plotH = Math.min(chartHeight(data, lang, PANEL_FONT), 560);
  const w = PANEL_WIDTH;
  const out = document.createElement('canvas');
  const measure = out.getContext('2d');
  if (!measure) throw new Error('no 2D canvas');
  const small = `14px ${CHART_FONT}`;
  measure.font = small;
  const parts = partsShown(data).length > 1 ? partsShown(data) : [];
  const foot = [...chartNotes(data, lang), chartTotal(data, lang)].filter((x) => x).flatMap((text) => breakLabel(text, w - 2 * PAD, (x) => measure.measureText(x).width));
  const titleLines = (() => {
    measure.font = `700 21px ${CHART_FONT}`;
    return breakLabel(title, w - 2 * PAD, (x) => measure.measureText(x).width);
  })();
  const titleH = TITLE + (titleLines.length - 1) * 26;
  const h = PAD + titleH + plotH + 6 + (parts.length ? KEY : 0) + foot.length * LINE + PAD;
  out.width = Math.round(w * scale);
  out.height = Math.round(h * scale);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.fillRect(0, 0, w, h);
  ctx.strokeStyle = '#9ca3af';
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, 0.5, w - 1, h - 1);
  ctx.fillStyle = '#111827';
  ctx.textBaseline = 'top';
  ctx.font = `700 21px ${CHART_FONT}`;
  titleLines.forEach((line, i) => ctx.fillText(line, PAD, PAD + 2 + i * 26));

  // Chart.js draws into its own canvas at the export's pixel ratio; not responsive, so it needs no page.
  const plot = document.createElement('canvas');
  plot.width = w - 2 * PAD;
  plot.height = plotH;
  const config = barChartConfig(data, { lang, on: new Set(), onPick: null, still: true, fontSize: PANEL_FONT });
  const chart = new Chart(plot, { ...config, options: { ...config.options, devicePixelRatio: scale, events: [] } });
  ctx.drawImage(plot, PAD, PAD + titleH, w - 2 * PAD, plotH);
  chart.destroy();

  let y = PAD + titleH + plotH + 6;
  ctx.font = small;
  let x = PAD;
  for (const p of parts) {
    ctx.fillStyle = p === 'reported' ? PART_COLOUR.reported : p === 'plan' ? PART_COLOUR.plan : stripes(PART_COLOUR.reported);
    ctx.fillRect(x, y + 2, 14, 12);
    ctx.fillStyle = '#374151';
    const label = t(`chartPart.${p}`, lang);
    ctx.fillText(label, x + 18, y);
    x += 18 + ctx.measureText(label).width + 16;
  }
  if (parts.length) y += KEY;
  ctx.fillStyle = '#374151';
  foot.forEach((line, i) => ctx.fillText(line, PAD, y + i * LINE));
  return out;
}
