/**
 * The road leg: from a point to one of its k nearest stations, by straight line × detour at a
 * stated speed (there is no road network in the atlas). Distances are geodesic (sphere.ts, as
 * turf.distance measures them).
 */
import { haversinePacked } from '../query/sphere.ts';
import type { AccessAssumptions } from './types.ts';

/** Minutes by road for `km` of straight line: km × detour ÷ speed. */
export function accessMinutes(km: number, a: Pick<AccessAssumptions, 'speedKmh' | 'detour'>): number {
  return ((km * a.detour) / a.speedKmh) * 60;
}

/**
 * The stations a road leg may end at, packed for the inner loops. `base` marks those with a
 * train on today's lines: a point may always use its k nearest of these too, so that a new
 * line's stations never crowd a faster old station out of its k (2027 is never slower).
 */
export interface AccessStations {
  /** Graph node index of each station. */
  node: Int32Array;
  base: Uint8Array;
  /** Every station is one of today's (the 2022 scenario): one nearest-k search is enough. */
  allBase: boolean;
  lon: Float64Array;
  lat: Float64Array;
  cos: Float64Array;
}

export function packStations(coords: ReadonlyArray<readonly [number, number]>, nodes: readonly number[], base: readonly boolean[]): AccessStations {
  const lon = Float64Array.from(coords, (c) => c[0]);
  const lat = Float64Array.from(coords, (c) => c[1]);
  return { node: Int32Array.from(nodes), base: Uint8Array.from(base, (b) => (b ? 1 : 0)), allBase: base.every(Boolean), lon, lat, cos: lat.map((y) => Math.cos((y * Math.PI) / 180)) };
}

export const kmBetween = (s: AccessStations, i: number, lon: number, lat: number, cosLat: number): number =>
  haversinePacked(lon, lat, cosLat, s.lon[i] as number, s.lat[i] as number, s.cos[i] as number) / 1000;

/** Scratch space for `nearest`, reused across calls (a grid makes ~100 000 of them). */
export interface NearestScratch {
  index: Int32Array;
  km: Float64Array;
  /** The same for today's stations alone. */
  base: { index: Int32Array; km: Float64Array };
  best: BestAccess;
}
export const nearestScratch = (k: number): NearestScratch => ({
  index: new Int32Array(k),
  km: new Float64Array(k),
  base: { index: new Int32Array(k), km: new Float64Array(k) },
  best: { station: -1, km: 0, accessMinutes: 0, total: Number.NaN },
});

/**
 * The k nearest stations to a point, nearest first (equal distances: lower index first), into
 * `out`; returns how many were found. `among` limits the search to stations known to hold the k
 * nearest (the grid's shortcut); the answer is the same as over all of them.
 */
export function nearest(s: AccessStations, lon: number, lat: number, k: number, out: Pick<NearestScratch, 'index' | 'km'>, among: Int32Array | null = null, baseOnly = false): number {
  const cosLat = Math.cos((lat * Math.PI) / 180);
  const total = among ? among.length : s.node.length;
  let found = 0;
  for (let j = 0; j < total; j++) {
    const i = among ? (among[j] as number) : j;
    if (baseOnly && !s.base[i]) continue;
    const km = kmBetween(s, i, lon, lat, cosLat);
    if (found === k && km >= (out.km[k - 1] as number)) continue;
    // Insertion into the sorted top k; `among` is in index order, so ties keep the lower index.
    let p = found < k ? found++ : k - 1;
    while (p > 0 && (out.km[p - 1] as number) > km) {
      out.km[p] = out.km[p - 1] as number;
      out.index[p] = out.index[p - 1] as number;
      p--;
    }
    out.km[p] = km;
    out.index[p] = i;
  }
  return found;
}

/** What `bestAccess` found: the station (index into the packed stations), its km and road minutes. */
export interface BestAccess {
  station: number;
  km: number;
  accessMinutes: number;
  total: number;
}

/**
 * The best of a point's k nearest stations (and of its k nearest of today's): road plus train
 * minutes, or NaN when none leads to the destination. The winner is written to `scratch.best`.
 * No allocation per call: a grid calls this once per cell.
 */
export function bestAccess(s: AccessStations, train: Float64Array, lon: number, lat: number, a: AccessAssumptions, scratch: NearestScratch, among: Int32Array | null = null): number {
  const best = scratch.best;
  best.station = -1;
  best.total = Number.NaN;
  for (let pass = 0; pass < (s.allBase ? 1 : 2); pass++) {
    const list = pass === 0 ? scratch : scratch.base;
    const found = nearest(s, lon, lat, a.k, list, among, pass === 1);
    for (let j = 0; j < found; j++) {
      const i = list.index[j] as number;
      const t = train[s.node[i] as number] as number;
      if (!Number.isFinite(t)) continue;
      const km = list.km[j] as number;
      const road = accessMinutes(km, a);
      // Strictly less: on a tie the nearer station (listed first) wins.
      if (best.station < 0 || road + t < best.total) {
        best.station = i;
        best.km = km;
        best.accessMinutes = road;
        best.total = road + t;
      }
    }
  }
  return best.total;
}
