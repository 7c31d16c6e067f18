/**
 * Distances on the sphere of Turf's mean Earth radius, so figures match `turf.distance`.
 * Segments are great-circle arcs; distances are exact on that sphere (no buffer polygons:
 * a 64-step `turf.buffer` circle misses ~0.7 % of points near its edge).
 */
import type { Position } from 'geojson';

export const EARTH_RADIUS_M = 6371008.8;
const RAD = Math.PI / 180;

type Vec = [number, number, number];

function unit(p: Position): Vec {
  const lon = (p[0] as number) * RAD;
  const lat = (p[1] as number) * RAD;
  const c = Math.cos(lat);
  return [c * Math.cos(lon), c * Math.sin(lon), Math.sin(lat)];
}

const dot = (a: Vec, b: Vec): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec, b: Vec): Vec => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const norm = (a: Vec): number => Math.hypot(a[0], a[1], a[2]);

/** Great-circle distance in metres (haversine, as turf.distance computes it). */
export function haversine(a: Position, b: Position): number {
  const dLat = ((b[1] as number) - (a[1] as number)) * RAD;
  const dLon = ((b[0] as number) - (a[0] as number)) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos((a[1] as number) * RAD) * Math.cos((b[1] as number) * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

/**
 * Haversine from packed values (lon, lat in degrees, cos lat precomputed): the inner loop of
 * point-to-point queries, same formula and result as `haversine`.
 */
export function haversinePacked(x1: number, y1: number, cos1: number, x2: number, y2: number, cos2: number): number {
  const sLat = Math.sin(((y2 - y1) * RAD) / 2);
  const sLon = Math.sin(((x2 - x1) * RAD) / 2);
  const h = sLat * sLat + cos1 * cos2 * sLon * sLon;
  return 2 * EARTH_RADIUS_M * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

/** Distance in metres from p to the great-circle arc a→b (the shorter arc). */
export function pointToArc(p: Position, a: Position, b: Position): number {
  const va = unit(a);
  const vb = unit(b);
  const n = cross(va, vb);
  const nl = norm(n);
  if (nl < 1e-15) return haversine(p, a);
  const nu: Vec = [n[0] / nl, n[1] / nl, n[2] / nl];
  const vp = unit(p);
  const s = dot(vp, nu);
  // Foot of the perpendicular from p onto the great circle through a and b.
  const foot: Vec = [vp[0] - s * nu[0], vp[1] - s * nu[1], vp[2] - s * nu[2]];
  const onArc = dot(cross(va, foot), nu) >= 0 && dot(cross(foot, vb), nu) >= 0;
  if (onArc && norm(foot) > 1e-15) return EARTH_RADIUS_M * Math.atan2(Math.abs(s), norm(foot));
  return Math.min(haversine(p, a), haversine(p, b));
}

/**
 * A lon/lat box around `box` that contains every point within `meters` of it: the safe
 * prefilter margin for index searches (then the exact distance decides).
 */
export function expandBox(box: readonly [number, number, number, number], meters: number): [number, number, number, number] {
  const dLat = (meters / EARTH_RADIUS_M) / RAD;
  const maxAbsLat = Math.min(89.9, Math.max(Math.abs(box[1]), Math.abs(box[3])) + dLat);
  const dLon = dLat / Math.cos(maxAbsLat * RAD);
  // 0.1 % extra covers floating-point error at the edge; the exact check removes false hits.
  const slack = 1.001;
  return [box[0] - dLon * slack, box[1] - dLat * slack, box[2] + dLon * slack, box[3] + dLat * slack];
}
