/**
 * What a travel-time map says about itself: its title with the destination and the scenario
 * year(s), the bands in minutes, the estimate note where the network it used holds an
 * estimate, and the stated assumptions. The on-screen legend and a briefing's export both read it.
 */
import { scenarioEdges } from '../access/scenario.ts';
import type { AccessAssumptions, DestinationId, RailNetwork, Scenario } from '../access/types.ts';
import { assumptionsText, bothYearsAssumptionsText } from '../access/wording.ts';
import type { Lang } from '../catalogue/types.ts';
import { tf } from '../i18n/describe.ts';
import { t } from '../i18n/messages.ts';
import type { ThemeName } from '../url/hashState.ts';
import { bandColours, bandLabels, type AccessView } from './accessMapBands.ts';

/** The map drawn: destination, view, and the assumptions it was computed with. */
export interface AccessMapSpec {
  to: DestinationId;
  view: AccessView;
  assumptions: AccessAssumptions;
}

export interface AccessLegend {
  title: string;
  rows: Array<{ label: string; color: string }>;
  /** "Model estimates, not timetables", where an estimate is in the network the map used. */
  note: string | null;
  noRoute: string;
  assumptions: string | null;
  /** Why nothing is drawn (a custom scenario with no line ticked), in place of the bands; else null. */
  empty: string | null;
}

export const destinationName = (to: DestinationId, lang: Lang): string => t(`accessDest.${to}`, lang);

/** The scenarios a map's figures come from: its own, or both years for the minutes saved. */
const scenariosOf = (m: AccessMapSpec): Scenario[] => (m.view === 'saved' ? [{ year: '2022' }, { year: '2027' }] : [m.assumptions.scenario]);

/** Whether any section of those scenarios' lines carries an estimate (then a figure may rest on one). */
export function mapHoldsEstimate(m: AccessMapSpec, network: RailNetwork): boolean {
  return scenariosOf(m).some((s) => scenarioEdges(network, s).some((e) => e.confidence === 'estimate'));
}

/**
 * A travel-time map of a custom scenario with no line ticked: every figure would be a drive by
 * road all the way, which is no rail map at all, so nothing is drawn.
 */
export const choosesNoLine = (m: AccessMapSpec): boolean => m.view === 'time' && 'custom' in m.assumptions.scenario && m.assumptions.scenario.custom.length === 0;

export function accessMapTitle(m: AccessMapSpec, lang: Lang): string {
  const to = destinationName(m.to, lang);
  if (m.view === 'saved') return tf('accessMap.titleSaved', lang, { to });
  const s = m.assumptions.scenario;
  return 'year' in s ? tf('accessMap.titleYear', lang, { to, year: s.year }) : tf('accessMap.titleCustom', lang, { to });
}

/** Until the network has arrived the note and the assumptions wait (null), so they are never guessed. */
export function accessLegend(m: AccessMapSpec, network: RailNetwork | null, theme: ThemeName, lang: Lang): AccessLegend {
  const colours = bandColours(m.view, theme);
  const assumptions = network ? (m.view === 'saved' ? bothYearsAssumptionsText(m.assumptions, network, lang) : assumptionsText(m.assumptions, network, lang)) : null;
  const empty = choosesNoLine(m) ? t('accessMap.noLines', lang) : null;
  return {
    title: accessMapTitle(m, lang),
    rows: empty ? [] : bandLabels(m.view, lang).map((label, i) => ({ label, color: colours[i] as string })),
    empty,
    note: network && mapHoldsEstimate(m, network) ? t('accessMap.estimateNote', lang) : null,
    noRoute: t('accessMap.noRoute', lang),
    assumptions,
  };
}
