import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openFileStore, StorageFullError, storageEstimate } from './fileStore.ts';

// Each test opens its own folder: they are stores of one shared database, so this also
// exercises adding stores to a database that is already open.
let seq = 0;
const freshFolder = (): string => `files-test-${++seq}`;

const bytesOf = async (blob: Blob | undefined): Promise<Uint8Array> => new Uint8Array(await (blob ?? new Blob()).arrayBuffer());
// toEqual walks a typed array element by element with diffing: far too slow for megabytes.
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('openFileStore without OPFS (IndexedDB fallback)', () => {
  it('chooses IndexedDB where OPFS is missing', async () => {
    expect((await openFileStore(freshFolder())).kind).toBe('indexeddb');
  });

  it('round-trips 5 MB of bytes and hands them back as a Blob', async () => {
    const files = await openFileStore(freshFolder());
    const data = new Uint8Array(5 * 1024 * 1024);
    for (let i = 0; i < data.length; i++) data[i] = (i * 31) & 0xff;
    await files.put('layer-1', data);
    const back = await files.get('layer-1');
    expect(back).toBeInstanceOf(Blob);
    expect(back?.size).toBe(data.length);
    // A slice reads part of the file, as a FlatGeobuf reader does.
    expect(await bytesOf(back?.slice(1000, 1004))).toEqual(data.subarray(1000, 1004));
    expect(sameBytes(await bytesOf(back), data)).toBe(true);
  });

  it('keeps a Blob as given, with its type', async () => {
    const files = await openFileStore(freshFolder());
    await files.put('b', new Blob(['hello'], { type: 'application/octet-stream' }));
    const back = await files.get('b');
    expect(back?.type).toBe('application/octet-stream');
    expect(await back?.text()).toBe('hello');
  });

  it('stores a view of a SharedArrayBuffer by copying it', async () => {
    const files = await openFileStore(freshFolder());
    const shared = new Uint8Array(new SharedArrayBuffer(3));
    shared.set([7, 8, 9]);
    await files.put('s', shared);
    expect(await bytesOf(await files.get('s'))).toEqual(new Uint8Array([7, 8, 9]));
  });

  it('lists keys, overwrites and deletes', async () => {
    const files = await openFileStore(freshFolder());
    expect(await files.keys()).toEqual([]);
    expect(await files.get('none')).toBeUndefined();
    await files.put('a', new Uint8Array([1]));
    await files.put('b', new Uint8Array([2]));
    await files.put('a', new Uint8Array([3, 4]));
    expect((await files.keys()).sort()).toEqual(['a', 'b']);
    expect(await bytesOf(await files.get('a'))).toEqual(new Uint8Array([3, 4]));
    await files.delete('a');
    await files.delete('never-there');
    expect(await files.keys()).toEqual(['b']);
    expect(await files.get('a')).toBeUndefined();
  });

  it('keeps folders apart', async () => {
    const one = await openFileStore(freshFolder());
    const two = await openFileStore(freshFolder());
    await one.put('k', new Uint8Array([1]));
    expect(await two.keys()).toEqual([]);
  });

  it('reports a full quota as StorageFullError and leaves no entry', async () => {
    const files = await openFileStore(freshFolder());
    await files.put('kept', new Uint8Array([1]));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(files.put('big', new Uint8Array(1024))).rejects.toBeInstanceOf(StorageFullError);
    await expect(files.put('kept', new Uint8Array([9, 9]))).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await files.keys()).toEqual(['kept']);
    expect(await files.get('big')).toBeUndefined();
    expect(await bytesOf(await files.get('kept'))).toEqual(new Uint8Array([1]));
  });

  it('refuses an empty key, which OPFS could not store either', async () => {
    const files = await openFileStore(freshFolder());
    await expect(files.put('', new Uint8Array([1]))).rejects.toBeInstanceOf(TypeError);
    expect(await files.keys()).toEqual([]);
  });

  it('refuses folder names that are not plain', async () => {
    await expect(openFileStore('a/b')).rejects.toBeInstanceOf(TypeError);
    await expect(openFileStore('')).rejects.toBeInstanceOf(TypeError);
  });
});

describe('storageEstimate', () => {
  it('is null where the browser has no estimate', async () => {
    vi.stubGlobal('navigator', {});
    expect(await storageEstimate()).toBeNull();
  });

  it('passes on usage and quota', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: () => Promise.resolve({ usage: 10, quota: 100 }) } });
    expect(await storageEstimate()).toEqual({ usage: 10, quota: 100 });
  });

  it('is null when the estimate fails', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: () => Promise.reject(new DOMException('no', 'SecurityError')) } });
    expect(await storageEstimate()).toBeNull();
  });
});
