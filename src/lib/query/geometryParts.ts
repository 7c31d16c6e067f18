import type { Geometry, Position } from 'geojson';
import { geometryBox, type Box } from '../fgb/bbox.ts';

/** A geometry taken apart for distance work: its vertices, its segments and its polygon areas. */
export interface Parts {
  points: Position[];
  segments: Array<[Position, Position]>;
  polygons: Position[][][];
  box: Box;
}

function addLine(coords: Position[], parts: Parts): void {
  for (let i = 0; i < coords.length; i++) {
    parts.points.push(coords[i] as Position);
    if (i > 0) parts.segments.push([coords[i - 1] as Position, coords[i] as Position]);
  }
}

function add(g: Geometry, parts: Parts): void {
  switch (g.type) {
    case 'Point':
      parts.points.push(g.coordinates);
      break;
    case 'MultiPoint':
      parts.points.push(...g.coordinates);
      break;
    case 'LineString':
      addLine(g.coordinates, parts);
      break;
    case 'MultiLineString':
      for (const l of g.coordinates) addLine(l, parts);
      break;
    case 'Polygon':
      parts.polygons.push(g.coordinates);
      for (const r of g.coordinates) addLine(r, parts);
      break;
    case 'MultiPolygon':
      for (const poly of g.coordinates) {
        parts.polygons.push(poly);
        for (const r of poly) addLine(r, parts);
      }
      break;
    case 'GeometryCollection':
      for (const child of g.geometries) add(child, parts);
      break;
  }
}

export function partsOf(g: Geometry): Parts {
  const parts: Parts = { points: [], segments: [], polygons: [], box: geometryBox(g) };
  add(g, parts);
  return parts;
}
