/** A message a person can act on; nothing else escapes the importer. */
export class ImportError extends Error {
  override name = 'ImportError';
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
