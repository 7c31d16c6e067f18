import wellknown from 'wellknown';
import type { Coded } from '../i18n/format.ts';
import { ImportError } from './importError.ts';

const LON = /^(lon|lng|long|longitude|x|经度|东经)$/i;
const LAT = /^(lat|latitude|y|纬度|北纬)$/i;
const WKT = /^(wkt|geometry|geom|the_geom|shape)$/i;

/** Where a table's geometry is: a lon/lat pair of columns, or a WKT column (by index). */
export type GeometryColumns = { kind: 'lonlat'; lon: number; lat: number } | { kind: 'wkt'; wkt: number };

/** The same rules for CSV and spreadsheets: lon/lng/经度 + lat/纬度, or a WKT column. */
export function geometryColumns(header: string[], name: string): GeometryColumns {
  const find = (re: RegExp) => header.findIndex((f) => re.test(f.trim()));
  const wkt = find(WKT);
  if (wkt >= 0) return { kind: 'wkt', wkt };
  const lon = find(LON);
  const lat = find(LAT);
  if (lon >= 0 && lat >= 0) return { kind: 'lonlat', lon, lat };
  throw new ImportError('noGeometryColumns', { file: name, columns: header.join(', ') || { key: 'importNote.noColumns', params: {} } });
}

export function describeColumns(header: string[], cols: GeometryColumns): Coded {
  return cols.kind === 'wkt'
    ? { key: 'importNote.wktColumn', params: { column: header[cols.wkt] ?? '' } }
    : { key: 'importNote.lonLatColumns', params: { lon: header[cols.lon] ?? '', lat: header[cols.lat] ?? '' } };
}

/** A cell as a value: numbers become numbers unless they look like codes (leading zero). */
function cellValue(v: string | undefined): string | number | null {
  if (v === undefined || v === '') return null;
  const t = v.trim();
  return t !== '' && Number.isFinite(Number(t)) && !/^0\d/.test(t) ? Number(t) : v;
}

/** Table rows as raw GeoJSON-like features for the normaliser (which checks the geometry). */
export function rowsToFeatures(header: string[], rows: string[][], cols: GeometryColumns): unknown[] {
  const skip = new Set(cols.kind === 'wkt' ? [cols.wkt] : [cols.lon, cols.lat]);
  const keep = header.map((h, i) => (skip.has(i) ? -1 : i)).filter((i) => i >= 0);
  const out: unknown[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as string[];
    const properties: Record<string, unknown> = {};
    for (const i of keep) properties[header[i] as string] = cellValue(row[i]);
    let geometry: unknown;
    if (cols.kind === 'wkt') {
      try {
        geometry = wellknown.parse(row[cols.wkt] ?? '');
      } catch {
        geometry = null;
      }
    } else {
      const lon = row[cols.lon]?.trim();
      const lat = row[cols.lat]?.trim();
      geometry = { type: 'Point', coordinates: [lon ? Number(lon) : NaN, lat ? Number(lat) : NaN] };
    }
    out[r] = { type: 'Feature', geometry, properties };
  }
  return out;
}
