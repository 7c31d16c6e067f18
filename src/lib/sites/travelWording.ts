/**
 * A site card's rail times in words: "到雄安 约 4 小时 50 分 → 约 2 小时 5 分（2027）", the route of each
 * year for the tooltip, and the official claims that apply (shown as claims, never as the figure).
 */
import type { Lang } from '../catalogue/types.ts';
import { tf } from '../i18n/describe.ts';
import { t } from '../i18n/messages.ts';
import { approxMinutesText, bothYearsAssumptionsText, confidenceWord, routeText } from '../access/wording.ts';
import type { Criterion } from './criteria.ts';
import type { TravelTarget } from './siteTravel.ts';
import type { DestinationId, Journey, OfficialClaim, RailNetwork, ScenarioYear } from '../access/types.ts';

export const placeName = (to: DestinationId, lang: Lang): string => t(`siteAccess.${to}`, lang);

/** "约 4 小时 50 分" (to 5 min) or "无法到达" for a journey that does not exist. */
export const journeyTime = (j: Journey | null | undefined, lang: Lang): string => (j ? approxMinutesText(j.minutes, lang) : t('access.noTime', lang));

/** One year's route in words, with its confidence: "2027：公路 … ；雄忻高铁 …（估算）". */
export function yearRoute(year: ScenarioYear, j: Journey | null | undefined, network: RailNetwork, lang: Lang): string {
  const body = j ? `${routeText(j, network, lang)}${tf('siteAccess.year', lang, { year: confidenceWord(j.confidence, lang) })}` : t('access.noTime', lang);
  return `${year}${lang === 'zh' ? '：' : ': '}${body}`;
}

/**
 * The official claims about this trip: same destination and year, starting at the station the
 * journey boards at (a claim for 忻州 says nothing about a site that boards at 原平西).
 */
export function claimsFor(network: RailNetwork, j: Journey | null | undefined, to: DestinationId, year: ScenarioYear): OfficialClaim[] {
  if (!j) return [];
  const boards = j.route[0]?.from ?? j.access.station;
  return (network.claims ?? []).filter((c) => c.to === to && c.year === year && (c.from === boards || c.from === j.access.station));
}

/** The assumptions under the card's times: both years, as the card shows both. */
export const cardAssumptions = bothYearsAssumptionsText;

/** A criterion's name; the rail time's names its target: "到雄安铁路时间（2027）". */
export function criterionLabel(c: Criterion, target: TravelTarget, lang: Lang): string {
  return c.id === 'access' ? tf('siteAccess.criterionLabel', lang, { place: placeName(target.to, lang), year: target.year }) : c.label[lang];
}
