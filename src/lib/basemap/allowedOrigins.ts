import { basemapOrigins } from './basemaps.ts';
import { rememberOrigins } from './pageCsp.ts';
import { terrainOrigins } from './terrain.ts';
import type { UserBasemap, UserTerrain } from './types.ts';

/**
 * The next page load's CSP allows exactly the origins of the basemaps and terrains kept now.
 * One list for both: each restore or change writes the whole of it, so neither kind can drop
 * the other's hosts.
 */
export function syncOrigins(kept: { basemaps: readonly UserBasemap[]; terrains: readonly UserTerrain[] }): void {
  rememberOrigins([...kept.basemaps.flatMap(basemapOrigins), ...kept.terrains.flatMap(terrainOrigins)]);
}
