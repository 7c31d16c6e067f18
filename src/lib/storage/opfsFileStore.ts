import type { FileBackend } from './fileStoreTypes.ts';
import { storageEstimate } from './storageEstimate.ts';
import { isNamedError, StorageFullError, toStorageError } from './storageErrors.ts';

/**
 * Files still being written start with a dot. Stored names never do (dots are escaped), so
 * `keys()` skips them and a write cut short by a closed tab never shows up as a file.
 */
const PARTIAL = '.partial-';
/** Older partial files are leftovers of a crash, not writes in progress in another tab or worker. */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Any non-empty key becomes a valid file name: encodeURIComponent escapes '/' and '\', and
 * dots are escaped too, which rules out '.', '..' and the trailing dots browsers refuse.
 */
function fileName(key: string): string {
  if (key === '') throw new TypeError('File store key must not be empty');
  return encodeURIComponent(key).replace(/\./g, '%2E');
}

/** `move()` renames within OPFS and replaces an existing file of that name; not every browser has it. */
interface Movable {
  move(name: string): Promise<void>;
}

const ignoreNotFound = (e: unknown): void => {
  if (!isNamedError(e, 'NotFoundError')) throw e;
};

async function exists(dir: FileSystemDirectoryHandle, name: string): Promise<boolean> {
  return dir.getFileHandle(name).then(
    () => true,
    (e: unknown) => (ignoreNotFound(e), false),
  );
}

/**
 * A writable's bytes land in a swap file and replace the file only on close(), and abort()
 * discards them, so the stored file is always whole. With move(), the bytes first go to a
 * partial file renamed over the entry: a crash leaves only a hidden partial, never an empty
 * entry. Without move(), an entry created for this write is removed again if the write fails.
 */
/** Bytes per write call (see writeFile). */
const SLICE = 4 * 1024 * 1024;

async function writeFile(dir: FileSystemDirectoryHandle, name: string, data: Blob | Uint8Array<ArrayBuffer>, moves: boolean): Promise<void> {
  const target = moves ? `${PARTIAL}${crypto.randomUUID()}` : name;
  const created = moves || !(await exists(dir, name));
  let writable: FileSystemWritableFileStream | undefined;
  try {
    const handle = await dir.getFileHandle(target, { create: true });
    writable = await handle.createWritable();
    // In slices: one write of hundreds of MB goes through a single data pipe, and when the
    // quota stops it Chromium reports only "Failed to write data to data pipe"; a slice at a
    // time gets the QuotaExceededError itself.
    const bytes = data instanceof Blob ? data : data;
    for (let at = 0; at < (bytes instanceof Blob ? bytes.size : bytes.byteLength); at += SLICE) {
      await writable.write(bytes instanceof Blob ? bytes.slice(at, at + SLICE) : bytes.subarray(at, at + SLICE));
    }
    const closing = writable;
    writable = undefined;
    await closing.close();
    if (moves) await (handle as FileSystemFileHandle & Movable).move(name);
  } catch (e) {
    await writable?.abort().catch(() => undefined);
    if (created) await dir.removeEntry(target).catch(() => undefined);
    const error = toStorageError(e);
    // Chromium reports a write past the quota as a bare AbortError ("Failed to write data to
    // data pipe"), and its estimate() does not always reflect the limit that stopped it: an
    // aborted write of file data is taken as the quota's refusal, as is one the estimate confirms.
    if (!(error instanceof StorageFullError) && (isNamedError(e, 'AbortError') || (await beyondQuota(data instanceof Blob ? data.size : data.byteLength)))) throw new StorageFullError(undefined, { cause: e });
    throw error;
  }
}

async function beyondQuota(bytes: number): Promise<boolean> {
  const estimate = await storageEstimate();
  return !!estimate && estimate.usage + bytes > estimate.quota;
}

async function removeStalePartials(dir: FileSystemDirectoryHandle): Promise<void> {
  for await (const [name, handle] of dir.entries()) {
    if (handle.kind !== 'file' || !name.startsWith(PARTIAL)) continue;
    const file = await handle.getFile();
    if (Date.now() - file.lastModified > STALE_MS) await dir.removeEntry(name).catch(() => undefined);
  }
}

/**
 * Files in the origin-private file system, or null where it cannot be written from here:
 * createWritable() is what works on the main thread and in workers alike (Safari before 26
 * lacks it and gets the IndexedDB store instead). Rejects if OPFS is present but fails to open.
 */
export async function openOpfsFiles(folder: string): Promise<FileBackend | null> {
  const storage = globalThis.navigator?.storage;
  if (typeof storage?.getDirectory !== 'function' || typeof FileSystemFileHandle === 'undefined' || !('createWritable' in FileSystemFileHandle.prototype)) return null;
  const moves = 'move' in FileSystemFileHandle.prototype;
  const dir = await (await storage.getDirectory()).getDirectoryHandle(folder, { create: true });
  // Best effort, in the background: a leftover only costs space until the next open.
  void removeStalePartials(dir).catch(() => undefined);
  return {
    kind: 'opfs',
    async put(key, data) {
      await writeFile(dir, fileName(key), data, moves);
    },
    async get(key) {
      try {
        return await (await dir.getFileHandle(fileName(key))).getFile();
      } catch (e) {
        ignoreNotFound(e);
        return undefined;
      }
    },
    async delete(key) {
      await dir.removeEntry(fileName(key)).catch(ignoreNotFound);
    },
    async keys() {
      const keys: string[] = [];
      for await (const [name, handle] of dir.entries()) if (handle.kind === 'file' && !name.startsWith('.')) keys.push(decodeURIComponent(name));
      return keys;
    },
  };
}
