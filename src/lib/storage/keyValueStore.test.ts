import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keyValueStore } from './keyValueStore.ts';
import { StorageFullError } from './storageErrors.ts';

interface Item {
  name: string;
  n: number;
}

// Every test uses its own database: connections are cached per database name for the whole module.
let seq = 0;
const freshDb = (): string => `kv-test-${++seq}`;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('keyValueStore', () => {
  it('puts, gets, lists, overwrites and deletes records', async () => {
    const store = keyValueStore<Item>(freshDb(), 'items');
    expect(await store.get('a')).toBeUndefined();
    expect(await store.getAll()).toEqual([]);
    await store.put('a', { name: 'A', n: 1 });
    await store.put('b', { name: 'B', n: 2 });
    expect(await store.get('a')).toEqual({ name: 'A', n: 1 });
    expect((await store.keys()).sort()).toEqual(['a', 'b']);
    await store.put('a', { name: 'A2', n: 3 });
    expect(await store.get('a')).toEqual({ name: 'A2', n: 3 });
    await store.delete('a');
    await store.delete('missing');
    expect(await store.keys()).toEqual(['b']);
    expect(await store.getAll()).toEqual([{ name: 'B', n: 2 }]);
  });

  it('reads a database written by the old openDB code without upgrading it', async () => {
    const name = freshDb();
    const legacy = await openDB(name, 1, { upgrade: (d) => void d.createObjectStore('sites') });
    await legacy.put('sites', { name: 'old', n: 7 }, 'user-1');
    legacy.close();

    const store = keyValueStore<Item>(name, 'sites');
    expect(await store.getAll()).toEqual([{ name: 'old', n: 7 }]);
    const check = await openDB(name);
    expect(check.version).toBe(1);
    check.close();
  });

  it('creates a new database at version 1, as the old code did', async () => {
    const name = freshDb();
    await keyValueStore<Item>(name, 'layers').put('x', { name: 'X', n: 1 });
    // The old code opens at version 1 explicitly; a higher version would make it fail.
    const old = await openDB(name, 1);
    expect(await old.get('layers', 'x')).toEqual({ name: 'X', n: 1 });
    old.close();
  });

  it('adds a second store to an existing database and keeps the first', async () => {
    const name = freshDb();
    const first = keyValueStore<Item>(name, 'one');
    const second = keyValueStore<Item>(name, 'two');
    await first.put('k', { name: 'first', n: 1 });
    await Promise.all([second.put('k', { name: 'second', n: 2 }), first.put('j', { name: 'again', n: 3 })]);
    expect(await first.get('k')).toEqual({ name: 'first', n: 1 });
    expect(await first.get('j')).toEqual({ name: 'again', n: 3 });
    expect(await second.get('k')).toEqual({ name: 'second', n: 2 });
  });

  it('gives way when another connection upgrades the database, then reconnects', async () => {
    const name = freshDb();
    const store = keyValueStore<Item>(name, 'items');
    await store.put('a', { name: 'A', n: 1 });
    // Would stay blocked if the cached connection did not close on versionchange.
    const other = await openDB(name, 2, { upgrade: (d) => void d.createObjectStore('other') });
    other.close();
    expect(await store.get('a')).toEqual({ name: 'A', n: 1 });
  });

  it('stores a plain copy of a value structured clone refuses (a reactive proxy)', async () => {
    const store = keyValueStore<Item>(freshDb(), 'items');
    const proxy = new Proxy({ name: 'P', n: 5 }, {});
    expect(() => structuredClone(proxy)).toThrow();
    await store.put('p', proxy);
    expect(await store.get('p')).toEqual({ name: 'P', n: 5 });
  });

  it('keeps values JSON cannot hold when no copy is needed', async () => {
    const store = keyValueStore<{ when: Date; bytes: Uint8Array }>(freshDb(), 'items');
    await store.put('d', { when: new Date(5), bytes: new Uint8Array([1, 2]) });
    const back = await store.get('d');
    expect(back?.when).toBeInstanceOf(Date);
    expect(back?.bytes).toEqual(new Uint8Array([1, 2]));
  });

  it('turns a quota refusal into StorageFullError and stores nothing', async () => {
    const store = keyValueStore<Item>(freshDb(), 'items');
    await store.put('kept', { name: 'K', n: 1 });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const failed = store.put('new', { name: 'N', n: 2 });
    await expect(failed).rejects.toBeInstanceOf(StorageFullError);
    await expect(failed).rejects.toMatchObject({ name: 'StorageFullError' });
    vi.restoreAllMocks();
    expect(await store.keys()).toEqual(['kept']);
  });

  it('turns a transaction aborted for quota into StorageFullError and rolls the write back', async () => {
    const store = keyValueStore<Item>(freshDb(), 'items');
    await store.put('a', { name: 'old', n: 1 });
    const put = IDBObjectStore.prototype.put;
    // How browsers usually report it: the request fails with AbortError, the transaction's error
    // is QuotaExceededError. fake-indexeddb has no quota, so abort through its internal _abort.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const request = put.call(this, value, key);
      (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
      return request;
    });
    await expect(store.put('a', { name: 'new', n: 2 })).rejects.toBeInstanceOf(StorageFullError);
    await expect(store.put('b', { name: 'B', n: 3 })).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await store.get('a')).toEqual({ name: 'old', n: 1 });
    expect(await store.keys()).toEqual(['a']);
  });

  it('passes other failures through unchanged', async () => {
    const store = keyValueStore<Item>(freshDb(), 'items');
    await store.get('warm-up');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('read only', 'ReadOnlyError');
    });
    await expect(store.put('x', { name: 'X', n: 1 })).rejects.toMatchObject({ name: 'ReadOnlyError' });
  });
});
