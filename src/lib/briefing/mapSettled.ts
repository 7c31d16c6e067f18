import { BASEMAP_PREFIX } from '../basemap/styleWithBasemap.ts';
import { TERRAIN_PREFIX } from '../basemap/terrain.ts';

/** How long an export waits for its off-screen map (tests shorten them). */
export interface RenderWaits {
  /**
   * For everything to draw. Past it, tiles of the user's basemap or terrain that are still on
   * their way are given up: a host that takes connections and never answers must not hold the
   * export hostage (the default basemap and the data are this app's own, and always come).
   */
  groundMs: number;
  /** For the data layers to draw: past it, the export fails rather than leave data out. */
  dataMs: number;
  /** How often, past `groundMs`, to look again at what is still loading. */
  pollMs: number;
}

export const RENDER_WAITS: RenderWaits = { groundMs: 20_000, dataMs: 60_000, pollMs: 250 };

/** The little of MapLibre's map that waiting needs (so it can be tested without WebGL). */
export interface SettlingMap {
  once(type: 'idle' | 'render', listener: () => void): unknown;
  isSourceLoaded(id: string): boolean | undefined;
  triggerRepaint(): void;
}

/** A source of the user's basemap or terrain, as opposed to the app's own data and overlays. */
export const isGroundSource = (id: string): boolean => id.startsWith(BASEMAP_PREFIX) || id.startsWith(TERRAIN_PREFIX);

/**
 * Resolves when the map has drawn everything (with no ids), or — past `groundMs` — when all
 * that is still loading is the user's ground and what did arrive has been drawn (with the ids
 * given up). Rejects when the data layers are not drawn within `dataMs`.
 */
export function mapSettled(map: SettlingMap, sourceIds: readonly string[], waits: RenderWaits = RENDER_WAITS, isGround: (id: string) => boolean = isGroundSource): Promise<string[]> {
  return new Promise<string[]>((resolve, reject) => {
    let done = false;
    let poll: ReturnType<typeof setInterval> | undefined;
    const finish = (result: string[] | Error): void => {
      if (done) return;
      done = true;
      clearTimeout(groundTimer);
      clearTimeout(dataTimer);
      clearInterval(poll);
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    // Tiles that arrived since the last frame are drawn before the canvas is read; two frames let
    // label placement, which may span frames, finish too.
    const drawn = (n: number, then: () => void): void => {
      if (n === 0) return then();
      map.once('render', () => drawn(n - 1, then));
      map.triggerRepaint();
    };
    const look = (): void => {
      // A source MapLibre does not know yet (undefined) counts as loading.
      const pending = sourceIds.filter((id) => map.isSourceLoaded(id) !== true);
      if (!pending.length || !pending.every(isGround)) return;
      clearInterval(poll);
      drawn(2, () => finish(pending));
    };
    map.once('idle', () => finish([]));
    const groundTimer = setTimeout(() => {
      poll = setInterval(look, waits.pollMs);
      look();
    }, waits.groundMs);
    const dataTimer = setTimeout(() => finish(new Error(`the map did not finish drawing in ${Math.round(waits.dataMs / 1000)} s`)), waits.dataMs);
  });
}
