import { addProtocol } from 'maplibre-gl';
import { atlasWorkers } from '../worker/atlasWorkers.ts';

export const USER_TILES = 'atlasuser';

/** The tile URL template of an imported layer; the version makes the map ask again when it grows. */
export const userTileUrl = (id: string, version: number): string => `${USER_TILES}://${id}/${version}/{z}/{x}/{y}`;

let registered = false;

/**
 * Imported layers are drawn from vector tiles the layer worker cuts on demand: MapLibre asks
 * this protocol, which passes the request to the worker and hands back its bytes. The page
 * never holds the layer's features, only the tiles in view, briefly.
 */
export function registerUserTileProtocol(): void {
  if (registered) return;
  registered = true;
  addProtocol(USER_TILES, async (params, abort) => {
    const m = /^atlasuser:\/\/(u_[a-z0-9]+)\/\d+\/(\d+)\/(\d+)\/(\d+)$/.exec(params.url);
    if (!m) throw new Error(`not an imported-layer tile: ${params.url}`);
    const job = atlasWorkers().layers.call('tile', { id: m[1] as string, z: Number(m[2]), x: Number(m[3]), y: Number(m[4]) });
    abort.signal.addEventListener('abort', () => job.cancel());
    return { data: await job.promise };
  });
}
