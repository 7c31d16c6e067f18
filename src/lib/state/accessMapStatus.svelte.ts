/**
 * The travel-time map as drawn, shared by its map glue (AccessMapOnMap), the panel and the
 * legend: which map (the user's, or a running briefing scene's), whether its grid is being
 * computed, and the grid that came back for it.
 */
import type { MinutesGrid, RailNetwork } from '../access/types.ts';
import type { Briefing } from '../briefing/schema.ts';
import type { PlayerState } from '../briefing/player.ts';
import type { AccessMapSpec } from '../map/accessMapLegend.ts';
import type { AtlasState } from './atlasState.svelte.ts';

export class AccessMapStatus {
  loading = $state(false);
  /** Why the last grid failed, worded by the caller's describeError (it follows the language). */
  error = $state.raw<unknown>(null);
  /** The grid for `spec` (stale ones are dropped before they get here). */
  grid = $state.raw<{ spec: AccessMapSpec; grid: MinutesGrid } | null>(null);
  /**
   * The rail network the words about the map need (line names, the dwell, where estimates are),
   * fetched with the first map, not at start: the app shows without it. Null until then.
   */
  network = $state.raw<RailNetwork | null>(null);
}

export const accessMapStatus = new AccessMapStatus();

/**
 * The map to draw: a running briefing scene's, if it names one (with its own year, never
 * touching the user's assumptions otherwise), else the user's choice; null: none.
 */
export function drawnAccessMap(atlas: Pick<AtlasState, 'accessMap' | 'access'>, briefing: Briefing | null, player: PlayerState | null): AccessMapSpec | null {
  const scene = briefing && player ? briefing.scenes[player.index] : undefined;
  if (scene) {
    const a = scene.access;
    if (!a) return null;
    return { to: a.to, view: a.view, assumptions: { ...atlas.access, scenario: a.year ? { year: a.year } : atlas.access.scenario } };
  }
  return atlas.accessMap ? { ...atlas.accessMap, assumptions: atlas.access } : null;
}
