import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openFileStore, StorageFullError } from './fileStore.ts';

/**
 * An in-memory stand-in for the origin-private file system with the behaviour the store relies
 * on: a writable's bytes replace the file only on close(), names are checked as browsers do,
 * and move() replaces an existing file.
 */
type Failure = 'write' | 'close' | 'move' | 'pipe' | null;
const world = { fail: null as Failure };
const quota = (): DOMException => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const notFound = (): DOMException => new DOMException('not found', 'NotFoundError');

function checkName(name: string): void {
  if (name === '' || name === '.' || name === '..' || name.endsWith('.') || /[/\\]/.test(name)) throw new TypeError(`bad name ${name}`);
}

class FakeWritable {
  private readonly chunks: BlobPart[] = [];
  constructor(private readonly handle: FakeFileHandle) {}
  async write(data: Blob | Uint8Array<ArrayBuffer>): Promise<void> {
    if (world.fail === 'write') throw quota();
    // How Chromium reports a large streamed write that the quota stopped.
    if (world.fail === 'pipe') throw new DOMException('Failed to write data to data pipe', 'AbortError');
    this.chunks.push(data);
  }
  async close(): Promise<void> {
    if (world.fail === 'close') throw quota();
    this.handle.content = new Blob(this.chunks);
    this.handle.content = Object.assign(this.handle.content, { lastModified: Date.now() });
  }
  async abort(): Promise<void> {}
}

class FakeFileHandle {
  readonly kind = 'file';
  content: Blob & { lastModified?: number } = Object.assign(new Blob([]), { lastModified: Date.now() });
  constructor(
    public name: string,
    protected readonly dir: FakeDir,
  ) {}
  async createWritable(): Promise<FakeWritable> {
    return new FakeWritable(this);
  }
  async getFile(): Promise<Blob & { lastModified?: number }> {
    return this.content;
  }
}

class MovableFakeFileHandle extends FakeFileHandle {
  async move(name: string): Promise<void> {
    checkName(name);
    if (world.fail === 'move') throw new DOMException('busy', 'NoModificationAllowedError');
    this.dir.children.delete(this.name);
    this.dir.children.set(name, this);
    this.name = name;
  }
}

class FakeDir {
  readonly kind = 'directory';
  readonly children = new Map<string, FakeFileHandle | FakeDir>();
  constructor(private readonly Handle: typeof FakeFileHandle) {}
  async getFileHandle(name: string, options?: { create?: boolean }): Promise<FakeFileHandle> {
    checkName(name);
    const found = this.children.get(name);
    if (found instanceof FakeFileHandle) return found;
    if (found || !options?.create) throw found ? new DOMException('dir', 'TypeMismatchError') : notFound();
    const made = new this.Handle(name, this);
    this.children.set(name, made);
    return made;
  }
  async getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<FakeDir> {
    checkName(name);
    const found = this.children.get(name);
    if (found instanceof FakeDir) return found;
    if (found || !options?.create) throw notFound();
    const made = new FakeDir(this.Handle);
    this.children.set(name, made);
    return made;
  }
  async removeEntry(name: string): Promise<void> {
    if (!this.children.delete(name)) throw notFound();
  }
  async *entries(): AsyncGenerator<[string, FakeFileHandle | FakeDir]> {
    for (const entry of [...this.children]) yield entry;
  }
}

function installOpfs(Handle: typeof FakeFileHandle): FakeDir {
  const root = new FakeDir(Handle);
  vi.stubGlobal('navigator', { storage: { getDirectory: () => Promise.resolve(root) } });
  vi.stubGlobal('FileSystemFileHandle', Handle);
  return root;
}

const text = async (blob: Blob | undefined): Promise<string | undefined> => blob?.text();
const names = async (root: FakeDir, folder: string): Promise<string[]> => [...((await root.getDirectoryHandle(folder)).children.keys())].sort();

afterEach(() => {
  world.fail = null;
  vi.unstubAllGlobals();
});

describe.each([
  ['with move()', MovableFakeFileHandle],
  ['without move()', FakeFileHandle],
])('openFileStore on OPFS %s', (_label, Handle) => {
  it('chooses OPFS and round-trips bytes and Blobs', async () => {
    installOpfs(Handle);
    const files = await openFileStore('layers');
    expect(files.kind).toBe('opfs');
    await files.put('a', new TextEncoder().encode('bytes'));
    await files.put('b', new Blob(['blob']));
    expect(await text(await files.get('a'))).toBe('bytes');
    expect(await text(await files.get('b'))).toBe('blob');
    expect(await files.get('none')).toBeUndefined();
  });

  it('accepts any non-empty key as a file name and lists it back', async () => {
    const root = installOpfs(Handle);
    const files = await openFileStore('layers');
    const keys = ['a/b', '..', '.', 'x.', 'back\\slash', '图层 1', 'u_1.fgb'];
    for (const key of keys) await files.put(key, new Blob([key]));
    expect((await files.keys()).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(await text(await files.get(key))).toBe(key);
    expect((await names(root, 'layers')).every((n) => !n.startsWith('.'))).toBe(true);
    await expect(files.put('', new Blob(['x']))).rejects.toBeInstanceOf(TypeError);
  });

  it('overwrites and deletes', async () => {
    installOpfs(Handle);
    const files = await openFileStore('layers');
    await files.put('a', new Blob(['one']));
    await files.put('a', new Blob(['two']));
    expect(await text(await files.get('a'))).toBe('two');
    expect(await files.keys()).toEqual(['a']);
    await files.delete('a');
    await files.delete('a');
    expect(await files.keys()).toEqual([]);
  });

  it.each(['write', 'close', 'pipe'] as const)('turns a quota failure on %s into StorageFullError, leaving no partial file', async (when) => {
    const root = installOpfs(Handle);
    const files = await openFileStore('layers');
    await files.put('kept', new Blob(['old']));
    world.fail = when;
    await expect(files.put('new', new Uint8Array(10))).rejects.toBeInstanceOf(StorageFullError);
    await expect(files.put('kept', new Uint8Array(10))).rejects.toBeInstanceOf(StorageFullError);
    world.fail = null;
    expect(await names(root, 'layers')).toEqual(['kept']);
    expect(await text(await files.get('kept'))).toBe('old');
  });
});

describe('openFileStore on OPFS, housekeeping and fallbacks', () => {
  it('removes a partial file left by a failed rename', async () => {
    const root = installOpfs(MovableFakeFileHandle);
    const files = await openFileStore('layers');
    world.fail = 'move';
    await expect(files.put('a', new Blob(['x']))).rejects.toMatchObject({ name: 'NoModificationAllowedError' });
    expect(await names(root, 'layers')).toEqual([]);
  });

  it('hides partial files from keys() and removes stale ones on open', async () => {
    const root = installOpfs(MovableFakeFileHandle);
    const dir = await root.getDirectoryHandle('layers', { create: true });
    const stale = await dir.getFileHandle('.partial-old', { create: true });
    stale.content = Object.assign(new Blob(['x']), { lastModified: Date.now() - 2 * 24 * 3600 * 1000 });
    await dir.getFileHandle('.partial-now', { create: true });
    const files = await openFileStore('layers');
    expect(await files.keys()).toEqual([]);
    await vi.waitFor(async () => expect(await names(root, 'layers')).toEqual(['.partial-now']));
  });

  it('falls back to IndexedDB where files cannot be written (no createWritable)', async () => {
    vi.stubGlobal('navigator', { storage: { getDirectory: () => Promise.resolve(new FakeDir(FakeFileHandle)) } });
    vi.stubGlobal('FileSystemFileHandle', class {});
    expect((await openFileStore('layers')).kind).toBe('indexeddb');
  });

  it('falls back to IndexedDB where OPFS fails to open', async () => {
    vi.stubGlobal('navigator', { storage: { getDirectory: () => Promise.reject(new DOMException('private mode', 'SecurityError')) } });
    vi.stubGlobal('FileSystemFileHandle', MovableFakeFileHandle);
    const files = await openFileStore('layers');
    expect(files.kind).toBe('indexeddb');
    await files.put('a', new Blob(['idb']));
    expect(await text(await files.get('a'))).toBe('idb');
  });
});
