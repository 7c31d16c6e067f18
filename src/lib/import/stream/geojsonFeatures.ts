import { ImportError } from '../importError.ts';
import { throwIfAborted } from './abort.ts';
import type { ByteSource } from './byteSource.ts';
import { chunkSize } from './chunkSize.ts';
import { bomLength, decoderFor } from './encoding.ts';
import { encodedSlices } from './encodedSlices.ts';
import { FeatureListScanner } from './featureListScanner.ts';
import { HeldBytes } from './heldBytes.ts';
import { ShellBytes } from './shellBytes.ts';

export interface GeoJsonBatch {
  /** Items of the "features" list as JSON.parse gives them; checking them is the caller's job. */
  features: unknown[];
  bytesRead: number;
  totalBytes: number;
}

export interface GeoJsonBatchOptions {
  /** Bytes per slice read from the source; 4 MiB unless given. */
  chunkBytes?: number;
  signal?: AbortSignal;
}

/**
 * A file that is not a streamable collection (a Feature, a bare geometry) is parsed in one piece,
 * so only up to this size; the same ceiling bounds a collection's members outside "features".
 */
export const WHOLE_PARSE_LIMIT = 64 * 1024 * 1024;

/**
 * A syntax error as an ImportError. The scanner says "… at byte N", JSON.parse often "… at
 * position N": the page shows that offset in its language; the wording itself stays English detail.
 */
function invalid(name: string, e: unknown): unknown {
  if (!(e instanceof SyntaxError)) return e;
  const at = /\b(?:at byte|at position) (\d+)/.exec(e.message)?.[1];
  return at ? new ImportError('notJsonNear', { file: name, detail: e.message, at: Number(at) }) : new ImportError('notJson', { file: name, detail: e.message });
}

/** One native parse for all the items of a slice: far faster than a parse per feature. */
function parseItems(bytes: Uint8Array, decoder: TextDecoder, name: string, [a, b]: [number, number]): unknown[] {
  try {
    return JSON.parse(`[${decoder.decode(bytes)}]`) as unknown[];
  } catch (e) {
    throw new ImportError('notJsonAt', { file: name, detail: (e as Error).message, from: a, to: b });
  }
}

function parseWhole(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw invalid(name, e);
  }
}

/** The rules parseGeoJSON applied to a whole file, for files that are not a streamed collection. */
function wholeFeatures(top: unknown, name: string): unknown[] {
  const o = top as { type?: unknown; features?: unknown } | null;
  if (o?.type === 'FeatureCollection' && Array.isArray(o.features)) return o.features as unknown[];
  if (o?.type === 'Feature') return [o];
  if (typeof o?.type === 'string' && 'coordinates' in o) return [{ type: 'Feature', geometry: o, properties: {} }];
  throw new ImportError('notGeoJson', { file: name });
}

/**
 * The items of a FeatureCollection's "features" list, one batch per slice read, without holding
 * the file's whole text. The other members may come before or after the list; they are kept
 * (up to 64 MB) and checked at the end, so a broken file can fail after some batches were yielded —
 * the caller must then discard what it got. A single Feature or a bare geometry is parsed whole
 * (files under 64 MB) and yielded as one batch. Throws ImportError with parseGeoJSON's wording,
 * and the signal's reason once it aborts.
 */
export async function* geojsonFeatureBatches(src: ByteSource, name: string, opts: GeoJsonBatchOptions = {}): AsyncGenerator<GeoJsonBatch> {
  const { signal } = opts;
  const chunkBytes = chunkSize(opts.chunkBytes);
  throwIfAborted(signal);
  const size = src.size;
  if (size === 0) throw new ImportError('empty', { file: name });
  // Pure ASCII decodes the same as UTF-8 or GBK, so this decoder serves until the encoding is known.
  let decoder = decoderFor('utf-8');
  // The scanner starts after a byte order mark (encodedSlices skips it too).
  const scanner = new FeatureListScanner(await bomLength(src));
  const held = new HeldBytes();
  const shell = new ShellBytes(WHOLE_PARSE_LIMIT);
  for await (const { bytes, start: pos, end, encoding } of encodedSlices(src, name, chunkBytes, signal)) {
    if (encoding === 'gbk' && !scanner.gbk) {
      decoder = decoderFor('gbk');
      scanner.gbk = true;
    }
    held.add(pos, bytes);
    try {
      scanner.scan(bytes, pos);
    } catch (e) {
      throw invalid(name, e);
    }
    for (const [a, b] of scanner.takeShell(end)) {
      if (shell.add(bytes.subarray(a - pos, b - pos))) continue;
      throw scanner.topIsArray ? new ImportError('notGeoJson', { file: name }) : new ImportError('jsonShellTooLarge', { file: name, mb: WHOLE_PARSE_LIMIT / 1024 / 1024 });
    }
    const span = scanner.takeSpan();
    const features = span ? parseItems(held.range(span[0], span[1]), decoder, name, span) : null;
    held.dropBefore(scanner.openItemStart());
    if (features) yield { features, bytesRead: end, totalBytes: size };
  }
  try {
    scanner.finish(size);
  } catch (e) {
    throw invalid(name, e);
  }
  const text = scanner.sawContent ? decoder.decode(shell.bytes()).trim() : '';
  if (!text) throw new ImportError('empty', { file: name });
  const top = parseWhole(text, name);
  if (scanner.foundList) {
    // Checked only now: "type" may follow the list, and a missing one is accepted.
    const type = (top as { type?: unknown } | null)?.type;
    if (type !== undefined && type !== 'FeatureCollection') throw new ImportError('notGeoJsonType', { file: name, type: JSON.stringify(type) });
    return;
  }
  const features = wholeFeatures(top, name);
  if (features.length > 0) yield { features, bytesRead: size, totalBytes: size };
}
