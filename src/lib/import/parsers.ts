import { kml } from '@tmcw/togeojson';
import type { Feature } from 'geojson';
import { getShapefile } from 'shpjs';
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
