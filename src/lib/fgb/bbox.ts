import type { Geometry } from 'geojson';

export type Box = [minX: number, minY: number, maxX: number, maxY: number];

export const emptyBox = (): Box => [Infinity, Infinity, -Infinity, -Infinity];

export function extendBox(box: Box, other: Box): void {
  if (other[0] < box[0]) box[0] = other[0];
  if (other[1] < box[1]) box[1] = other[1];
  if (other[2] > box[2]) box[2] = other[2];
  if (other[3] > box[3]) box[3] = other[3];
}

export function boxesIntersect(a: Box, b: Box): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/** Bounding box of any GeoJSON geometry, walking nested coordinate arrays. */
export function geometryBox(g: Geometry): Box {
  const box = emptyBox();
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const x = c[0];
      const y = c[1] as number;
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
      return;
    }
    for (const child of c) walk(child);
  };
  if (g.type === 'GeometryCollection') for (const part of g.geometries) extendBox(box, geometryBox(part));
  else walk(g.coordinates);
  return box;
}
