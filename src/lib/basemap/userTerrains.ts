import type { AtlasState } from '../state/atlasState.svelte.ts';
import { t } from '../i18n/messages.ts';
import { syncOrigins } from './allowedOrigins.ts';
import { uniqueName, wordsOnceRead } from './archiveRecords.ts';
import { pageAllows } from './pageCsp.ts';
import { terrainOrigins } from './terrain.ts';
import { deleteTerrain, loadTerrains, saveTerrain, saveTerrainChoice } from './terrainStore.ts';
import type { ArchiveFacts, UserTerrain } from './types.ts';

type Atlas = Pick<AtlasState, 'basemaps' | 'terrains' | 'terrainId' | 'terrain3d' | 'lang' | 'notify'>;

const warnNotSaved = (atlas: Atlas) => () => atlas.notify(t('terrainNotSaved', atlas.lang));

const saveChoice = (atlas: Atlas): void => {
  saveTerrainChoice(atlas.terrainId ? { id: atlas.terrainId, threeD: atlas.terrain3d } : null).catch(warnNotSaved(atlas));
};

export async function restoreTerrains(atlas: Atlas): Promise<void> {
  const { terrains, active } = await loadTerrains();
  atlas.terrains = terrains;
  atlas.terrainId = active?.id ?? null;
  atlas.terrain3d = active?.threeD ?? false;
  syncOrigins(atlas);
}

/** Shades the map with a terrain, or with none (null also turns 3D relief off). */
export function selectTerrain(atlas: Atlas, id: string | null): void {
  atlas.terrainId = id;
  if (!id) atlas.terrain3d = false;
  saveChoice(atlas);
}

export function setTerrain3d(atlas: Atlas, on: boolean): void {
  atlas.terrain3d = on && !!atlas.terrainId;
  saveChoice(atlas);
}

/**
 * Keeps and selects a new terrain (hillshade only; 3D is the user's next step). True when this
 * page's CSP does not reach its host yet: the caller reloads, and the new page allows it.
 */
export async function addTerrain(atlas: Atlas, added: UserTerrain): Promise<boolean> {
  const terrain = { ...added, name: uniqueName(added.name, atlas.terrains.map((x) => x.name)) };
  atlas.terrains = [...atlas.terrains, terrain];
  const reload = !pageAllows(terrainOrigins(terrain));
  // Not drawn on this page if its policy blocks the host: that failure would undo the saved choice.
  if (!reload) {
    atlas.terrainId = terrain.id;
    atlas.terrain3d = false;
  }
  syncOrigins(atlas);
  try {
    await saveTerrain(terrain);
    await saveTerrainChoice({ id: terrain.id, threeD: false });
  } catch {
    warnNotSaved(atlas)();
  }
  return reload;
}

/** Removes a terrain (the map is flat and unshaded again if it was drawn); returns it for undo. */
export function removeTerrain(atlas: Atlas, id: string): UserTerrain | null {
  const terrain = atlas.terrains.find((x) => x.id === id) ?? null;
  if (!terrain) return null;
  if (atlas.terrainId === id) selectTerrain(atlas, null);
  atlas.terrains = atlas.terrains.filter((x) => x.id !== id);
  syncOrigins(atlas);
  deleteTerrain(id).catch(warnNotSaved(atlas));
  return terrain;
}

/** Undo: the terrain back in its place in the list (not drawn: the choice stays as it is). */
export function undoRemoveTerrain(atlas: Atlas, terrain: UserTerrain): void {
  atlas.terrains = [...atlas.terrains, terrain].sort((x, y) => x.id.localeCompare(y.id));
  syncOrigins(atlas);
  saveTerrain(terrain).catch(warnNotSaved(atlas));
}

/**
 * What a height archive on a new host said once a page could read it: its zoom range, tile size
 * and encoding (where its tiles bear one out), its own name and credit in place of the file's.
 */
export function completeTerrain(atlas: Atlas, terrain: UserTerrain, facts: ArchiveFacts): void {
  if (terrain.facts || !terrain.archive) return;
  const others = atlas.terrains.filter((x) => x.id !== terrain.id).map((x) => x.name);
  const done: UserTerrain = {
    ...terrain, ...wordsOnceRead({ ...terrain, archive: terrain.archive }, facts, others),
    facts, maxzoom: facts.maxzoom, tileSize: facts.tileSize ?? terrain.tileSize, encoding: facts.encoding ?? terrain.encoding,
  };
  atlas.terrains = atlas.terrains.map((x) => (x.id === terrain.id ? done : x));
  saveTerrain(done).catch(warnNotSaved(atlas));
}
