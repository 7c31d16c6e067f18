/** Large binary files (an imported layer as FlatGeobuf), one folder per kind of file. */
export interface FileStore {
  /**
   * Stores `data` under `key`, replacing any earlier file. Rejects with `StorageFullError` when
   * the quota is reached; a failed put leaves the earlier file (if any) and never a partial one.
   */
  put(key: string, data: Blob | Uint8Array): Promise<void>;
  /**
   * A Blob (a File on OPFS) so callers can read slices without loading it all. On OPFS it may
   * stop being readable once the key is overwritten or deleted, so read it before replacing it.
   */
  get(key: string): Promise<Blob | undefined>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
  readonly kind: 'opfs' | 'indexeddb';
}

/** What a backend implements: its bytes arrive in a form that Blob and file writers accept as they are. */
export type FileBackend = Omit<FileStore, 'put'> & { put(key: string, data: Blob | Uint8Array<ArrayBuffer>): Promise<void> };
