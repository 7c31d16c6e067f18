import { ImportError } from './importError.ts';

export type ImportFormat = 'geojson' | 'fgb' | 'kml' | 'kmz' | 'shapefile' | 'csv' | 'xlsx';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const FGB = [0x66, 0x67, 0x62];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const text = new TextDecoder('latin1');

/** Picks the parser by name and by the file's first bytes; says plainly what it cannot read. */
export function detectFormat(name: string, head: Uint8Array): ImportFormat {
  const lower = name.toLowerCase();
  const starts = (sig: number[]) => sig.every((b, i) => head[i] === b);
  if (lower.endsWith('.fgb') || starts(FGB)) return 'fgb';
  if (/\.(xlsx|xlsm|xls)$/.test(lower) || starts(OLE2)) return 'xlsx';
  if (lower.endsWith('.kmz')) return 'kmz';
  // An .xlsx is a zip too: its first entry names the workbook's parts.
  if (starts(ZIP) && /\[Content_Types\]\.xml|xl\/workbook/.test(text.decode(head.subarray(0, 4096))) && !lower.endsWith('.zip')) return 'xlsx';
  if (lower.endsWith('.zip') || starts(ZIP)) return 'shapefile';
  if (lower.endsWith('.kml')) return 'kml';
  if (lower.endsWith('.csv') || lower.endsWith('.txt') || lower.endsWith('.tsv')) return 'csv';
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson';
  throw new ImportError('unsupported', { file: name });
}
