import { detectFormat } from '../import/detectFormat.ts';
import { LIMITS } from '../import/importError.ts';

/** What this browser can hold, as far as it tells (Chromium reports its heap limit). */
export interface Capacity {
  /** The worker heap's limit in bytes, or null when unknown. */
  heapLimit: number | null;
}

/** More rows than this are refused up front (the same limit the importer enforces as it reads). */
export const MAX_FEATURES = LIMITS.maxFeatures;

/**
 * Working memory per byte of file, by format, measured on the benchmark files: a streamed
 * CSV or GeoJSON costs its features (compact tiles + one plain copy for the FlatGeobuf
 * writer), formats read whole cost several copies of the file on top.
 */
const BYTES_OF_MEMORY_PER_FILE_BYTE: Record<string, number> = { csv: 12, geojson: 4, fgb: 8, xlsx: 40, kml: 10, kmz: 60, shapefile: 8 };

/** Why a file cannot be held here, in numbers the message is written from. */
export type BudgetRefusal = { kind: 'rows'; estimated: number; max: number; bytes: number } | { kind: 'memory'; need: number; limit: number; bytes: number };

export interface BudgetVerdict {
  format: ReturnType<typeof detectFormat>;
  /** Rows or features, estimated from the first bytes; null when the format gives no clue. */
  estimatedFeatures: number | null;
  refusal: BudgetRefusal | null;
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
 * Decides, before anything is parsed, whether a file can be held here. `head` is the file's
 * first bytes (≤ 64 KiB). Throws ImportError only for a file type it cannot read at all.
 */
export function checkImportBudget(name: string, size: number, head: Uint8Array, capacity: Capacity): BudgetVerdict {
  const format = detectFormat(name, head);
  const estimatedFeatures = estimateFeatures(format, size, head);
  // 5 % slack: the estimate comes from the first rows, which may be shorter than the rest.
  if (estimatedFeatures !== null && estimatedFeatures > MAX_FEATURES * 1.05) {
    return { format, estimatedFeatures, refusal: { kind: 'rows', estimated: estimatedFeatures, max: MAX_FEATURES, bytes: size } };
  }
  const need = size * (BYTES_OF_MEMORY_PER_FILE_BYTE[format] ?? 10);
  if (capacity.heapLimit && need > capacity.heapLimit * 0.8) {
    return { format, estimatedFeatures, refusal: { kind: 'memory', need, limit: capacity.heapLimit, bytes: size } };
  }
  return { format, estimatedFeatures, refusal: null };
}
