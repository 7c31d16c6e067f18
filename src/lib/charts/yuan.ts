import type { Lang } from '../catalogue/types.ts';

/*
 * Amounts are written by one formatter everywhere (popup, table, its total, charts, captions):
 * yuanAmount in src/lib/catalogue, to the precision the sources give. Only the chart's axis, a
 * plain number in one unit, is worked out here.
 */

/** The axis unit of an amount, as yuanAmount writes sums of 亿元 and billions. */
export const YUAN_UNIT = { zh: '亿元', en: '¥ bn' } as const;

/** An amount in the axis unit (亿元 or ¥ bn), as a plain number for the chart's scale. */
export const inYuanUnit = (yuan: number, lang: Lang): number => (lang === 'zh' ? yuan / 1e8 : yuan / 1e9);
