import type { Feature, Point, Position } from 'geojson';
import { emptyBox, extendBox, geometryBox } from '../fgb/bbox.ts';
import type { Coded } from '../i18n/format.ts';
import { crsLabel, describeCrs, guessCrs, toWgs84, type SourceCrs } from './crs.ts';
import { describeColumns, geometryColumns, rowsToFeatures } from './csvRows.ts';
import { detectFormat, type ImportFormat } from './detectFormat.ts';
import { ImportError } from './importError.ts';
import { Normaliser } from './normalise.ts';
import { importedSource } from './importedSource.ts';
import { parseFlatGeobuf, parseKml, parseKmz, parseShapefileZip, type Parsed } from './parsers.ts';
import type { ByteSource } from './stream/byteSource.ts';
import { csvBatches } from './stream/csvBatches.ts';
import { geojsonFeatureBatches } from './stream/geojsonFeatures.ts';

export interface ImportReport {
  format: ImportFormat;
  count: number;
  geometryTypes: string[];
  bbox: [number, number, number, number];
  attributes: string[];
  /**
   * `used` is the English description (logs, the command line, layer info); `label` and `reason`
   * are coded for the page. Layers stored before reports were coded have neither.
   */
  crs: { used: string; label?: Coded; needsConfirmation: boolean; reason: Coded | string };
  /** Report lines, coded: the page words them with reportLine(). */
  repaired: Coded[];
  skipped: Coded[];
  notes: Coded[];
}

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  features: number;
}

export interface ImportOptions {
  /** The coordinate system the user chose; otherwise the file's own, or a guess. */
  crs?: SourceCrs;
  /** Known points (the stations) that reveal a 高德/百度 offset when a file names them. */
  control?: Feature<Point>[];
  signal?: AbortSignal;
  /** Receives the clean features batch by batch, in file order. */
  onBatch(features: Feature[]): void | Promise<void>;
  onProgress?(p: ImportProgress): void;
  maxFeatures?: number;
}

/** Raw items in batches, with how far into the file they reach. */
interface RawBatch {
  items: unknown[];
  bytesRead: number;
}

const BATCH = 50_000;
const HIDDEN = new Set(['id', 'name_zh', 'name_en', 'source', 'confidence']);

async function* sliced(items: unknown[], total: number): AsyncGenerator<RawBatch> {
  for (let i = 0; i < items.length; i += BATCH) yield { items: items.slice(i, i + BATCH), bytesRead: Math.round((total * Math.min(items.length, i + BATCH)) / items.length) };
}

async function* featureBatches(batches: AsyncIterable<{ features: unknown[]; bytesRead: number }>): AsyncGenerator<RawBatch> {
  for await (const b of batches) yield { items: b.features, bytesRead: b.bytesRead };
}

/** Tables (CSV, spreadsheets) become point or WKT features by the same column rules. */
async function* tableBatches(batches: AsyncIterable<{ header: string[]; rows: string[][]; bytesRead: number }>, name: string, notes: Coded[]): AsyncGenerator<RawBatch> {
  let cols: ReturnType<typeof geometryColumns> | null = null;
  let rows = 0;
  let header: string[] = [];
  for await (const b of batches) {
    header = b.header;
    cols ??= geometryColumns(b.header, name);
    rows += b.rows.length;
    yield { items: rowsToFeatures(b.header, b.rows, cols), bytesRead: b.bytesRead };
  }
  if (!cols) geometryColumns(header, name);
  notes.push({ key: 'importNote.rows', params: { rows, columns: cols ? describeColumns(header, cols) : '—' } });
}

async function wholeFile(format: ImportFormat, bytes: Uint8Array, name: string): Promise<Parsed> {
  switch (format) {
    case 'fgb':
      return parseFlatGeobuf(bytes, name);
    case 'kml':
      return parseKml(bytes, name);
    case 'kmz':
      return parseKmz(bytes, name);
    default:
      return parseShapefileZip(bytes, name);
  }
}

function samplePositions(items: unknown[]): Position[] {
  const out: Position[] = [];
  const walk = (c: unknown): void => {
    if (out.length >= 50 || !Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') out.push(c as Position);
    else for (const x of c) walk(x);
  };
  for (const f of items.slice(0, 200)) walk((f as { geometry?: { coordinates?: unknown } })?.geometry?.coordinates);
  return out;
}

/**
 * The one entry for every format: read the file in batches (CSV and GeoJSON stream; the
 * others are read whole), settle the coordinate system on the first batch (the user's choice,
 * the file's own, or a guess — with a 高德/百度 offset detected from named stations), normalise
 * each batch and hand it on, and report. Throws only ImportError (or the signal's AbortError).
 */
export async function importLayer(src: ByteSource, name: string, id: string, opts: ImportOptions): Promise<ImportReport> {
  if (src.size === 0) throw new ImportError('empty', { file: name });
  const head = await src.read(0, Math.min(src.size, 64 * 1024));
  let format = detectFormat(name, head);
  const notes: Coded[] = [];
  let fileCrs: SourceCrs | null = null;
  let batches: AsyncIterable<RawBatch>;
  try {
    if (format === 'csv') batches = tableBatches(csvBatches(src, name, { signal: opts.signal }), name, notes);
    else if (format === 'geojson') batches = featureBatches(geojsonFeatureBatches(src, name, { signal: opts.signal }));
    else {
      const bytes = await src.read(0, src.size);
      // The first bytes may not show a workbook (a zip's entries come in any order); its
      // central directory does. xlsx.ts loads SheetJS only when a workbook is read.
      const xlsx = format === 'xlsx' || format === 'shapefile' ? await import('./xlsx.ts') : null;
      if (format === 'shapefile' && xlsx?.looksLikeXlsx(bytes)) format = 'xlsx';
      if (format === 'xlsx' && xlsx) {
        const { readXlsx } = xlsx;
        const table = await readXlsx(bytes, name);
        notes.push(table.sheets.length > 1 ? { key: 'importNote.sheetOf', params: { sheet: table.sheet, count: table.sheets.length, sheets: table.sheets.join(', ') } } : { key: 'importNote.sheet', params: { sheet: table.sheet } });
        const rows = table.rows;
        batches = tableBatches(
          (async function* () {
            for (let i = 0; i < rows.length || i === 0; i += BATCH) yield { header: table.header, rows: rows.slice(i, i + BATCH), bytesRead: Math.round((src.size * Math.min(rows.length, i + BATCH)) / Math.max(rows.length, 1)) };
          })(),
          name,
          notes,
        );
      } else {
        const parsed = await wholeFile(format, bytes, name);
        fileCrs = parsed.crs;
        notes.push(...parsed.notes);
        batches = sliced(parsed.features, src.size);
      }
    }
    return await run(batches, src.size, format, fileCrs, notes, name, id, opts);
  } catch (e) {
    if (e instanceof ImportError || (e instanceof DOMException && e.name === 'AbortError')) throw e;
    // Parsers throw all sorts on hostile input; the person gets one plain sentence.
    throw new ImportError('unreadable', { file: name, detail: e instanceof Error ? e.message : String(e) }, { cause: e });
  }
}

async function run(batches: AsyncIterable<RawBatch>, total: number, format: ImportFormat, fileCrs: SourceCrs | null, notes: Coded[], name: string, id: string, opts: ImportOptions): Promise<ImportReport> {
  let normaliser: Normaliser | null = null;
  let crsInfo: ImportReport['crs'] | null = null;
  const box = emptyBox();
  const types = new Set<string>();
  const attributes = new Set<string>();
  for await (const batch of batches) {
    if (opts.signal?.aborted) throw opts.signal.reason;
    if (!normaliser) {
      const guess = guessCrs(samplePositions(batch.items));
      let used: SourceCrs = opts.crs ?? fileCrs ?? guess.crs;
      let reason: Coded = opts.crs ? { key: 'importCrsReason.chosen', params: {} } : fileCrs ? { key: 'importCrsReason.file', params: {} } : guess.reason;
      let detected = false;
      if (!opts.crs && !fileCrs && used.kind === 'wgs84' && opts.control?.length) {
        // Loaded only here: it brings gcoord, which most imports never need.
        const { suggestDatum } = await import('./detectOffset.ts');
        const hint = suggestDatum(batch.items.slice(0, 5000) as Feature[], opts.control);
        if (hint && hint.crs.kind !== 'wgs84') {
          used = hint.crs;
          reason = { key: 'importCrsReason.detected', params: {} };
          detected = true;
          const m = hint.medians;
          notes.push({
            key: 'importNote.offsetDetected',
            params: { datum: hint.crs.kind === 'gcj02' ? 'GCJ-02' : 'BD-09', matched: hint.matched, wgs84: Math.round(m.wgs84), converted: Math.round(hint.crs.kind === 'gcj02' ? m.gcj02 : m.bd09) },
          });
        }
      }
      crsInfo = { used: describeCrs(used), label: crsLabel(used), needsConfirmation: !opts.crs && !fileCrs && !detected && guess.needsConfirmation, reason };
      normaliser = new Normaliser(toWgs84(used), id, importedSource(name), opts.maxFeatures, name);
    }
    const features = normaliser.add(batch.items);
    for (const f of features) {
      extendBox(box, geometryBox(f.geometry));
      types.add(f.geometry.type);
    }
    // Attribute names from the first batch: a file's columns are settled by its first rows.
    if (attributes.size === 0) for (const f of features.slice(0, 1000)) for (const k of Object.keys(f.properties ?? {})) if (!HIDDEN.has(k)) attributes.add(k);
    if (features.length) await opts.onBatch(features);
    opts.onProgress?.({ bytesRead: batch.bytesRead, totalBytes: total, features: normaliser.count });
  }
  const empty = normaliser ? normaliser.emptyError() : new ImportError('noFeatures', { file: name });
  if (empty) throw empty;
  const n = normaliser as Normaliser;
  return {
    format, count: n.count, geometryTypes: [...types], bbox: box, attributes: [...attributes],
    crs: crsInfo as ImportReport['crs'], repaired: n.repaired, skipped: n.skipped, notes,
  };
}
