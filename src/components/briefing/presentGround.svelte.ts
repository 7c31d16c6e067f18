import type { Map as MapLibreMap } from 'maplibre-gl';
import { onMount, untrack } from 'svelte';
import { loadBasemaps } from '../../lib/basemap/basemapStore.ts';
import { loadTerrains } from '../../lib/basemap/terrainStore.ts';
import type { UserBasemap, UserTerrain } from '../../lib/basemap/types.ts';
import type { PlayerState } from '../../lib/briefing/player.ts';
import { sameGround, sceneGround, unionById } from '../../lib/briefing/sceneGround.ts';
import type { Briefing, Scene } from '../../lib/briefing/schema.ts';
import { tf } from '../../lib/i18n/describe.ts';
import type { AtlasState } from '../../lib/state/atlasState.svelte.ts';

/** How long a notice about a scene's missing basemap or terrain stays: the show goes on under it. */
const GROUND_NOTICE_MS = 20_000;

export interface KnownGround {
  basemaps: UserBasemap[];
  terrains: UserTerrain[];
}

/**
 * Puts each running scene's ground (basemap, terrain, 3D) over the presenter's own choice, and
 * takes it off on Esc and at the end of the show; what a scene names and this browser lacks is
 * told once per visit (snapping back after Esc is the same visit). Call while a component starts;
 * the lists it returns are what this browser has, for drawing scenes' stills and exports.
 */
export function presentGround(atlas: AtlasState, now: () => { briefing: Briefing | null; player: PlayerState | null; scene: Scene | undefined }): { readonly known: KnownGround } {
  // What this browser keeps, read here once: a show started from a link may begin before the
  // panels' lists are restored, and a basemap not listed yet is not missing.
  let stored = $state.raw<KnownGround | null>(null);
  onMount(() => {
    void Promise.all([loadBasemaps().catch(() => ({ basemaps: [] })), loadTerrains().catch(() => ({ terrains: [] }))]).then(([b, tr]) => (stored = { basemaps: b.basemaps, terrains: tr.terrains }));
    return () => (atlas.sceneGround = null);
  });
  const known = $derived<KnownGround>({ basemaps: unionById(atlas.basemaps, stored?.basemaps ?? []), terrains: unionById(atlas.terrains, stored?.terrains ?? []) });

  let toldVisit = '';
  $effect(() => {
    const { briefing, player, scene } = now();
    const running = !!scene && !!player && !player.exploring;
    const { override, missing } = running && scene ? sceneGround(scene, known.basemaps, known.terrains) : { override: null, missing: [] };
    if (!sameGround(untrack(() => atlas.sceneGround), override)) atlas.sceneGround = override;
    const visit = running && briefing && player ? `${briefing.id}:${player.index}` : '';
    if (!stored || !scene || !visit || visit === toldVisit) return;
    toldVisit = visit;
    const lang = untrack(() => atlas.lang);
    for (const m of missing) atlas.notify(tf(m.kind === 'basemap' ? 'sceneBasemapMissing' : 'sceneTerrainMissing', lang, { scene: scene.title[lang], name: m.name }), GROUND_NOTICE_MS);
  });

  return {
    get known() {
      return known;
    },
  };
}

/**
 * Resolves once 3D relief the map is about to show is on, or at once when none is coming. The
 * relief arrives after its source and eases the pitch as it comes, which would stop a flight
 * already under way: a scene's flight waits for it.
 */
export function reliefSettled(map: MapLibreMap, coming: boolean): Promise<void> {
  if (!coming || map.getTerrain()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      map.off('terrain', done);
      // The relief's own tilt is asked for right after it is set: let that call come first.
      queueMicrotask(resolve);
    };
    // Relief that never comes (its tiles fail) must not hold the scene back for long.
    const timer = setTimeout(done, 3000);
    map.on('terrain', done);
  });
}
