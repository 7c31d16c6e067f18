/** 4 MiB: large enough that per-slice costs vanish, small enough that a slice and its text stay modest. */
export const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;

export function chunkSize(requested: number | undefined): number {
  if (requested === undefined) return DEFAULT_CHUNK_BYTES;
  const n = Math.floor(requested);
  if (!(n >= 1)) throw new RangeError(`chunkBytes must be at least 1 (got ${requested})`);
  return n;
}
