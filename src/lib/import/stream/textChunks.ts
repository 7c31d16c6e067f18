import { throwIfAborted } from './abort.ts';
import type { ByteSource } from './byteSource.ts';
import { bomLength, decoderFor, firstNonAscii, sniffEncoding, type TextEncodingName } from './encoding.ts';

export interface TextChunk {
  text: string;
  bytesRead: number;
  /** 'utf-8' while everything so far was ASCII (read the same either way). */
  encoding: TextEncodingName;
  last: boolean;
}

/**
 * A file as decoded text, slice by slice: the byte order mark skipped, a character split
 * across slices kept whole, and the encoding settled at the first non-ASCII byte.
 */
export async function* textChunks(src: ByteSource, name: string, chunkBytes: number, signal?: AbortSignal): AsyncGenerator<TextChunk> {
  const size = src.size;
  let pos = await bomLength(src);
  throwIfAborted(signal);
  let encoding: TextEncodingName | undefined = pos > 0 ? 'utf-8' : undefined;
  // Pure ASCII so far leaves nothing buffered in this decoder, so swapping it for GBK loses nothing.
  let decoder = decoderFor('utf-8');
  while (pos < size) {
    // Checked before the read too: a caller that aborted between batches costs no further I/O.
    throwIfAborted(signal);
    const end = Math.min(size, pos + chunkBytes);
    const bytes = await src.read(pos, end);
    throwIfAborted(signal);
    if (!encoding) {
      const at = firstNonAscii(bytes);
      if (at >= 0) {
        encoding = await sniffEncoding(src, pos + at, name);
        throwIfAborted(signal);
        if (encoding === 'gbk') decoder = decoderFor('gbk');
      }
    }
    pos = end;
    const last = pos >= size;
    yield { text: decoder.decode(bytes, { stream: !last }), bytesRead: pos, encoding: encoding ?? 'utf-8', last };
  }
}
