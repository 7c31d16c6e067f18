import type { Feature, FeatureCollection } from 'geojson';
import wellknown from 'wellknown';
import type { QueryResult } from './runQuery.ts';
import { csvCell } from '../csv.ts';

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

const FIRST = ['id', 'name_zh', 'name_en', 'distance_m', 'nearest_source_id', 'confidence'];

/** Result as CSV, UTF-8 with BOM so Excel opens the Chinese names intact. */
export function resultToCsv(result: QueryResult): string {
  return featuresToCsv(resultToGeoJSON(result).features, FIRST);
}

/** Any features' properties as CSV (UTF-8 with BOM); `first` columns lead, then the rest. */
export function featuresToCsv(features: Feature[], first: readonly string[] = ['id', 'name_zh', 'name_en'], withWkt = false): string {
  const rows = features.map((f) => ({ ...(f.properties ?? {}), ...(withWkt ? { wkt: wellknown.stringify(f.geometry) } : {}) }) as Record<string, unknown>);
  const keys = [...first, ...new Set(rows.flatMap((r) => Object.keys(r)).filter((k) => !first.includes(k)))];
  const lines = [keys.join(','), ...rows.map((r) => keys.map((k) => csvCell(r[k])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
