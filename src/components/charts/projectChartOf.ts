import type { ChartData, ChartId } from '../../lib/charts/chartData.ts';
import { filteredRows, projectChart } from '../../lib/charts/projectCharts.ts';
import type { AtlasState } from '../../lib/state/atlasState.svelte.ts';

/** The projects layer, as the charts read it from the page's state. */
export const PROJECTS = 'projects';

/** A projects chart over the rows the map and table show now (the layer's filter applied). */
export function projectChartOf(atlas: AtlasState, id: ChartId): ChartData {
  const rows = filteredRows(atlas.collections[PROJECTS]?.features ?? [], atlas.filters.get(PROJECTS));
  return projectChart(id, rows, atlas.layer(PROJECTS)?.fields ?? {});
}

/**
 * The chart as an export draws it, for a scene that shows one: read now (so an export shows what
 * the audience saw), drawn when the export asks, at its scale. Chart.js loads only then.
 */
export function sceneChartImage(atlas: AtlasState, id: ChartId): (scale: number) => Promise<HTMLCanvasElement> {
  const data = projectChartOf(atlas, id);
  const lang = atlas.lang;
  return async (scale) => {
    const [{ chartPanelImage }, { t }] = await Promise.all([import('./chartPanelImage.ts'), import('../../lib/i18n/messages.ts')]);
    return chartPanelImage(data, lang, t(`chartTitle.${id}`, lang), scale);
  };
}
