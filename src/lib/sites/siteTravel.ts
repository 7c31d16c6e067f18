/**
 * Rail times for the site cards, the travel-time criterion and the comparison's CSV: every
 * candidate to every destination, today (2022) and with the 雄忻高铁 (2027), under the one set of
 * assumptions the app uses (`atlas.access`; its scenario is replaced by the two years shown).
 */
import type { AccessAssumptions, DestinationId, Journey, ScenarioYear } from '../access/types.ts';

export const CARD_DESTINATIONS: readonly DestinationId[] = ['xiongan', 'beijing', 'shijiazhuang', 'taiyuan'];
export const CARD_YEARS: readonly ScenarioYear[] = ['2022', '2027'];

/** One destination in one scenario year: the travel-time criterion's target. */
export interface TravelTarget {
  to: DestinationId;
  year: ScenarioYear;
}
export const DEFAULT_TARGET: TravelTarget = { to: 'xiongan', year: '2027' };

export type TravelKey = `${DestinationId}-${ScenarioYear}`;
export const travelKey = (to: DestinationId, year: ScenarioYear): TravelKey => `${to}-${year}`;

/** Per site id: its journey to each destination in each year (null: no station leads there). */
export type SiteTravel = Map<string, Partial<Record<TravelKey, Journey | null>>>;

export type JourneysCall = (points: Array<[number, number]>, to: DestinationId, a: AccessAssumptions) => Promise<Array<Journey | null>>;

/** All candidates' journeys, one worker call per destination and year. */
export async function siteTravel(sites: ReadonlyArray<{ id: string; point: [number, number] | null }>, a: AccessAssumptions, call: JourneysCall): Promise<SiteTravel> {
  const placed = sites.filter((s): s is { id: string; point: [number, number] } => s.point !== null);
  const out: SiteTravel = new Map(sites.map((s) => [s.id, {}]));
  if (!placed.length) return out;
  const jobs = CARD_DESTINATIONS.flatMap((to) => CARD_YEARS.map((year) => ({ to, year })));
  const answers = await Promise.all(jobs.map(({ to, year }) => call(placed.map((s) => s.point), to, { ...a, scenario: { year } })));
  jobs.forEach(({ to, year }, j) => {
    placed.forEach((s, i) => {
      const row = out.get(s.id);
      if (row) row[travelKey(to, year)] = answers[j]?.[i] ?? null;
    });
  });
  return out;
}

/** The criterion's value for a site: its minutes to the target, null while unknown or unreachable. */
export function travelMinutes(travel: SiteTravel | null, id: string, target: TravelTarget): number | null {
  const j = travel?.get(id)?.[travelKey(target.to, target.year)];
  return j ? j.minutes : null;
}
