import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ChartConfiguration, type Plugin, type TooltipItem } from 'chart.js';
import type { Lang } from '../../lib/catalogue/types.ts';
import type { ChartBar, ChartData } from '../../lib/charts/chartData.ts';
import type { FigureBasis } from '../../lib/charts/figureBasis.ts';
import { wrapLabel } from '../../lib/charts/wrapLabel.ts';
import { inYuanUnit } from '../../lib/charts/yuan.ts';
import { yuanAmount } from '../../lib/catalogue/yuanAmount.ts';
import { tf } from '../../lib/i18n/describe.ts';
import { t } from '../../lib/i18n/messages.ts';

// Only what a bar chart uses: Chart.js is tree-shaken to these (≈50 kB gz, loaded with the charts).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** The page's own font stack, so Chinese labels draw with the CJK font the UI uses. */
export const CHART_FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";
Chart.defaults.font.family = CHART_FONT;
Chart.defaults.color = '#374151';

export { Chart };

const COLOUR: Record<ChartData['id'], string> = { investmentByIndustry: '#1d4ed8', projectsByPark: '#047857', signingsOverTime: '#b45309' };
const COUNTY_ONLY = '#9ca3af';
/** Money bars: reported figures solid, plans light, lower bounds striped (the same in the key). */
export const PART_COLOUR = { reported: '#1d4ed8', plan: '#93c5fd' } as const;
const PARTS: readonly FigureBasis[] = ['reported', 'plan', 'lowerBound'];

/** Diagonal stripes: a figure that is only a range's lower bound looks unfinished, also in print. */
export function stripes(colour: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = '#dbeafe';
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(-2, 10);
  ctx.lineTo(10, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** How many of a bar's projects published no figure: "another n", or all of them. */
export function unpublishedText(bar: ChartBar, lang: Lang): string {
  if (bar.unpublished < bar.count) return tf('chartUnpublished', lang, { n: bar.unpublished });
  return bar.count === 1 ? t('chartOneUnpublished', lang) : tf('chartAllUnpublished', lang, { n: bar.count });
}

/**
 * An upright period bar's label, short enough to stand level in a narrow slot: the year on the
 * first bar of each year only, the half under it; '?' for the dates known only to their year.
 */
function periodLabel(bar: ChartBar, data: ChartData, lang: Lang): string[] {
  const m = /^(\d{4})(?:-H([12]))?$/.exec(bar.key);
  if (!m) return [bar.label[lang]];
  const year = m[1] as string;
  const halves = data.bars.some((b) => /-H[12]$/.test(b.key));
  if (!halves) return [year];
  const before = data.bars[data.bars.indexOf(bar) - 1];
  const first = !before?.key.startsWith(year);
  const half = m[2] === undefined ? '?' : lang === 'zh' ? (m[2] === '1' ? '上半' : '下半') : `H${m[2]}`;
  return [first ? year : '', half + (bar.marks.includes('inferredDate') ? '*' : '')];
}

/** A bar's axis label: its name, marked where the number needs a second look. */
export function barLabel(bar: ChartBar, data: ChartData, lang: Lang): string[] {
  if (data.id === 'signingsOverTime') return periodLabel(bar, data, lang);
  const name = bar.label[lang] + (bar.marks.includes('notUnderWay') ? ' †' : '');
  const lines = wrapLabel(name);
  return data.unit === 'yuan' && bar.unpublished > 0 ? [...lines, unpublishedText(bar, lang)] : lines;
}

/** The number written at a bar's end. */
export function barValueText(bar: ChartBar, data: ChartData, lang: Lang): string {
  if (data.unit === 'projects') return String(bar.value);
  return bar.value === 0 && bar.unpublished === bar.count ? t('chartNoFigure', lang) : yuanAmount(bar.value, lang);
}

/** Lines under a bar's name in its tooltip: projects, statuses, and what its number includes. */
export function barDetails(bar: ChartBar, data: ChartData, lang: Lang): string[] {
  const lines = [tf(bar.count === 1 ? 'chartProject' : 'chartProjects', lang, { n: bar.count })];
  if (data.unit === 'yuan' && bar.unpublished) lines.push(unpublishedText(bar, lang));
  const statuses = bar.statuses.map((s) => `${s.label[lang]} ${s.count}`).join(lang === 'zh' ? '，' : ', ');
  if (statuses) lines.push(statuses);
  for (const m of bar.marks) lines.push(t(`chartMark.${m}`, lang));
  return lines;
}

/**
 * Writes each bar's value at its end, so the chart reads without hovering (and in exports); and
 * notes on the canvas where each bar is drawn (`data-bars`, CSS pixels), for automation to click,
 * and where each number went (`data-values`) and how far the axis labels are tilted
 * (`data-tick-rotation`), so a test can see that none is cut off or runs into another.
 */
const valueLabels = (data: ChartData, lang: Lang, fontSize: number): Plugin<'bar'> => ({
  id: 'atlasValueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    const value = chart.scales[horizontal ? 'x' : 'y'];
    const category = chart.scales[horizontal ? 'y' : 'x'];
    if (!value || !category) return;
    ctx.save();
    ctx.fillStyle = '#111827';
    ctx.font = `600 ${fontSize}px ${CHART_FONT}`;
    const zero = value.getPixelForValue(0);
    const where: Array<{ key: string; x: number; y: number }> = [];
    const values: Array<{ key: string; x0: number; x1: number }> = [];
    data.bars.forEach((bar, i) => {
      const end = value.getPixelForValue(data.unit === 'yuan' ? inYuanUnit(bar.value, lang) : bar.value);
      const across = category.getPixelForValue(i);
      const mid = Math.round((zero + end) / 2);
      where.push(horizontal ? { key: bar.key, x: mid, y: Math.round(across) } : { key: bar.key, x: Math.round(across), y: mid });
      const text = barValueText(bar, data, lang);
      if (horizontal) {
        ctx.textBaseline = 'middle';
        const width = ctx.measureText(text).width;
        // A bar that fills the axis would push its number off the canvas: it goes inside the bar's end, on a dark tab.
        if (end + 4 + width > chart.width && end - zero > width + 12) {
          ctx.fillStyle = 'rgba(17, 24, 39, 0.8)';
          ctx.fillRect(end - width - 8, across - fontSize * 0.7, width + 6, fontSize * 1.4);
          ctx.fillStyle = '#ffffff';
          ctx.textAlign = 'right';
          ctx.fillText(text, end - 5, across);
          ctx.fillStyle = '#111827';
          values.push({ key: bar.key, x0: Math.round(end - 5 - width), x1: Math.round(end - 5) });
        } else {
          ctx.textAlign = 'left';
          ctx.fillText(text, end + 4, across);
          values.push({ key: bar.key, x0: Math.round(end + 4), x1: Math.round(end + 4 + width) });
        }
      } else {
        ctx.textAlign = 'center';
        ctx.textBaseline = 'bottom';
        ctx.fillText(text, across, end - 3);
      }
    });
    ctx.restore();
    chart.canvas.dataset.bars = JSON.stringify(where);
    chart.canvas.dataset.values = JSON.stringify(values);
    chart.canvas.dataset.tickRotation = String(Math.round(category.labelRotation));
  },
});

export interface BarChartOptions {
  lang: Lang;
  /** Keys of the bars whose clause is in the filter: drawn outlined. */
  on: ReadonlySet<string>;
  /** A click on a bar (null: the chart only shows, as in a briefing). */
  onPick: ((bar: ChartBar) => void) | null;
  /** Export renders: no animation, no tooltip, fixed size. */
  still?: boolean;
  /** Type size in CSS px: 12 in the drawer, larger on a projector and in exports. */
  fontSize?: number;
}

/** A Chart.js bar chart of the data: horizontal for categories, upright for years. */
export function barChartConfig(data: ChartData, o: BarChartOptions): ChartConfiguration<'bar', number[], string[]> {
  const { lang } = o;
  const fontSize = o.fontSize ?? DEFAULT_FONT;
  const horizontal = data.id !== 'signingsOverTime';
  const colour = COLOUR[data.id];
  const inUnit = (v: number) => (data.unit === 'yuan' ? inYuanUnit(v, lang) : v);
  const border = data.bars.map((b) => (o.on.has(b.key) ? '#111827' : 'transparent'));
  const base = { borderColor: border, borderWidth: 2, borderSkipped: false as const, barPercentage: 0.8, categoryPercentage: 0.9 };
  const datasets =
    data.unit === 'yuan'
      ? PARTS.map((part) => ({
          ...base,
          label: t(`chartPart.${part}`, lang),
          data: data.bars.map((b) => inUnit(b.parts[part])),
          backgroundColor: part === 'reported' ? PART_COLOUR.reported : part === 'plan' ? PART_COLOUR.plan : stripes(PART_COLOUR.reported),
        }))
      : [{ ...base, label: t('chartAxis.projects', lang), data: data.bars.map((b) => b.value), backgroundColor: data.bars.map((b) => (b.marks.includes('countyOnly') ? COUNTY_ONLY : colour)) }];
  const font = { size: fontSize };
  const valueAxis = {
    beginAtZero: true, grace: '18%', stacked: true,
    title: { display: true, text: t(data.unit === 'yuan' ? 'chartAxis.yuan' : 'chartAxis.projects', lang), font },
    ticks: { precision: data.unit === 'projects' ? 0 : undefined, font },
  };
  // Period labels are short (see periodLabel) and stand level: tilted, two-line labels ran into each other.
  const categoryAxis = { stacked: true, grid: { display: false }, ticks: { autoSkip: false, maxRotation: horizontal ? 50 : 0, font } };
  const bar = (item: TooltipItem<'bar'>) => data.bars[item.dataIndex] as ChartBar;
  return {
    type: 'bar',
    data: { labels: data.bars.map((b) => barLabel(b, data, lang)), datasets },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: !o.still,
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: horizontal ? { right: 8 } : { top: 4 } },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: { display: false },
        tooltip: {
          enabled: !o.still,
          titleFont: { size: fontSize + 1 },
          bodyFont: font,
          filter: (item) => data.unit !== 'yuan' || (item.raw as number) > 0,
          callbacks: {
            title: (items) => (items[0] ? bar(items[0]).label[lang] : ''),
            label: (item) => (data.unit === 'yuan' ? `${item.dataset.label}: ${yuanAmount(bar(item).parts[PARTS[item.datasetIndex] ?? 'reported'], lang)}` : tf(bar(item).count === 1 ? 'chartProject' : 'chartProjects', lang, { n: bar(item).count })),
            afterBody: (items) => (items[0] ? barDetails(bar(items[0]), data, lang).slice(data.unit === 'yuan' ? 0 : 1) : []),
          },
        },
      },
      onClick: (_event, elements) => {
        const hit = elements[0];
        const picked = hit ? data.bars[hit.index] : undefined;
        if (picked?.clause && o.onPick) o.onPick(picked);
      },
      onHover: (event, elements) => {
        const target = event.native?.target;
        if (target instanceof HTMLElement) target.style.cursor = o.onPick && elements.some((e) => data.bars[e.index]?.clause) ? 'pointer' : 'default';
      },
    },
    plugins: [valueLabels(data, lang, fontSize)],
  };
}

const DEFAULT_FONT = 12;

/** The canvas height a chart needs at a type size: a row per bar across (two lines for a note), a fixed height upright. */
export function chartHeight(data: ChartData, lang: Lang, fontSize = DEFAULT_FONT): number {
  const em = fontSize / DEFAULT_FONT;
  if (data.id === 'signingsOverTime') return Math.round(200 * em);
  // A bar of one line takes 26 px at 12 px type, each further line of its label 16 more.
  const rows = data.bars.reduce((n, b) => n + 1 + 0.6 * (barLabel(b, data, lang).length - 1), 0);
  return Math.round((56 + Math.max(2, rows) * 26) * em);
}
