import type { Lang } from '../../lib/catalogue/types.ts';
import type { ChartData } from '../../lib/charts/chartData.ts';
import type { FigureBasis } from '../../lib/charts/figureBasis.ts';
import { formatYuan } from '../../lib/charts/yuan.ts';
import { tf } from '../../lib/i18n/describe.ts';
import { t } from '../../lib/i18n/messages.ts';

/** Chart type size on a projector and in exports (CSS px; the drawer uses Chart.js's 12). */
export const SCENE_FONT = 15;

/** The line under a chart: its total, and for money how many projects published no figure. */
export function chartTotal(data: ChartData, lang: Lang): string {
  if (data.unit === 'yuan') return tf('chartTotalYuan', lang, { amount: formatYuan(data.total, lang), n: data.rows, m: data.unpublished });
  return tf('chartTotalCount', lang, { n: data.total });
}

/** Notes under a chart for what its labels mark: '*' for bars holding inferred dates. */
export function chartNotes(data: ChartData, lang: Lang): string[] {
  return data.bars.some((b) => b.marks.includes('inferredDate')) ? [t('chartInferredNote', lang)] : [];
}

/** The kinds of figure a money chart holds (reported, planned, lower bounds), for its key. */
export function partsShown(data: ChartData): FigureBasis[] {
  if (data.unit !== 'yuan') return [];
  return (['reported', 'plan', 'lowerBound'] as const).filter((p) => data.bars.some((b) => b.parts[p] > 0));
}
