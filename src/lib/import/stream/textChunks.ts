import type { ByteSource } from './byteSource.ts';
import { encodedSlices } from './encodedSlices.ts';
import { decoderFor, type TextEncodingName } from './encoding.ts';

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
  // Pure ASCII so far leaves nothing buffered in this decoder, so swapping it for GBK loses nothing.
  let decoder = decoderFor('utf-8');
  let gbk = false;
  for await (const { bytes, end, encoding } of encodedSlices(src, name, chunkBytes, signal)) {
    if (encoding === 'gbk' && !gbk) {
      gbk = true;
      decoder = decoderFor('gbk');
    }
    const last = end >= src.size;
    yield { text: decoder.decode(bytes, { stream: !last }), bytesRead: end, encoding: encoding ?? 'utf-8', last };
  }
}
