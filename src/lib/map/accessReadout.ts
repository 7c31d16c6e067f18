/**
 * A travel-time map's figure at one place, in words: the legend's readout under the pointer
 * ("指针处：约 1 小时 35 分（2027）· 估算") and a feature popup's line ("此处到雄安（2027）：…").
 * Rounded to 5 minutes: the grid is 1 km cells of a model, not a timetable to the minute.
 */
import type { MinutesGrid } from '../access/types.ts';
import { approxMinutesText } from '../access/wording.ts';
import type { Lang } from '../catalogue/types.ts';
import { bracketed, colon, tf } from '../i18n/describe.ts';
import { t } from '../i18n/messages.ts';
import { gridValueAt } from './accessMapBands.ts';
import { destinationName, type AccessMapSpec } from './accessMapLegend.ts';

/** Where the figure is read: under the pointer, or at the map's centre after a pan by keys. */
export type ReadoutPlace = 'pointer' | 'centre';

/**
 * The figure of the cell at (lon, lat): null outside the grid's box (nothing was computed
 * there), NaN inside it where no station leads there. gridValueAt says NaN for both.
 */
export function gridFigureAt(grid: MinutesGrid, lon: number, lat: number): number | null {
  const [w, s, e, n] = grid.bbox;
  if (!(lon >= w && lon < e && lat > s && lat <= n)) return null;
  return gridValueAt(grid, lon, lat);
}

/** The scenario a time view's figure comes from, as short as the legend's title says it. */
function scenarioShort(spec: AccessMapSpec, lang: Lang): string {
  if (spec.view === 'saved') return '2022 → 2027';
  const s = spec.assumptions.scenario;
  return 'year' in s ? s.year : t('accessReadout.chosenLines', lang);
}

/** The figure alone: "约 1 小时 35 分", "节省约 45 分", "无变化", "附近无车站可达". */
function figureText(minutes: number, spec: AccessMapSpec, lang: Lang): string {
  if (!Number.isFinite(minutes)) return t('accessReadout.noRoute', lang);
  if (spec.view === 'time') return approxMinutesText(minutes, lang);
  // As the legend's first band reads it: under half a minute is no change.
  if (minutes < 0.5) return t('accessReadout.noChange', lang);
  return tf('accessReadout.saves', lang, { time: approxMinutesText(minutes, lang) });
}

/**
 * " · 估算" after a figure, where the legend's note says the map's times are model estimates. A
 * full-width bracket carries its own space, so none goes before the dot after one; the dot is
 * bound to its word (no-break space) so a narrow legend never leaves it alone at a line's end.
 */
function marked(text: string, minutes: number, estimate: boolean, lang: Lang): string {
  if (!estimate || !Number.isFinite(minutes)) return text;
  return `${text}${text.endsWith('）') ? '' : ' '}·\u00a0${t('access.estimate', lang)}`;
}

/**
 * The legend's readout line. `figure` is gridFigureAt's: null outside the grid. The time view
 * names its scenario after the figure; the saved view's years are in the legend's title.
 */
export function readoutLine(figure: number | null, spec: AccessMapSpec, estimate: boolean, place: ReadoutPlace, lang: Lang): string {
  const label = t(place === 'pointer' ? 'accessReadout.atPointer' : 'accessReadout.atCentre', lang);
  if (figure === null) return `${label}${colon(lang)}${t('accessReadout.outside', lang)}`;
  const scenario = spec.view === 'time' && Number.isFinite(figure) ? bracketed(scenarioShort(spec, lang), lang) : '';
  return marked(`${label}${colon(lang)}${figureText(figure, spec, lang)}${scenario}`, figure, estimate, lang);
}

/** A feature popup's line, or null outside the grid (a popup then says nothing of the map). */
export function popupAccessLine(figure: number | null, spec: AccessMapSpec, estimate: boolean, lang: Lang): string | null {
  if (figure === null) return null;
  const label = tf('accessReadout.fromHere', lang, { to: destinationName(spec.to, lang), scenario: scenarioShort(spec, lang) });
  return marked(`${label}${colon(lang)}${figureText(figure, spec, lang)}`, figure, estimate, lang);
}
