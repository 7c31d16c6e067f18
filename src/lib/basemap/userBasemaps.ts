import type { AtlasState } from '../state/atlasState.svelte.ts';
import { t } from '../i18n/messages.ts';
import { basemapOrigins } from './basemaps.ts';
import { deleteBasemap, loadBasemaps, saveBasemap, saveChoice } from './basemapStore.ts';
import { syncOrigins } from './allowedOrigins.ts';
import { pageAllows } from './pageCsp.ts';
import type { UserBasemap } from './types.ts';

type Atlas = Pick<AtlasState, 'basemaps' | 'basemapId' | 'terrains' | 'lang' | 'notify'>;

const warnNotSaved = (atlas: Atlas) => () => atlas.notify(t('basemapNotSaved', atlas.lang));

export async function restoreBasemaps(atlas: Atlas): Promise<void> {
  const { basemaps, active } = await loadBasemaps();
  atlas.basemaps = basemaps;
  atlas.basemapId = active;
  // Heals a cleared localStorage: the next load allows these basemaps again.
  syncOrigins(atlas);
}

export function selectBasemap(atlas: Atlas, id: string | null): void {
  atlas.basemapId = id;
  saveChoice(id).catch(warnNotSaved(atlas));
}

/**
 * Keeps and selects a new basemap. True when this page's CSP does not reach its host yet: the
 * caller reloads, and the new page allows it (the choice is saved first).
 */
export async function addBasemap(atlas: Atlas, b: UserBasemap): Promise<boolean> {
  atlas.basemaps = [...atlas.basemaps, b];
  syncOrigins(atlas);
  try {
    await saveBasemap(b);
    await saveChoice(b.id);
  } catch {
    warnNotSaved(atlas)();
  }
  atlas.basemapId = b.id;
  return !pageAllows(basemapOrigins(b));
}

/** Removes a basemap (the default comes back if it was drawn); returns it for undo. */
export function removeBasemap(atlas: Atlas, id: string): UserBasemap | null {
  const b = atlas.basemaps.find((x) => x.id === id) ?? null;
  if (!b) return null;
  if (atlas.basemapId === id) selectBasemap(atlas, null);
  atlas.basemaps = atlas.basemaps.filter((x) => x.id !== id);
  syncOrigins(atlas);
  deleteBasemap(id).catch(warnNotSaved(atlas));
  return b;
}

/** Undo: the basemap back in its place in the list (its page policy still allows it). */
export function undoRemove(atlas: Atlas, b: UserBasemap): void {
  atlas.basemaps = [...atlas.basemaps, b].sort((x, y) => x.id.localeCompare(y.id));
  syncOrigins(atlas);
  saveBasemap(b).catch(warnNotSaved(atlas));
}
