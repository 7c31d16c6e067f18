import type { Feature, Geometry, Position } from 'geojson';
import { schematicAccuracy } from '../query/schematicDistance.ts';

/**
 * Coordinates written no finer than a feature's position is known: six decimals (~0.1 m) for
 * surveyed and sourced data, and for a schematic one, known to kilometres, three (~100 m) —
 * four (~10 m) when it claims better than a kilometre. 112.746519 for a point that is ±8.8 km
 * would suggest a precision nobody has.
 */
export function coordinateDecimals(properties: Readonly<Record<string, unknown>> | null | undefined): number {
  const accuracy = schematicAccuracy(properties);
  if (accuracy === null) return 6;
  return accuracy >= 1000 ? 3 : 4;
}

const round = (p: Position, factor: number): Position => p.map((v) => Math.round(v * factor) / factor);

function roundPositions(c: unknown, factor: number): unknown {
  if (Array.isArray(c) && typeof c[0] === 'number') return round(c as Position, factor);
  return Array.isArray(c) ? c.map((x) => roundPositions(x, factor)) : c;
}

/** A geometry with every coordinate rounded to `decimals`. */
export function roundGeometry(g: Geometry, decimals: number): Geometry {
  const factor = 10 ** decimals;
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map((x) => roundGeometry(x, decimals)) };
  return { ...g, coordinates: roundPositions(g.coordinates, factor) } as Geometry;
}

/** The feature as it is exported: its coordinates to the precision its position has. */
export function withExportPrecision(f: Feature): Feature {
  return f.geometry ? { ...f, geometry: roundGeometry(f.geometry, coordinateDecimals(f.properties)) } : f;
}
