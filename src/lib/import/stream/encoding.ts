import { ImportError } from '../importError.ts';
import type { ByteSource } from './byteSource.ts';

/** Chinese text files arrive as UTF-8 or as GBK (from older Windows tools); nothing else is guessed. */
export type TextEncodingName = 'utf-8' | 'gbk';

/**
 * How much text after the first non-ASCII byte decides the encoding. A fixed window (rather than
 * "the first slice") makes the answer the same whatever slice size the caller picks.
 */
export const SNIFF_BYTES = 64 * 1024;

/** 3 when the file starts with a UTF-8 byte order mark, else 0: readers start after it. */
export async function bomLength(src: ByteSource): Promise<number> {
  if (src.size < 3) return 0;
  const head = await src.read(0, 3);
  return head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
}

/** Index of the first byte ≥ 0x80, or -1. Until that byte, UTF-8 and GBK read identically. */
export function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) > 0x7f) return i;
  return -1;
}

function decodes(label: TextEncodingName, bytes: Uint8Array, more: boolean): boolean {
  try {
    // stream: an incomplete character at the window's end is not an error while more follows.
    new TextDecoder(label, { fatal: true }).decode(bytes, { stream: more });
    return true;
  } catch {
    // A RangeError here means the runtime lacks GBK altogether: then it is not text we can read.
    return false;
  }
}

/**
 * Decides the encoding from the text starting at `at`, the file's first non-ASCII byte: UTF-8 if
 * it is valid UTF-8, else GBK if that is valid, else the file is not text.
 */
export async function sniffEncoding(src: ByteSource, at: number, name: string): Promise<TextEncodingName> {
  const end = Math.min(src.size, at + SNIFF_BYTES);
  const window = await src.read(at, end);
  const more = end < src.size;
  if (decodes('utf-8', window, more)) return 'utf-8';
  if (decodes('gbk', window, more)) return 'gbk';
  throw new ImportError('notText', { file: name });
}

/** A lenient decoder: once the encoding is settled, a stray bad byte becomes U+FFFD, not a failed import. */
export function decoderFor(encoding: TextEncodingName): TextDecoder {
  // The byte order mark is skipped by offset, so the decoder must not eat a U+FEFF of its own.
  return new TextDecoder(encoding, { ignoreBOM: true });
}
