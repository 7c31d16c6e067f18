import type { Lang } from '../catalogue/types.ts';
import type { ThemeName } from '../url/hashState.ts';
import { basemapParts, type BasemapParts } from './styleWithBasemap.ts';
import type { ArchiveFacts, UserBasemap, UserTerrain } from './types.ts';

/**
 * A basemap's sources and layers. Tile templates are known at once; a PMTiles archive is opened
 * first (its header says vector or images), with the archive code loaded only now. Rejects with
 * an ArchiveError when the archive cannot be read. An archive's facts come along, for the record.
 */
export async function basemapPartsFor(b: UserBasemap, theme: ThemeName, lang: Lang): Promise<{ parts: BasemapParts; facts?: ArchiveFacts }> {
  const archive = b.archive;
  if (b.kind !== 'pmtiles' || !archive) return { parts: basemapParts(b) };
  const reader = await import('./archive/index.ts');
  const facts = await reader.openArchive(archive, 'basemap');
  return { parts: reader.archiveBasemapParts({ ...b, archive }, facts, theme, lang), facts };
}

/**
 * Makes a terrain's archive readable through the `pmtiles://` protocol before a map asks for its
 * tiles (a terrain from a template needs nothing), saying what the archive holds. Rejects with an ArchiveError.
 */
export async function prepareTerrain(t: UserTerrain): Promise<ArchiveFacts | null> {
  if (!t.archive) return null;
  const reader = await import('./archive/index.ts');
  return reader.openArchive(t.archive, 'terrain');
}
