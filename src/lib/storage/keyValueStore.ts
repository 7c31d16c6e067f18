import type { IDBPDatabase } from 'idb';
import { toStorageError, isNamedError } from './storageErrors.ts';
import { withStore } from './storeConnection.ts';

/** Records under string keys in one IndexedDB object store; works on the main thread and in workers. */
export interface KeyValueStore<T> {
  get(key: string): Promise<T | undefined>;
  getAll(): Promise<T[]>;
  /** Rejects with `StorageFullError` when the browser's quota is reached; nothing is then stored. */
  put(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

async function putValue<T>(db: IDBPDatabase, storeName: string, key: string, value: T): Promise<void> {
  const tx = db.transaction(storeName, 'readwrite');
  try {
    let request: Promise<IDBValidKey>;
    try {
      request = tx.store.put(value, key);
    } catch (e) {
      // Svelte's reactive proxies cannot be structured-cloned; their JSON copy is the same plain
      // data. Only proxies pay for it: other values are cloned by IndexedDB as they are.
      if (!isNamedError(e, 'DataCloneError')) throw e;
      request = tx.store.put(JSON.parse(JSON.stringify(value)) as T, key);
    }
    await Promise.all([request, tx.done]);
  } catch (e) {
    throw toStorageError(e, tx.error);
  }
}

/**
 * A store in `dbName`, created on first use if missing. The database names are the ones the
 * app has always used, so data saved by earlier versions stays readable.
 */
export function keyValueStore<T>(dbName: string, storeName: string): KeyValueStore<T> {
  const use = <R>(run: (db: IDBPDatabase) => Promise<R>): Promise<R> => withStore(dbName, storeName, run);
  return {
    get: (key) => use(async (db) => (await db.get(storeName, key)) as T | undefined),
    getAll: () => use(async (db) => (await db.getAll(storeName)) as T[]),
    put: (key, value) => use((db) => putValue(db, storeName, key, value)),
    delete: (key) => use((db) => db.delete(storeName, key)),
    keys: () => use(async (db) => (await db.getAllKeys(storeName)).filter((k): k is string => typeof k === 'string')),
  };
}
