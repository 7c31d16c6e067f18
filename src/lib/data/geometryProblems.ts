import { kinks } from '@turf/turf';
import type { Geometry, Position } from 'geojson';

type Bbox = readonly [number, number, number, number];

function positionProblem(p: Position, bbox: Bbox): string | null {
  if (!Array.isArray(p) || p.length < 2) return 'a position is not [lon, lat]';
  const [x, y] = p as [number, number];
  if (!Number.isFinite(x) || !Number.isFinite(y)) return `coordinate [${String(x)}, ${String(y)}] is not a finite number`;
  if (x < bbox[0] || x > bbox[2] || y < bbox[1] || y > bbox[3]) {
    return `coordinate [${x}, ${y}] lies outside lon ${bbox[0]}–${bbox[2]}, lat ${bbox[1]}–${bbox[3]}`;
  }
  return null;
}

function positionsProblem(ps: unknown, bbox: Bbox): string | null {
  if (!Array.isArray(ps)) return 'coordinates are not an array';
  for (const p of ps as Position[]) {
    const problem = positionProblem(p, bbox);
    if (problem) return problem;
  }
  return null;
}

function lineProblem(ps: unknown, bbox: Bbox, what: string): string | null {
  const problem = positionsProblem(ps, bbox);
  if (problem) return problem;
  const n = (ps as Position[]).length;
  return n < 2 ? `${what} has ${n} position${n === 1 ? '' : 's'}` : null;
}

function ringsProblem(rings: unknown, bbox: Bbox, what: string): string | null {
  if (!Array.isArray(rings) || rings.length === 0) return `${what} has no rings`;
  for (const [i, ring] of (rings as Position[][]).entries()) {
    const problem = positionsProblem(ring, bbox);
    if (problem) return problem;
    if (ring.length < 4) return `${what} ring ${i} has ${ring.length} positions (needs at least 4)`;
    const a = ring[0] as Position;
    const b = ring[ring.length - 1] as Position;
    if (a[0] !== b[0] || a[1] !== b[1]) return `${what} ring ${i} is not closed`;
  }
  return null;
}

/**
 * The first thing wrong with a geometry, in words a data editor can act on, or null.
 * Self-intersections are checked per polygon, so touching parts of a MultiPolygon pass.
 */
export function geometryProblem(g: Geometry | null | undefined, bbox: Bbox): string | null {
  if (!g || typeof g !== 'object') return 'has no geometry';
  switch (g.type) {
    case 'Point':
      return positionProblem(g.coordinates, bbox);
    case 'MultiPoint':
      return positionsProblem(g.coordinates, bbox) ?? (g.coordinates.length ? null : 'MultiPoint has no positions');
    case 'LineString':
      return lineProblem(g.coordinates, bbox, 'LineString');
    case 'MultiLineString':
      for (const l of g.coordinates) {
        const problem = lineProblem(l, bbox, 'MultiLineString part');
        if (problem) return problem;
      }
      return g.coordinates.length ? null : 'MultiLineString has no parts';
    case 'Polygon':
      return ringsProblem(g.coordinates, bbox, 'Polygon') ?? selfIntersection(g.coordinates, 'Polygon');
    case 'MultiPolygon':
      for (const [i, poly] of g.coordinates.entries()) {
        const problem = ringsProblem(poly, bbox, `MultiPolygon part ${i}`) ?? selfIntersection(poly, `MultiPolygon part ${i}`);
        if (problem) return problem;
      }
      return g.coordinates.length ? null : 'MultiPolygon has no parts';
    case 'GeometryCollection':
      return 'GeometryCollection is not supported in catalogue layers';
    default:
      return `unknown geometry type "${String((g as { type?: unknown }).type)}"`;
  }
}

function selfIntersection(rings: Position[][], what: string): string | null {
  const found = kinks({ type: 'Polygon', coordinates: rings });
  const first = found.features[0];
  if (!first) return null;
  const [x, y] = first.geometry.coordinates as [number, number];
  return `${what} intersects itself near [${x.toFixed(5)}, ${y.toFixed(5)}]`;
}
