import gcoord from 'gcoord';
import proj4 from 'proj4';
import type { Position } from 'geojson';
import type { Coded } from '../i18n/format.ts';
import type { CodesOf } from '../i18n/messages.ts';

/** Coordinate systems planners in the zone actually hand over. */
export type SourceCrs =
  | { kind: 'wgs84' }
  | { kind: 'gcj02' }
  | { kind: 'bd09' }
  /** CGCS2000 Gauss–Krüger: central meridian, and whether eastings carry the zone number. */
  | { kind: 'gk'; cm: number; zonePrefix: number | null };

export function describeCrs(c: SourceCrs): string {
  switch (c.kind) {
    case 'wgs84':
      return 'WGS84 / CGCS2000 geographic';
    case 'gcj02':
      return 'GCJ-02 (高德/腾讯) → WGS84';
    case 'bd09':
      return 'BD-09 (百度) → WGS84';
    case 'gk':
      return `CGCS2000 Gauss–Krüger CM ${c.cm}°${c.zonePrefix ? ` (zone ${c.zonePrefix} prefix)` : ''} → WGS84`;
  }
}

/** The same, coded for the page to word in its language (describeCrs stays for logs and the CLI). */
export function crsLabel(c: SourceCrs): Coded {
  if (c.kind !== 'gk') return { key: `importCrs.${c.kind}`, params: {} };
  return c.zonePrefix ? { key: 'importCrs.gkZone', params: { cm: c.cm, zone: c.zonePrefix } } : { key: 'importCrs.gk', params: { cm: c.cm } };
}

const reason = (code: CodesOf<'importCrsReason'>, params: Coded['params'] = {}): Coded => ({ key: `importCrsReason.${code}`, params });

function gkProj(cm: number, zonePrefix: number | null): string {
  const falseEasting = (zonePrefix ?? 0) * 1_000_000 + 500_000;
  return `+proj=tmerc +lat_0=0 +lon_0=${cm} +k=1 +x_0=${falseEasting} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
}

/** A function taking a position in `c` to WGS84 lon/lat. */
export function toWgs84(c: SourceCrs): (p: Position) => Position {
  switch (c.kind) {
    case 'wgs84':
      return (p) => p;
    case 'gcj02':
      return (p) => gcoord.transform([p[0] as number, p[1] as number], gcoord.GCJ02, gcoord.WGS84) as Position;
    case 'bd09':
      return (p) => gcoord.transform([p[0] as number, p[1] as number], gcoord.BD09, gcoord.WGS84) as Position;
    case 'gk': {
      const t = proj4(gkProj(c.cm, c.zonePrefix), 'EPSG:4326');
      return (p) => t.forward([p[0] as number, p[1] as number]);
    }
  }
}

/**
 * Guesses the coordinate system from magnitudes: degrees are used as they are; metre values
 * with an 8-digit easting carry the 3° zone number (38xxxxxx → CM 114°, 37xxxxxx → CM 111°),
 * and 6-digit ones need the user to confirm the central meridian (111° is the default here).
 */
export function guessCrs(sample: Position[]): { crs: SourceCrs; needsConfirmation: boolean; reason: Coded } {
  const xs = sample.map((p) => Math.abs(p[0] as number));
  const ys = sample.map((p) => Math.abs(p[1] as number));
  if (xs.every((x) => x <= 180) && ys.every((y) => y <= 90)) return { crs: { kind: 'wgs84' }, needsConfirmation: false, reason: reason('degrees') };
  const x = xs[0] ?? 0;
  if (x >= 1e7 && x < 1e8) {
    const zone = Math.floor(x / 1e6);
    // 3° zones 25–45 cover China; zone n has central meridian 3n°.
    if (zone >= 25 && zone <= 45) return { crs: { kind: 'gk', cm: zone * 3, zonePrefix: zone }, needsConfirmation: false, reason: reason('zone', { zone }) };
  }
  if (x >= 1e5 && x < 1e6) return { crs: { kind: 'gk', cm: 111, zonePrefix: null }, needsConfirmation: true, reason: reason('metresWithoutZone') };
  return { crs: { kind: 'wgs84' }, needsConfirmation: true, reason: reason('unrecognised') };
}

/** Reads a .prj: geographic systems pass; Gauss–Krüger / transverse Mercator gives its CM. */
export function crsFromPrj(prj: string): SourceCrs | null {
  if (/^\s*GEOGCS/i.test(prj)) return { kind: 'wgs84' };
  const cm = /PARAMETER\["central_meridian",\s*([\d.]+)\]/i.exec(prj);
  const fe = /PARAMETER\["false_easting",\s*([\d.]+)\]/i.exec(prj);
  if (cm && /transverse_mercator|gauss/i.test(prj)) {
    const easting = Number(fe?.[1] ?? 500000);
    const prefix = easting >= 1e6 ? Math.floor(easting / 1e6) : null;
    return { kind: 'gk', cm: Number(cm[1]), zonePrefix: prefix };
  }
  return null;
}
