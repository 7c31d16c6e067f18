import { kml } from '@tmcw/togeojson';
import type { Feature } from 'geojson';
import { getShapefile } from 'shpjs';
import { readFgb } from '../fgb/readFgb.ts';
import { crsFromPrj, type SourceCrs } from './crs.ts';
import type { Coded } from '../i18n/format.ts';
import { ImportError } from './importError.ts';
import { safeUnzip } from './unzip.ts';

export interface Parsed {
  features: unknown[];
  /** What the file itself says about its coordinate system, if anything. */
  crs: SourceCrs | null;
  notes: Coded[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function text(bytes: Uint8Array, name: string): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    try {
      return new TextDecoder('gbk').decode(bytes);
    } catch {
      throw new ImportError('notText', { file: name });
    }
  }
}

export async function parseFlatGeobuf(bytes: Uint8Array, name: string): Promise<Parsed> {
  try {
    const { collection, header } = await readFgb(bytes);
    const code = header?.crs?.code;
    // 4326 (WGS84) and 4490 (CGCS2000) are used as they are; any other code is reported.
    const other = code && code !== 4326 && code !== 4490;
    return { features: collection.features, crs: null, notes: other ? [{ key: 'importNote.fgbCrs', params: { code } }] : [] };
  } catch (e) {
    throw new ImportError('notFgb', { file: name, detail: (e as Error).message });
  }
}

export async function parseKml(bytes: Uint8Array, name: string): Promise<Parsed> {
  // Web Workers have no DOMParser; xmldom parses the same XML in plain JavaScript.
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser ?? ((await import('@xmldom/xmldom')).DOMParser as unknown as typeof DOMParser);
  let doc: Document;
  try {
    doc = new Parser().parseFromString(text(bytes, name), 'text/xml');
  } catch (e) {
    throw new ImportError('notXml', { file: name, detail: (e as Error).message });
  }
  if (doc.getElementsByTagName('parsererror').length) throw new ImportError('notXml', { file: name, detail: 'parsererror' });
  const fc = kml(doc);
  return { features: fc.features, crs: null, notes: [] };
}

export function parseKmz(bytes: Uint8Array, name: string): Promise<Parsed> {
  const files = safeUnzip(bytes, name);
  const entry = Object.keys(files).find((k) => k.toLowerCase().endsWith('.kml'));
  if (!entry) throw new ImportError('kmzWithoutKml', { file: name });
  return parseKml(files[entry] as Uint8Array, `${name}/${entry}`);
}

export async function parseShapefileZip(bytes: Uint8Array, name: string): Promise<Parsed> {
  const files = safeUnzip(bytes, name);
  const find = (ext: string) => Object.keys(files).find((k) => k.toLowerCase().endsWith(ext));
  const shp = find('.shp');
  if (!shp) throw new ImportError('noShp', { file: name });
  const base = shp.slice(0, -4);
  const dbf = files[`${base}.dbf`] ?? files[find('.dbf') ?? ''];
  const prjBytes = files[`${base}.prj`] ?? files[find('.prj') ?? ''];
  const cpgBytes = files[`${base}.cpg`] ?? files[find('.cpg') ?? ''];
  const notes: Coded[] = [];
  let cpg = cpgBytes ? new TextDecoder().decode(cpgBytes).trim() : undefined;
  if (!cpg && dbf) {
    // No .cpg: Chinese shapefiles are usually GBK; take UTF-8 only if the attributes decode as it.
    try {
      utf8.decode(dbf);
      cpg = 'UTF-8';
    } catch {
      cpg = 'GBK';
      notes.push({ key: 'importNote.noCpg', params: {} });
    }
  }
  const prj = prjBytes ? new TextDecoder().decode(prjBytes) : undefined;
  const crs = prj ? crsFromPrj(prj) : null;
  if (!prj) notes.push({ key: 'importNote.noPrj', params: {} });
  try {
    // shpjs reprojects itself when given the .prj; we then treat the result as WGS84.
    const fc = (await getShapefile({ shp: files[shp] as Uint8Array, dbf, cpg, prj })) as { features: Feature[] };
    return { features: fc.features, crs: prj ? { kind: 'wgs84' } : crs, notes: prj ? [...notes, crs?.kind === 'gk' ? { key: 'importNote.reprojectedGk', params: { cm: crs.cm } } : { key: 'importNote.reprojected', params: {} }] : notes };
  } catch (e) {
    throw new ImportError('shapefileUnreadable', { file: name, detail: (e as Error).message });
  }
}
