import type { Feature, Position } from 'geojson';
import { geometryBox, emptyBox, extendBox } from '../fgb/bbox.ts';
import { describeCrs, guessCrs, toWgs84, type SourceCrs } from './crs.ts';
import { ImportError, LIMITS } from './importError.ts';
import { normalise } from './normalise.ts';
import { parseCsv, parseFlatGeobuf, parseGeoJSON, parseKml, parseKmz, parseShapefileZip, type Parsed } from './parsers.ts';

export type ImportFormat = 'geojson' | 'fgb' | 'kml' | 'kmz' | 'shapefile' | 'csv';

export interface ImportReport {
  format: ImportFormat;
  count: number;
  geometryTypes: string[];
  bbox: [number, number, number, number];
  attributes: string[];
  crs: { used: string; needsConfirmation: boolean; reason: string };
  repaired: string[];
  skipped: string[];
  notes: string[];
}

export interface ImportedLayer {
  id: string;
  name: string;
  features: Feature[];
  report: ImportReport;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const FGB = [0x66, 0x67, 0x62];

/** Picks the parser by name and by the file's first bytes; says plainly what it cannot read. */
export function detectFormat(name: string, bytes: Uint8Array): ImportFormat {
  const lower = name.toLowerCase();
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (lower.endsWith('.fgb') || starts(FGB)) return 'fgb';
  if (lower.endsWith('.kmz')) return 'kmz';
  if (lower.endsWith('.zip') || (starts(ZIP) && !lower.endsWith('.kmz'))) return 'shapefile';
  if (lower.endsWith('.kml')) return 'kml';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson';
  throw new ImportError(`${name}: unsupported file type — use GeoJSON, FlatGeobuf, KML/KMZ, a zipped shapefile or CSV`);
}

async function parse(format: ImportFormat, bytes: Uint8Array, name: string): Promise<Parsed> {
  switch (format) {
    case 'geojson':
      return parseGeoJSON(bytes, name);
    case 'fgb':
      return parseFlatGeobuf(bytes, name);
    case 'kml':
      return parseKml(bytes, name);
    case 'kmz':
      return parseKmz(bytes, name);
    case 'shapefile':
      return parseShapefileZip(bytes, name);
    case 'csv':
      return parseCsv(bytes, name);
  }
}

function samplePositions(items: unknown[]): Position[] {
  const out: Position[] = [];
  const walk = (c: unknown): void => {
    if (out.length >= 50 || !Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') out.push(c as Position);
    else for (const x of c) walk(x);
  };
  for (const f of items.slice(0, 50)) walk((f as { geometry?: { coordinates?: unknown } })?.geometry?.coordinates);
  return out;
}

/**
 * The one entry for every format: parse, settle the coordinate system (the file's own, the
 * caller's choice, or a guess to confirm), normalise, and report. Throws only ImportError.
 */
export async function importFile(name: string, bytes: Uint8Array, id: string, crs?: SourceCrs): Promise<ImportedLayer> {
  if (bytes.length > LIMITS.maxBytes) throw new ImportError(`${name}: larger than ${LIMITS.maxBytes / 1024 / 1024} MB — refused`);
  if (bytes.length === 0) throw new ImportError(`${name}: the file is empty`);
  try {
    const format = detectFormat(name, bytes);
    const parsed = await parse(format, bytes, name);
    const guess = guessCrs(samplePositions(parsed.features));
    const used: SourceCrs = crs ?? parsed.crs ?? guess.crs;
    const needsConfirmation = !crs && !parsed.crs && guess.needsConfirmation;
    const n = normalise(parsed.features, toWgs84(used), id, `用户导入 / imported: ${name}`);
    const box = emptyBox();
    for (const f of n.features) extendBox(box, geometryBox(f.geometry));
    const attributes = [...new Set(n.features.flatMap((f) => Object.keys(f.properties ?? {})))].filter((k) => !['id', 'name_zh', 'name_en', 'source', 'confidence'].includes(k));
    return {
      id,
      name: name.replace(/\.[^.]+$/, ''),
      features: n.features,
      report: {
        format, count: n.features.length, geometryTypes: [...new Set(n.features.map((f) => f.geometry.type))], bbox: box, attributes,
        crs: { used: describeCrs(used), needsConfirmation, reason: crs ? 'chosen' : parsed.crs ? 'from the file' : guess.reason },
        repaired: n.repaired, skipped: n.skipped, notes: parsed.notes,
      },
    };
  } catch (e) {
    if (e instanceof ImportError) throw e;
    // Parsers throw all sorts on hostile input; the person gets one plain sentence.
    throw new ImportError(`${name}: could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
}
