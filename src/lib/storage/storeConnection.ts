import { openDB, type IDBPDatabase } from 'idb';
import { isNamedError } from './storageErrors.ts';

/**
 * One connection per database, shared by all its stores. Each request chains on the previous
 * one so that two stores added to the same database at once upgrade it one after the other.
 */
const connections = new Map<string, Promise<IDBPDatabase>>();
/** Connections closed on purpose or by the browser: the next use opens a fresh one. */
const released = new WeakSet<IDBPDatabase>();

function release(db: IDBPDatabase): void {
  released.add(db);
  db.close();
}

function connectAt(dbName: string, storeName: string, version: number | undefined): Promise<IDBPDatabase> {
  let db: IDBPDatabase | undefined;
  const letGo = (): void => {
    if (db) release(db);
  };
  return openDB(dbName, version, {
    // Also runs when the database is new (opened without a version it is created at 1), so a
    // first visit creates its store without an extra version bump.
    upgrade(d) {
      if (!d.objectStoreNames.contains(storeName)) d.createObjectStore(storeName);
    },
    // Another tab or worker is adding a store: step aside rather than block it forever.
    blocking: letGo,
    // The browser closed the connection (site data cleared, disk failure).
    terminated: letGo,
  }).then((d) => (db = d));
}

/**
 * Opens without a version first, so an existing database (the users' saved sites, briefings
 * and layers at version 1) is never upgraded just to be read. Only a missing store costs a
 * version bump; the loop covers another tab bumping the version in between.
 */
async function connect(dbName: string, storeName: string): Promise<IDBPDatabase> {
  let version: number | undefined;
  for (let attempt = 0; attempt < 4; attempt++) {
    let db: IDBPDatabase;
    try {
      db = await connectAt(dbName, storeName, version);
    } catch (e) {
      if (version === undefined || !isNamedError(e, 'VersionError')) throw e;
      version = undefined;
      continue;
    }
    if (db.objectStoreNames.contains(storeName)) return db;
    version = db.version + 1;
    release(db);
  }
  throw new Error(`IndexedDB: could not create store "${storeName}" in "${dbName}"`);
}

/** The cached connection to `dbName`, with `storeName` created in it if it was missing. */
export function openStore(dbName: string, storeName: string): Promise<IDBPDatabase> {
  const previous = connections.get(dbName);
  const next = (async (): Promise<IDBPDatabase> => {
    // A failed earlier attempt is not cached: this one simply tries again.
    const db = await previous?.catch(() => undefined);
    if (db && !released.has(db)) {
      if (db.objectStoreNames.contains(storeName)) return db;
      release(db);
    }
    return connect(dbName, storeName);
  })();
  connections.set(dbName, next);
  return next;
}

/**
 * Runs `use` on the store's connection. If that connection was closed between being handed
 * out and being used (another context upgraded the database), `use` runs once more on a
 * fresh one; callers pass only operations that are safe to repeat.
 */
export async function withStore<R>(dbName: string, storeName: string, use: (db: IDBPDatabase) => Promise<R>): Promise<R> {
  try {
    return await use(await openStore(dbName, storeName));
  } catch (e) {
    if (!isNamedError(e, 'InvalidStateError')) throw e;
    return use(await openStore(dbName, storeName));
  }
}
