import type { Lang } from '../../lib/catalogue/types.ts';
import type { ChartData } from '../../lib/charts/chartData.ts';
import type { FigureBasis } from '../../lib/charts/figureBasis.ts';
import { yuanAmount } from '../../lib/catalogue/yuanAmount.ts';
import { tf } from '../../lib/i18n/describe.ts';
import { t } from '../../lib/i18n/messages.ts';

/** Chart type size on a projector and in exports (CSS px; the drawer uses Chart.js's 12). */
export const SCENE_FONT = 15;

/** A money chart's total as written: "at least" when a range's lower bound is in it. */
export function chartAmount(data: ChartData, lang: Lang): string {
  const amount = yuanAmount(data.total, lang);
  return data.bars.some((b) => b.parts.lowerBound > 0) ? tf('chartAtLeast', lang, { amount }) : amount;
}

/**
 * The line under a chart: its total, and for money how many projects published no figure —
 * nothing for no rows (the chart says none match), no "0 yuan" when none published a figure.
 */
export function chartTotal(data: ChartData, lang: Lang): string {
  if (data.rows === 0) return '';
  if (data.unit === 'projects') return tf('chartTotalCount', lang, { n: data.total });
  if (data.unpublished === data.rows) return tf('chartTotalYuanNone', lang, { n: data.rows });
  const words = { amount: chartAmount(data, lang), n: data.rows, m: data.unpublished };
  return tf(data.unpublished > 0 ? 'chartTotalYuan' : 'chartTotalYuanAll', lang, words);
}

/** Notes under a chart for what its labels mark: '*' inferred dates, '?' dates known only to the year, '†' figures not yet spent. */
export function chartNotes(data: ChartData, lang: Lang): string[] {
  const notes: string[] = [];
  if (data.bars.some((b) => b.marks.includes('inferredDate'))) notes.push(t('chartInferredNote', lang));
  if (data.id === 'signingsOverTime' && data.bars.some((b) => /^\d{4}$/.test(b.key)) && data.bars.some((b) => /-H[12]$/.test(b.key))) notes.push(t('chartYearOnlyNote', lang));
  if (data.bars.some((b) => b.marks.includes('notUnderWay'))) notes.push(t('chartNotUnderWayNote', lang));
  return notes;
}

/** The kinds of figure a money chart holds (reported, planned, lower bounds), for its key. */
export function partsShown(data: ChartData): FigureBasis[] {
  if (data.unit !== 'yuan') return [];
  return (['reported', 'plan', 'lowerBound'] as const).filter((p) => data.bars.some((b) => b.parts[p] > 0));
}
