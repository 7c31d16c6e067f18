import { kml } from '@tmcw/togeojson';
import type { Feature } from 'geojson';
import Papa from 'papaparse';
import { getShapefile } from 'shpjs';
import wellknown from 'wellknown';
import { readFgb } from '../fgb/readFgb.ts';
import { crsFromPrj, type SourceCrs } from './crs.ts';
import { ImportError } from './importError.ts';
import { safeUnzip } from './unzip.ts';

export interface Parsed {
  features: unknown[];
  /** What the file itself says about its coordinate system, if anything. */
  crs: SourceCrs | null;
  notes: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function text(bytes: Uint8Array, name: string): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    try {
      return new TextDecoder('gbk').decode(bytes);
    } catch {
      throw new ImportError(`${name}: not a text file`);
    }
  }
}

export function parseGeoJSON(bytes: Uint8Array, name: string): Parsed {
  const body = text(bytes, name).trim();
  if (!body) throw new ImportError(`${name}: the file is empty`);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw new ImportError(`${name}: not valid JSON (${(e as Error).message})`);
  }
  const o = json as { type?: unknown; features?: unknown; geometry?: unknown };
  if (o?.type === 'FeatureCollection' && Array.isArray(o.features)) return { features: o.features, crs: null, notes: [] };
  if (o?.type === 'Feature') return { features: [o], crs: null, notes: [] };
  if (typeof o?.type === 'string' && 'coordinates' in (o as object)) return { features: [{ type: 'Feature', geometry: o, properties: {} }], crs: null, notes: [] };
  throw new ImportError(`${name}: JSON, but not GeoJSON (no FeatureCollection, Feature or geometry)`);
}

export async function parseFlatGeobuf(bytes: Uint8Array, name: string): Promise<Parsed> {
  try {
    const { collection, header } = await readFgb(bytes);
    const code = header?.crs?.code;
    // 4326 (WGS84) and 4490 (CGCS2000) are used as they are; any other code is reported.
    const other = code && code !== 4326 && code !== 4490;
    return { features: collection.features, crs: null, notes: other ? [`CRS EPSG:${code} in the header`] : [] };
  } catch (e) {
    throw new ImportError(`${name}: not a readable FlatGeobuf file (${(e as Error).message})`);
  }
}

export async function parseKml(bytes: Uint8Array, name: string): Promise<Parsed> {
  // Web Workers have no DOMParser; xmldom parses the same XML in plain JavaScript.
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser ?? ((await import('@xmldom/xmldom')).DOMParser as unknown as typeof DOMParser);
  let doc: Document;
  try {
    doc = new Parser().parseFromString(text(bytes, name), 'text/xml');
  } catch (e) {
    throw new ImportError(`${name}: not well-formed XML (${(e as Error).message})`);
  }
  if (doc.getElementsByTagName('parsererror').length) throw new ImportError(`${name}: not well-formed XML`);
  const fc = kml(doc);
  return { features: fc.features, crs: null, notes: [] };
}

export function parseKmz(bytes: Uint8Array, name: string): Promise<Parsed> {
  const files = safeUnzip(bytes, name);
  const entry = Object.keys(files).find((k) => k.toLowerCase().endsWith('.kml'));
  if (!entry) throw new ImportError(`${name}: a KMZ without a .kml inside`);
  return parseKml(files[entry] as Uint8Array, `${name}/${entry}`);
}

export async function parseShapefileZip(bytes: Uint8Array, name: string): Promise<Parsed> {
  const files = safeUnzip(bytes, name);
  const find = (ext: string) => Object.keys(files).find((k) => k.toLowerCase().endsWith(ext));
  const shp = find('.shp');
  if (!shp) throw new ImportError(`${name}: no .shp inside the zip`);
  const base = shp.slice(0, -4);
  const dbf = files[`${base}.dbf`] ?? files[find('.dbf') ?? ''];
  const prjBytes = files[`${base}.prj`] ?? files[find('.prj') ?? ''];
  const cpgBytes = files[`${base}.cpg`] ?? files[find('.cpg') ?? ''];
  const notes: string[] = [];
  let cpg = cpgBytes ? new TextDecoder().decode(cpgBytes).trim() : undefined;
  if (!cpg && dbf) {
    // No .cpg: Chinese shapefiles are usually GBK; take UTF-8 only if the attributes decode as it.
    try {
      utf8.decode(dbf);
      cpg = 'UTF-8';
    } catch {
      cpg = 'GBK';
      notes.push('no .cpg: attribute text read as GBK');
    }
  }
  const prj = prjBytes ? new TextDecoder().decode(prjBytes) : undefined;
  const crs = prj ? crsFromPrj(prj) : null;
  if (!prj) notes.push('no .prj: coordinate system guessed from the coordinates');
  try {
    // shpjs reprojects itself when given the .prj; we then treat the result as WGS84.
    const fc = (await getShapefile({ shp: files[shp] as Uint8Array, dbf, cpg, prj })) as { features: Feature[] };
    return { features: fc.features, crs: prj ? { kind: 'wgs84' } : crs, notes: prj ? [...notes, `reprojected from .prj${crs?.kind === 'gk' ? ` (Gauss–Krüger CM ${crs.cm}°)` : ''}`] : notes };
  } catch (e) {
    throw new ImportError(`${name}: the shapefile could not be read (${(e as Error).message})`);
  }
}

const LON = /^(lon|lng|long|longitude|x|经度|东经)$/i;
const LAT = /^(lat|latitude|y|纬度|北纬)$/i;
const WKT = /^(wkt|geometry|geom|the_geom|shape)$/i;

export function parseCsv(bytes: Uint8Array, name: string): Parsed {
  const body = text(bytes, name);
  if (!body.trim()) throw new ImportError(`${name}: the file is empty`);
  const parsed = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: true, dynamicTyping: false });
  const fields = parsed.meta.fields ?? [];
  const lon = fields.find((f) => LON.test(f.trim()));
  const lat = fields.find((f) => LAT.test(f.trim()));
  const wkt = fields.find((f) => WKT.test(f.trim()));
  if (!(lon && lat) && !wkt) throw new ImportError(`${name}: no lon/lat (经度/纬度) or WKT column among: ${fields.join(', ') || '(none)'}`);
  const features = parsed.data.map((row) => {
    const props: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row)) if (k !== lon && k !== lat && k !== wkt) props[k] = v === '' ? null : Number.isFinite(Number(v)) && v.trim() !== '' && !/^0\d/.test(v) ? Number(v) : v;
    const geometry = wkt ? wellknown.parse(row[wkt] ?? '') : { type: 'Point', coordinates: [Number(row[lon as string]), Number(row[lat as string])] };
    return { type: 'Feature', geometry, properties: props };
  });
  return { features, crs: null, notes: [`${features.length} rows; geometry from ${wkt ? `WKT column "${wkt}"` : `columns "${lon}", "${lat}"`}`] };
}
