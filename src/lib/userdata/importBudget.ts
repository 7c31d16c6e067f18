import { detectFormat } from '../import/detectFormat.ts';
import { ImportError } from '../import/importError.ts';

/** What this browser can hold, as far as it tells (Chromium reports its heap limit). */
export interface Capacity {
  /** The worker heap's limit in bytes, or null when unknown. */
  heapLimit: number | null;
}

/** More rows than this are refused up front: tiles, index and storage are sized for it. */
export const MAX_FEATURES = 2_000_000;

/**
 * Working memory per byte of file, by format, measured on the benchmark files: a streamed
 * CSV or GeoJSON costs its features (compact tiles + one plain copy for the FlatGeobuf
 * writer), formats read whole cost several copies of the file on top.
 */
const BYTES_OF_MEMORY_PER_FILE_BYTE: Record<string, number> = { csv: 12, geojson: 4, fgb: 8, xlsx: 40, kml: 10, kmz: 60, shapefile: 8 };

export interface BudgetVerdict {
  format: ReturnType<typeof detectFormat>;
  /** Rows or features, estimated from the first bytes; null when the format gives no clue. */
  estimatedFeatures: number | null;
}

function estimateFeatures(format: string, size: number, head: Uint8Array): number | null {
  if (head.length === 0) return null;
  const text = new TextDecoder().decode(head);
  if (format === 'csv') {
    const lines = text.split('\n').length - 1;
    return lines > 1 ? Math.round((size / head.length) * (lines - 1)) : null;
  }
  if (format === 'geojson') {
    const n = text.match(/"type"\s*:\s*"Feature"/g)?.length ?? 0;
    return n > 1 ? Math.round((size / head.length) * n) : null;
  }
  return null;
}

/**
 * Decides, before anything is parsed, whether a file can be held here; throws an ImportError
 * that says why and what to do when it cannot. `head` is the file's first bytes (≤ 64 KiB).
 */
export function checkImportBudget(name: string, size: number, head: Uint8Array, capacity: Capacity): BudgetVerdict {
  const format = detectFormat(name, head);
  const estimatedFeatures = estimateFeatures(format, size, head);
  const mb = (b: number) => `${Math.round(b / 1024 / 1024)} MB`;
  if (estimatedFeatures !== null && estimatedFeatures > MAX_FEATURES * 1.05) {
    throw new ImportError(
      `${name}: about ${estimatedFeatures.toLocaleString('en')} rows (${mb(size)}) — more than the ${MAX_FEATURES.toLocaleString('en')} this browser can hold. Split the file, or publish it as a streamed FlatGeobuf layer (see README, Large layers).`,
    );
  }
  const need = size * (BYTES_OF_MEMORY_PER_FILE_BYTE[format] ?? 10);
  if (capacity.heapLimit && need > capacity.heapLimit * 0.8) {
    throw new ImportError(`${name}: ${mb(size)} would need about ${mb(need)} of memory; this browser allows ${mb(capacity.heapLimit)}. Split the file, or save it as CSV or FlatGeobuf, which are read in pieces.`);
  }
  return { format, estimatedFeatures };
}
