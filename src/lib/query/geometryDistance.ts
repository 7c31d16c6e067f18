import type { Position } from 'geojson';
import type { Parts } from './geometryParts.ts';
import { haversine, pointToArc } from './sphere.ts';

/** Ray casting in the lon/lat plane, boundary included (a point on an edge is inside). */
export function pointInPolygon(p: Position, rings: Position[][]): boolean {
  const x = p[0] as number;
  const y = p[1] as number;
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      // On the edge: collinear and within the segment's box.
      const crossZ = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
      if (Math.abs(crossZ) < 1e-12 && x >= Math.min(xi, xj) && x <= Math.max(xi, xj) && y >= Math.min(yi, yj) && y <= Math.max(yi, yj)) return true;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function orient(a: Position, b: Position, c: Position): number {
  return ((b[0] as number) - (a[0] as number)) * ((c[1] as number) - (a[1] as number)) - ((b[1] as number) - (a[1] as number)) * ((c[0] as number) - (a[0] as number));
}

function onSegment(a: Position, b: Position, p: Position): boolean {
  return (
    Math.min(a[0] as number, b[0] as number) <= (p[0] as number) && (p[0] as number) <= Math.max(a[0] as number, b[0] as number) &&
    Math.min(a[1] as number, b[1] as number) <= (p[1] as number) && (p[1] as number) <= Math.max(a[1] as number, b[1] as number)
  );
}

/** Whether two segments touch or cross, in the lon/lat plane. */
export function segmentsIntersect(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const d1 = orient(q1, q2, p1);
  const d2 = orient(q1, q2, p2);
  const d3 = orient(p1, p2, q1);
  const d4 = orient(p1, p2, q2);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (d1 === 0 && onSegment(q1, q2, p1)) || (d2 === 0 && onSegment(q1, q2, p2)) || (d3 === 0 && onSegment(p1, p2, q1)) || (d4 === 0 && onSegment(p1, p2, q2));
}

/** Whether two geometries share any point: containment or crossing edges (GeoJSON's planar reading). */
export function intersects(a: Parts, b: Parts): boolean {
  if (a.box[0] > b.box[2] || a.box[2] < b.box[0] || a.box[1] > b.box[3] || a.box[3] < b.box[1]) return false;
  for (const poly of b.polygons) for (const p of a.points) if (pointInPolygon(p, poly)) return true;
  for (const poly of a.polygons) for (const p of b.points) if (pointInPolygon(p, poly)) return true;
  for (const [s1, s2] of a.segments) for (const [t1, t2] of b.segments) if (segmentsIntersect(s1, s2, t1, t2)) return true;
  if (a.segments.length === 0 && b.segments.length === 0) {
    for (const p of a.points) for (const q of b.points) if (p[0] === q[0] && p[1] === q[1]) return true;
  }
  return false;
}

/**
 * Shortest distance in metres between two geometries on the sphere: 0 where they intersect,
 * else the least vertex-to-arc or vertex-to-vertex distance (for geometries that do not
 * touch, the closest pair always involves a vertex of one of them).
 */
export function geometryDistance(a: Parts, b: Parts): number {
  if (intersects(a, b)) return 0;
  let best = Infinity;
  const scan = (from: Parts, to: Parts): void => {
    for (const p of from.points) {
      if (to.segments.length) {
        for (const [s1, s2] of to.segments) {
          const d = pointToArc(p, s1, s2);
          if (d < best) best = d;
        }
      } else {
        for (const q of to.points) {
          const d = haversine(p, q);
          if (d < best) best = d;
        }
      }
    }
  };
  scan(a, b);
  scan(b, a);
  return best;
}
