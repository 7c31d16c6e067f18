import type { Localized } from '../catalogue/types.ts';
import type { FilterClause } from '../filter/filterSpec.ts';
import type { FigureBasis } from './figureBasis.ts';

/** The charts a layer's table drawer and a briefing scene can show, by the id a scene names. */
export const CHART_IDS = ['investmentByIndustry', 'projectsByPark', 'signingsOverTime'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export const isChartId = (x: unknown): x is ChartId => typeof x === 'string' && (CHART_IDS as readonly string[]).includes(x);

/**
 * Why a bar's number needs a second look, worded by the page: a figure that is a plan or a range's
 * lower bound, a figure of a project not yet under way (signed, planned, in talks: money promised,
 * not spent), projects whose industry or date was inferred, projects known only by county/city.
 */
export type BarMark = 'plan' | 'lowerBound' | 'notUnderWay' | 'inferredIndustry' | 'inferredDate' | 'countyOnly';

export interface ChartBar {
  /** The category (industry code, park name, year); unique within a chart. */
  key: string;
  label: Localized;
  /** Yuan for the investment chart, projects for the others. */
  value: number;
  /** The value split by what its figures are (reported, planned, a range's lower bound); sums to `value`. */
  parts: Record<FigureBasis, number>;
  /** Projects in the bar. */
  count: number;
  /** Projects in the bar whose investment was not published: never counted as 0 silently. */
  unpublished: number;
  marks: BarMark[];
  /** Projects in the bar by status, labelled by the catalogue. */
  statuses: Array<{ code: string; label: Localized; count: number }>;
  /** The filter clause a click sets; null when the bar cannot be filtered to (no date, no park). */
  clause: FilterClause | null;
}

export interface ChartData {
  id: ChartId;
  unit: 'yuan' | 'projects';
  bars: ChartBar[];
  /** The sum of the bars' values. */
  total: number;
  /** The rows the chart was made from (the filtered layer). */
  rows: number;
  /** Rows without a published investment (investment chart; 0 elsewhere). */
  unpublished: number;
}
