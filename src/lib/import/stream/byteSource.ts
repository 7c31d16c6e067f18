/**
 * Random access to a file's bytes, so a reader can take it slice by slice instead of holding
 * the whole file (a File in a Worker, or bytes already in memory).
 */
export interface ByteSource {
  readonly size: number;
  /** Bytes [start, end); `end` is at most `size`. */
  read(start: number, end: number): Promise<Uint8Array>;
}

/** Reads a Blob (or File) piecewise; each read is real I/O, so a Worker handles its messages in between. */
export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer()),
  };
}

/**
 * Views bytes already in memory without copying them. Its reads settle as microtasks, so a
 * reader looping over it does not let a Worker's message queue run (a cancel message arrives
 * only after the loop); in a Worker prefer blobSource on the File itself.
 */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (start, end) => Promise.resolve(bytes.subarray(start, end)),
  };
}
