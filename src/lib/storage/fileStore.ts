import { keyValueStore } from './keyValueStore.ts';
import type { FileBackend, FileStore } from './fileStoreTypes.ts';
import { openOpfsFiles } from './opfsFileStore.ts';

export { StorageFullError } from './storageErrors.ts';

export type { FileBackend, FileStore } from './fileStoreTypes.ts';

/** Views of a SharedArrayBuffer are refused by Blob and file writers, so those alone are copied. */
const ownBuffer = (data: Uint8Array): Uint8Array<ArrayBuffer> => (data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : data.slice());

/**
 * Blobs are stored as they are rather than as `{ type, bytes }`: browsers keep a stored Blob
 * on disk and hand back a disk-backed Blob, so `get` does not load hundreds of MB into memory.
 * fake-indexeddb clones Blobs too (Node's structuredClone supports them), so tests see the same.
 */
function indexedDbFiles(folder: string): FileBackend {
  const blobs = keyValueStore<Blob>('taixin-atlas-files', folder);
  return {
    kind: 'indexeddb',
    put: (key, data) => blobs.put(key, data instanceof Blob ? data : new Blob([data])),
    get: (key) => blobs.get(key),
    delete: (key) => blobs.delete(key),
    keys: () => blobs.keys(),
  };
}

/** Folder names double as OPFS directory and IndexedDB store names, so keep them plain. */
const FOLDER = /^[A-Za-z0-9_-]+$/;

/**
 * The origin-private file system where it works (main thread and workers), else IndexedDB.
 * The choice is made per call, so a browser whose OPFS fails to open only sometimes would see
 * two separate sets of files; in practice OPFS is either present and working or absent.
 */
export async function openFileStore(folder: string): Promise<FileStore> {
  if (!FOLDER.test(folder)) throw new TypeError(`File store folder must be letters, digits, "_" or "-": ${folder}`);
  const backend = (await openOpfsFiles(folder).catch(() => null)) ?? indexedDbFiles(folder);
  return {
    ...backend,
    async put(key, data) {
      // OPFS cannot name a file '', so neither backend takes it.
      if (key === '') throw new TypeError('File store key must not be empty');
      await backend.put(key, data instanceof Blob ? data : ownBuffer(data));
    },
  };
}

export { storageEstimate } from './storageEstimate.ts';
