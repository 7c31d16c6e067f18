import { distance } from '@turf/turf';
import type { Feature, Point, Position } from 'geojson';
import { toWgs84, type SourceCrs } from './crs.ts';

export interface OffsetSuggestion {
  crs: SourceCrs;
  /** Median distance (m) from the matched control points under each reading. */
  medians: Record<'wgs84' | 'gcj02' | 'bd09', number>;
  matched: number;
}

const HYPOTHESES: Array<['wgs84' | 'gcj02' | 'bd09', SourceCrs]> = [
  ['wgs84', { kind: 'wgs84' }],
  ['gcj02', { kind: 'gcj02' }],
  ['bd09', { kind: 'bd09' }],
];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Infinity;
};
const clean = (s: unknown): string => String(s ?? '').replace(/站$/, '').trim();

/**
 * Files digitised on 高德/腾讯 (GCJ-02) or 百度 (BD-09) maps sit ~0.5–1 km off. Points whose
 * names match known stations are the control points: the reading that brings them closest to
 * the stations' surveyed positions wins, if it beats WGS84 clearly (by 3× and 100 m).
 */
export function suggestDatum(features: Feature[], control: Feature<Point>[]): OffsetSuggestion | null {
  const known = new Map(control.map((c) => [clean(c.properties?.name_zh), c.geometry.coordinates]));
  const pairs: Array<[Position, Position]> = [];
  for (const f of features) {
    if (f.geometry?.type !== 'Point') continue;
    const name = clean(f.properties?.name_zh ?? f.properties?.name ?? f.properties?.['名称']);
    const ref = known.get(name);
    if (name && ref) pairs.push([f.geometry.coordinates, ref]);
  }
  if (pairs.length === 0) return null;
  const medians = Object.fromEntries(
    HYPOTHESES.map(([id, crs]) => {
      const t = toWgs84(crs);
      return [id, median(pairs.map(([p, ref]) => distance(t(p), ref, { units: 'meters' })))];
    }),
  ) as OffsetSuggestion['medians'];
  const [bestId, bestCrs] = HYPOTHESES.reduce((a, b) => (medians[b[0]] < medians[a[0]] ? b : a));
  if (bestId === 'wgs84' || !(medians[bestId] * 3 < medians.wgs84 && medians.wgs84 - medians[bestId] > 100)) return { crs: { kind: 'wgs84' }, medians, matched: pairs.length };
  return { crs: bestCrs, medians, matched: pairs.length };
}
