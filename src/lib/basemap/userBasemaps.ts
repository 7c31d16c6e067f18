import type { AtlasState } from '../state/atlasState.svelte.ts';
import { t } from '../i18n/messages.ts';
import { uniqueName, wordsOnceRead } from './archiveRecords.ts';
import { basemapOrigins } from './basemaps.ts';
import { deleteBasemap, loadBasemaps, saveBasemap, saveChoice } from './basemapStore.ts';
import { syncOrigins } from './allowedOrigins.ts';
import { pageAllows } from './pageCsp.ts';
import type { ArchiveFacts, UserBasemap } from './types.ts';

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
export async function addBasemap(atlas: Atlas, added: UserBasemap): Promise<boolean> {
  const b = { ...added, name: uniqueName(added.name, atlas.basemaps.map((x) => x.name)) };
  atlas.basemaps = [...atlas.basemaps, b];
  syncOrigins(atlas);
  try {
    await saveBasemap(b);
    await saveChoice(b.id);
  } catch {
    warnNotSaved(atlas)();
  }
  const reload = !pageAllows(basemapOrigins(b));
  // Not drawn on this page if its policy blocks the host: the blocked tiles would fail, and that
  // failure would undo the saved choice before the reload that allows them.
  if (!reload) atlas.basemapId = b.id;
  return reload;
}

/**
 * What an archive's header said, once a page could read it (an archive on a new host is saved
 * before the reload that lets the page reach it). A credit that was only the file's name becomes
 * the archive's own.
 */
export function completeBasemap(atlas: Atlas, b: UserBasemap, facts: ArchiveFacts): void {
  if (b.facts || !b.archive) return;
  const others = atlas.basemaps.filter((x) => x.id !== b.id).map((x) => x.name);
  const done: UserBasemap = {
    ...b, ...wordsOnceRead({ ...b, archive: b.archive }, facts, others),
    facts, tileSize: facts.tileSize ?? b.tileSize, minzoom: facts.minzoom, maxzoom: facts.maxzoom,
  };
  atlas.basemaps = atlas.basemaps.map((x) => (x.id === b.id ? done : x));
  saveBasemap(done).catch(warnNotSaved(atlas));
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
