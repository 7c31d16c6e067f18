import type { Feature, FeatureCollection } from 'geojson';
import wellknown from 'wellknown';
import type { QueryResult } from './runQuery.ts';
import { csvCell } from '../csv.ts';
import type { FieldSpec, Lang } from '../catalogue/types.ts';
import { fieldColumns, type CsvColumn } from './fieldColumns.ts';
import { t } from '../i18n/messages.ts';
import { matchAccuracies } from './schematicDistance.ts';

/** Distances are reported to the decimetre: finer would claim more than any input supports. */
export const roundMetres = (m: number): number => Math.round(m * 10) / 10;

/** Result as GeoJSON: each matched target with all its properties, plus distance and nearest source. */
export function resultToGeoJSON(result: QueryResult): FeatureCollection {
  // The distance is the one measured between the drawn positions (what PostGIS would say); where
  // one of them is schematic, how far off it may be stands beside it, so no reader takes it as exact.
  const accuracies = matchAccuracies(result.matches, result.sources);
  return {
    type: 'FeatureCollection',
    features: result.matches.map((m, i) => ({
      type: 'Feature',
      ...(m.feature.id !== undefined ? { id: m.feature.id } : {}),
      geometry: m.feature.geometry,
      properties: { ...m.feature.properties, distance_m: roundMetres(m.distance_m), distance_accuracy_m: accuracies[i] ?? null, nearest_source_id: m.nearest_source_id },
    })),
  };
}

const FIRST = ['id', 'name_zh', 'name_en', 'distance_m', 'distance_accuracy_m', 'nearest_source_id', 'confidence'] as const;
const CONFIDENCE = new Set(['surveyed', 'sourced', 'schematic']);

/**
 * Result as CSV, UTF-8 with BOM so Excel opens the Chinese names intact. With `lang` (the page),
 * the leading columns are headed and the confidence worded in that language, for a reader; the
 * features' own columns then follow the target layer's field schema (`fields`, passed in so the
 * engine never reaches for the UI's catalogue): one column per field, labelled, values worded.
 * Without `fields` (an imported layer) those columns keep the file's own names. Without `lang`
 * (the command line), every header is the stable property key, for scripts.
 */
export function resultToCsv(result: QueryResult, lang?: Lang, fields?: Readonly<Record<string, FieldSpec>>): string {
  const features = resultToGeoJSON(result).features;
  if (!lang) return featuresToCsv(features, FIRST);
  const rows = features.map(propsOf);
  const first: CsvColumn[] = FIRST.map((k) => ({
    head: t(`queryCsv.${k}`, lang),
    cell: k === 'confidence' ? (p) => (typeof p[k] === 'string' && CONFIDENCE.has(p[k]) ? t(p[k] as 'surveyed' | 'sourced' | 'schematic', lang) : p[k]) : (p) => p[k],
  }));
  const rest = fields ? fieldColumns(rows, fields, lang, FIRST) : rawColumns(rows, FIRST);
  return columnsToCsv(rows, [...first, ...rest]);
}

const propsOf = (f: Feature): Record<string, unknown> => ({ ...(f.properties ?? {}) });

/** Every property not among `first`, in order of first appearance, under its own key. */
function rawColumns(rows: readonly Record<string, unknown>[], first: readonly string[]): CsvColumn[] {
  const keys = [...first, ...new Set(rows.flatMap((r) => Object.keys(r)).filter((k) => !first.includes(k)))];
  return keys.slice(first.length).map((k) => ({ head: k, cell: (p) => p[k] }));
}

/** Rows as CSV (UTF-8 with BOM, CRLF), every heading and cell quoted and defused as needed. */
function columnsToCsv(rows: readonly Record<string, unknown>[], columns: readonly CsvColumn[]): string {
  const lines = [columns.map((c) => csvCell(c.head)).join(','), ...rows.map((r) => columns.map((c) => csvCell(c.cell(r))).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * Any features' properties as CSV (UTF-8 with BOM); `first` columns lead, then the rest, under
 * their keys. A feature without geometry (a project listed, not drawn) has an empty `wkt`.
 */
export function featuresToCsv(features: Feature[], first: readonly string[] = ['id', 'name_zh', 'name_en'], withWkt = false): string {
  const rows = features.map((f) => ({ ...propsOf(f), ...(withWkt ? { wkt: f.geometry ? wellknown.stringify(f.geometry) : '' } : {}) }));
  const columns = [...first.map((k): CsvColumn => ({ head: k, cell: (p) => p[k] })), ...rawColumns(rows, first)];
  return columnsToCsv(rows, columns);
}
