import { throwIfAborted } from './abort.ts';
import type { ByteSource } from './byteSource.ts';
import { bomLength, firstNonAscii, sniffEncoding, type TextEncodingName } from './encoding.ts';

export interface EncodedSlice {
  bytes: Uint8Array;
  /** Where the slice starts and ends in the file. */
  start: number;
  end: number;
  /** Settled at the first non-ASCII byte; undefined while everything so far was ASCII. */
  encoding: TextEncodingName | undefined;
}

/**
 * A text file's bytes slice by slice, the byte order mark skipped and the encoding settled at
 * the first non-ASCII byte (before it, UTF-8 and GBK read the same). Checks `signal` around
 * every read, so an abort between batches costs no further I/O.
 */
export async function* encodedSlices(src: ByteSource, name: string, chunkBytes: number, signal?: AbortSignal): AsyncGenerator<EncodedSlice> {
  const size = src.size;
  let pos = await bomLength(src);
  throwIfAborted(signal);
  let encoding: TextEncodingName | undefined = pos > 0 ? 'utf-8' : undefined;
  while (pos < size) {
    throwIfAborted(signal);
    const end = Math.min(size, pos + chunkBytes);
    const bytes = await src.read(pos, end);
    throwIfAborted(signal);
    if (!encoding) {
      const at = firstNonAscii(bytes);
      if (at >= 0) {
        encoding = await sniffEncoding(src, pos + at, name);
        throwIfAborted(signal);
      }
    }
    yield { bytes, start: pos, end, encoding };
    pos = end;
  }
}
