import { openFileStore, StorageFullError } from '../storage/fileStore.ts';
import { storageEstimate } from '../storage/storageEstimate.ts';
import { loadBasemaps } from './basemapStore.ts';
import { loadTerrains } from './terrainStore.ts';
import type { ArchiveRef } from './types.ts';

/** The folder archives the user opened from disk are copied into (OPFS, else IndexedDB). */
export const ARCHIVE_FOLDER = 'archives';

/** A size as people read it: MB below a gigabyte, GB above. */
export function sizeText(bytes: number): string {
  const mb = bytes / 2 ** 20;
  return mb < 1024 ? `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB` : `${(mb / 1024).toFixed(1)} GB`;
}

export type KeepResult = { ref: ArchiveRef } | { tooBig: { size: string; free: string } } | { full: true };

/**
 * Copies an archive the user opened into this browser's storage, so it is there after a reload.
 * A file larger than the space left is refused before a byte is written (the user is told the
 * sizes); a copy the quota stops half way leaves nothing behind.
 */
export async function keepArchiveFile(file: File, key: string): Promise<KeepResult> {
  const estimate = await storageEstimate();
  if (estimate && file.size > estimate.quota - estimate.usage) {
    return { tooBig: { size: sizeText(file.size), free: sizeText(Math.max(0, estimate.quota - estimate.usage)) } };
  }
  try {
    await (await openFileStore(ARCHIVE_FOLDER)).put(key, file);
  } catch (e) {
    if (e instanceof StorageFullError) return { full: true };
    throw e;
  }
  return { ref: { stored: { key, fileName: file.name, bytes: file.size } } };
}

/**
 * Deletes stored archives no basemap or terrain refers to any more. Removing one keeps its file
 * until the next page load, so that undo can bring it back.
 */
export async function sweepArchiveFiles(): Promise<void> {
  const [{ basemaps }, { terrains }] = await Promise.all([loadBasemaps(), loadTerrains()]);
  const used = new Set([...basemaps, ...terrains].flatMap((x) => (x.archive && 'stored' in x.archive ? [x.archive.stored.key] : [])));
  const files = await openFileStore(ARCHIVE_FOLDER);
  for (const key of await files.keys()) if (!used.has(key)) await files.delete(key);
}
