/**
 * Travel minutes over a grid of cells (the isochrone map) and the minutes the 雄忻高铁 saves.
 * Each station's train time is searched once per scenario (trainTimes.ts); per cell only the
 * road leg to its k nearest stations is left. The shortcut: cells come in blocks of 16 × 16,
 * and a block first keeps the stations that can be among the k nearest of any of its cells
 * (by the triangle inequality), so a cell measures a handful of stations instead of all.
 */
import { CodedError } from '../i18n/codedError.ts';
import { haversine } from '../query/sphere.ts';
import { bestAccess, kmBetween, nearestScratch, type AccessStations } from './accessLeg.ts';
import { checkAssumptions, checkDestination } from './assumptions.ts';
import { trainTimesTo } from './trainTimes.ts';
import type { AccessAssumptions, DestinationId, MinutesGrid, RailNetwork } from './types.ts';

const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;
const BLOCK = 16;

/** The grid's shape: whole cells of about `cellKm` (at the box's middle latitude) tiling the box. */
export function gridShape(bbox: [number, number, number, number], cellKm: number): { width: number; height: number } {
  const [w, s, e, n] = bbox;
  if (!(cellKm > 0) || !(e > w) || !(n > s) || ![w, s, e, n].every(Number.isFinite)) throw new CodedError('accessError.badGrid');
  const midCos = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const width = Math.max(1, Math.round(((e - w) * KM_PER_DEGREE * midCos) / cellKm));
  const height = Math.max(1, Math.round(((n - s) * KM_PER_DEGREE) / cellKm));
  // A runaway request (a tiny cell over a big box) would freeze the worker for minutes.
  if (width * height > 4_000_000) throw new CodedError('accessError.badGrid');
  return { width, height };
}

/** The centre of cell (col, row), row 0 at the north: what a cell's figure is the journey from. */
export function cellCentre(grid: Pick<MinutesGrid, 'bbox' | 'width' | 'height'>, col: number, row: number): [number, number] {
  const [w, s, e, n] = grid.bbox;
  return [w + ((col + 0.5) * (e - w)) / grid.width, n - ((row + 0.5) * (n - s)) / grid.height];
}

/**
 * The stations that can be among the k nearest (of all, or of today's) of any point within
 * `radiusKm` of the centre, in index order.
 */
function blockCandidates(st: AccessStations, lon: number, lat: number, radiusKm: number, k: number): Int32Array {
  const cosLat = Math.cos((lat * Math.PI) / 180);
  const count = st.node.length;
  const d = Float64Array.from({ length: count }, (_, i) => kmBetween(st, i, lon, lat, cosLat));
  const keep = new Uint8Array(count);
  for (const only of [false, true]) {
    const pool = [...d.keys()].filter((i) => !only || st.base[i]);
    // The k-th smallest upper bound: every cell has k stations of the pool at most this far away.
    const upper = pool.map((i) => (d[i] as number) + radiusKm).sort((x, y) => x - y);
    const bound = pool.length <= k ? Infinity : (upper[k - 1] as number) * (1 + 1e-9) + 1e-9;
    for (const i of pool) if ((d[i] as number) - radiusKm <= bound) keep[i] = 1;
  }
  return Int32Array.from([...keep.keys()].filter((i) => keep[i]));
}

/** Minutes to `to` from the centre of every cell (NaN where no station leads there). */
export function minutesGrid(network: RailNetwork, to: DestinationId, a: AccessAssumptions, bbox: [number, number, number, number], cellKm: number): MinutesGrid {
  checkAssumptions(a);
  checkDestination(to);
  const { width, height } = gridShape(bbox, cellKm);
  const grid: MinutesGrid = { bbox: [...bbox], width, height, cellKm, minutes: new Float32Array(width * height) };
  const times = trainTimesTo(network, to, a.scenario, a.transferMinutes);
  const scratch = nearestScratch(a.k);
  const [w, s, e, n] = grid.bbox;
  for (let by = 0; by < height; by += BLOCK) {
    for (let bx = 0; bx < width; bx += BLOCK) {
      const x1 = Math.min(width, bx + BLOCK);
      const y1 = Math.min(height, by + BLOCK);
      // The block's middle, and the farthest of its cell centres from it (corner cells), with room.
      const [lon0, lat0] = cellCentre(grid, bx, by);
      const [lon1, lat1] = cellCentre(grid, x1 - 1, y1 - 1);
      const cLon = (lon0 + lon1) / 2;
      const cLat = (lat0 + lat1) / 2;
      const corner = (lon: number, lat: number) => haversine([lon, lat], [cLon, cLat]) / 1000;
      const radius = Math.max(corner(lon0, lat0), corner(lon1, lat0), corner(lon0, lat1), corner(lon1, lat1)) * 1.01 + 0.01;
      const among = blockCandidates(times.stations, cLon, cLat, radius, a.k);
      for (let row = by; row < y1; row++) {
        // As cellCentre computes them (the figures must equal journey() from the same point).
        const lat = n - ((row + 0.5) * (n - s)) / height;
        for (let col = bx; col < x1; col++) {
          const lon = w + ((col + 0.5) * (e - w)) / width;
          grid.minutes[row * width + col] = bestAccess(times.stations, times.tree.minutes, lon, lat, a, scratch, among);
        }
      }
    }
  }
  return grid;
}

/** Minutes saved by the 雄忻高铁: the 2022 time less the 2027 time (≥ 0), same assumptions otherwise. */
export function savedGrid(network: RailNetwork, to: DestinationId, a: AccessAssumptions, bbox: [number, number, number, number], cellKm: number): MinutesGrid {
  const before = minutesGrid(network, to, { ...a, scenario: { year: '2022' } }, bbox, cellKm);
  const after = minutesGrid(network, to, { ...a, scenario: { year: '2027' } }, bbox, cellKm);
  const saved = before.minutes.map((t, i) => Math.max(0, t - (after.minutes[i] as number)));
  return { ...before, minutes: saved };
}
