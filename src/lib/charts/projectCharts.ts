import type { FieldSpec } from '../catalogue/types.ts';
import { matchesFilter } from '../filter/filterExpression.ts';
import type { FilterSpec } from '../filter/filterSpec.ts';
import type { ChartData, ChartId } from './chartData.ts';
import type { Row } from './groupRows.ts';
import { investmentByIndustry } from './investmentByIndustry.ts';
import { projectsByPark } from './projectsByPark.ts';
import { signingsOverTime } from './signingsOverTime.ts';

/**
 * The rows a chart (and the attribute table) shows: every feature of the layer that passes its
 * filter, drawn or not — a project known only by its county has no geometry but is a row.
 */
export function filteredRows(features: readonly Row[], spec: FilterSpec | undefined): Row[] {
  return spec?.length ? features.filter((f) => matchesFilter(f.properties, spec)) : [...features];
}

/** One of the projects layer's charts over the filtered rows, labelled by the catalogue's fields. */
export function projectChart(id: ChartId, rows: readonly Row[], fields: Readonly<Record<string, FieldSpec>>): ChartData {
  const statuses = fields.status?.values ?? {};
  switch (id) {
    case 'investmentByIndustry':
      return investmentByIndustry(rows, fields.industry?.values ?? {}, statuses);
    case 'projectsByPark':
      return projectsByPark(rows, statuses, fields.placement?.values ?? {});
    case 'signingsOverTime':
      return signingsOverTime(rows, statuses);
  }
}
