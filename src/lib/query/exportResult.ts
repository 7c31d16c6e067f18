import type { Feature, FeatureCollection } from 'geojson';
import wellknown from 'wellknown';
import type { QueryResult } from './runQuery.ts';
import { csvCell } from '../csv.ts';
import type { Lang } from '../catalogue/types.ts';
import { t } from '../i18n/messages.ts';

/** Distances are reported to the decimetre: finer would claim more than any input supports. */
export const roundMetres = (m: number): number => Math.round(m * 10) / 10;

/** Result as GeoJSON: each matched target with all its properties, plus distance and nearest source. */
export function resultToGeoJSON(result: QueryResult): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: result.matches.map((m) => ({
      type: 'Feature',
      ...(m.feature.id !== undefined ? { id: m.feature.id } : {}),
      geometry: m.feature.geometry,
      properties: { ...m.feature.properties, distance_m: roundMetres(m.distance_m), nearest_source_id: m.nearest_source_id },
    })),
  };
}

const FIRST = ['id', 'name_zh', 'name_en', 'distance_m', 'nearest_source_id', 'confidence'] as const;
const CONFIDENCE = new Set(['surveyed', 'sourced', 'schematic']);

/**
 * Result as CSV, UTF-8 with BOM so Excel opens the Chinese names intact. With `lang` (the page),
 * the leading columns are headed and the confidence worded in that language, for a reader; without
 * (the command line), headers are the stable property keys, for scripts. The features' own
 * columns keep their names either way.
 */
export function resultToCsv(result: QueryResult, lang?: Lang): string {
  const features = resultToGeoJSON(result).features;
  if (!lang) return featuresToCsv(features, FIRST);
  return featuresToCsv(features, FIRST, false, {
    header: (k) => ((FIRST as readonly string[]).includes(k) ? t(`queryCsv.${k as (typeof FIRST)[number]}`, lang) : k),
    cell: (k, v) => (k === 'confidence' && typeof v === 'string' && CONFIDENCE.has(v) ? t(v as 'surveyed' | 'sourced' | 'schematic', lang) : v),
  });
}

/** How a reader's export words its headers and cells; the default is the raw keys and values. */
export interface CsvWording {
  header(key: string): string;
  cell(key: string, value: unknown): unknown;
}

/** Any features' properties as CSV (UTF-8 with BOM); `first` columns lead, then the rest. */
export function featuresToCsv(features: Feature[], first: readonly string[] = ['id', 'name_zh', 'name_en'], withWkt = false, wording?: CsvWording): string {
  const rows = features.map((f) => ({ ...(f.properties ?? {}), ...(withWkt ? { wkt: wellknown.stringify(f.geometry) } : {}) }) as Record<string, unknown>);
  const keys = [...first, ...new Set(rows.flatMap((r) => Object.keys(r)).filter((k) => !first.includes(k)))];
  const header = wording ? keys.map((k) => csvCell(wording.header(k))) : keys;
  const cell = wording ? (r: Record<string, unknown>, k: string) => csvCell(wording.cell(k, r[k])) : (r: Record<string, unknown>, k: string) => csvCell(r[k]);
  const lines = [header.join(','), ...rows.map((r) => keys.map((k) => cell(r, k)).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
