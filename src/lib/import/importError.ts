import { CodedError } from '../i18n/codedError.ts';
import type { MessageParams } from '../i18n/format.ts';
import type { CodesOf } from '../i18n/messages.ts';

/** Every reason the importer refuses a file: the `importError.*` keys of the message table. */
export type ImportErrorCode = CodesOf<'importError'>;

/**
 * A message a person can act on; nothing else escapes the importer. Coded (`code` + `params`,
 * almost always with `file`) so the page words it in its language; `message` is the English.
 */
export class ImportError extends CodedError {
  override name = 'ImportError';

  constructor(
    readonly code: ImportErrorCode,
    params: MessageParams,
    options?: ErrorOptions,
  ) {
    super(`importError.${code}`, params, options);
  }
}

export const LIMITS = {
  /** Refused before reading. */
  maxBytes: 200 * 1024 * 1024,
  /** Features in one layer: the layer worker's tiles, index and storage are sized for this. */
  maxFeatures: 2_000_000,
  /** Vertices in one geometry: beyond this a "parcel" is a mistake or an attack. */
  maxVerticesPerFeature: 500_000,
  maxNesting: 8,
  /** Uncompressed size of a zip (shapefile, KMZ): a zip bomb stops here. */
  maxUnzippedBytes: 500 * 1024 * 1024,
} as const;
