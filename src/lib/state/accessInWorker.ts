/**
 * The page's way to the travel-time model: every journey and grid is computed in the query
 * worker, never on the page. Jobs are not cancelled — cancelling ends the query worker (and a
 * spatial query running in it) — so a caller whose answer went stale simply drops it.
 */
import type { AccessAssumptions, DestinationId, Journey, MinutesGrid } from '../access/types.ts';
import { atlasWorkers } from '../worker/atlasWorkers.ts';

/** Plain data for postMessage: the state's assumptions are a Svelte proxy, which cannot be cloned. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Door-to-door times from each point to `to`, in order (null: no station leads there). */
export function accessJourneysInWorker(points: ReadonlyArray<readonly [number, number]>, to: DestinationId, assumptions: AccessAssumptions): Promise<Array<Journey | null>> {
  return atlasWorkers().queries.call('accessJourneys', { points: plain(points) as Array<[number, number]>, to, assumptions: plain(assumptions) }).promise;
}

/** The travel-time grid (`time`) or the minutes the 雄忻高铁 saves (`saved`); its array arrives moved, not copied. */
export function accessGridInWorker(to: DestinationId, assumptions: AccessAssumptions, view: 'time' | 'saved', bbox: readonly [number, number, number, number], cellKm: number): Promise<MinutesGrid> {
  return atlasWorkers().queries.call('accessGrid', { to, assumptions: plain(assumptions), view, bbox: [...bbox] as [number, number, number, number], cellKm }).promise;
}
