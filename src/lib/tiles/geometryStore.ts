import type { Geometry, Position } from 'geojson';
import { GrowableArray } from './growableArray.ts';

// Per-feature layout codes. RAW keeps the geometry object itself, for what the flat layout
// cannot give back exactly (GeometryCollection, positions with altitude, malformed positions).
const NONE = 0;
const POINT = 1;
const MULTI_POINT = 2;
const LINE = 3;
const MULTI_LINE = 4;
const POLYGON = 5;
const MULTI_POLYGON = 6;
const RAW = 7;

const CODES: Readonly<Record<string, number>> = {
  Point: POINT,
  MultiPoint: MULTI_POINT,
  LineString: LINE,
  MultiLineString: MULTI_LINE,
  Polygon: POLYGON,
  MultiPolygon: MULTI_POLYGON,
};

/** How the tiler draws a feature: as points, as lines, as areas, or not at all. */
export type Dimension = 'none' | 'point' | 'line' | 'polygon';

const DIMENSION_OF: Readonly<Record<string, Dimension>> = {
  Point: 'point',
  MultiPoint: 'point',
  LineString: 'line',
  MultiLineString: 'line',
  Polygon: 'polygon',
  MultiPolygon: 'polygon',
};

class NotFlat extends Error {}

/**
 * Geometries in flat typed arrays (GeoArrow-like): every position goes into one Float64Array of
 * lon, lat pairs, and each geometry's nesting (parts, rings, positions per ring) into one
 * Uint32Array of counts, read back in the order it was written. A point costs 16 bytes of
 * coordinates plus 9 of bookkeeping; no per-feature object survives `append`.
 */
export class GeometryStore {
  private readonly codes = new GrowableArray(Uint8Array);
  private readonly vertexStart = new GrowableArray(Uint32Array);
  private readonly countStart = new GrowableArray(Uint32Array);
  private readonly coords = new GrowableArray(Float64Array, 1 << 16);
  private readonly counts = new GrowableArray(Uint32Array);
  private readonly raw = new Map<number, Geometry>();
  // Running bounds of the geometry being appended, so `append` allocates nothing per feature.
  private w = Infinity;
  private s = Infinity;
  private e = -Infinity;
  private n = -Infinity;

  get count(): number {
    return this.codes.length;
  }

  /**
   * Appends a geometry and writes its lon/lat bounds into `box` as [w, s, e, n]. Returns false,
   * leaving `box` untouched, when it has no position to bound (a null or empty geometry).
   */
  append(geometry: Geometry | null, box: Float64Array): boolean {
    const index = this.codes.length;
    this.w = this.s = Infinity;
    this.e = this.n = -Infinity;
    this.vertexStart.push(this.coords.length / 2);
    this.countStart.push(this.counts.length);
    if (!geometry) {
      this.codes.push(NONE);
      return false;
    }
    const code = CODES[geometry.type];
    const coordsLength = this.coords.length;
    const countsLength = this.counts.length;
    try {
      if (code === undefined || !('coordinates' in geometry)) throw new NotFlat();
      this.writeNested(geometry.coordinates, depthOf(code));
      this.codes.push(code);
    } catch (err) {
      if (!(err instanceof NotFlat)) throw err;
      this.coords.setLength(coordsLength);
      this.counts.setLength(countsLength);
      this.w = this.s = Infinity;
      this.e = this.n = -Infinity;
      this.boundRaw(geometry);
      this.raw.set(index, geometry);
      this.codes.push(RAW);
    }
    if (!(this.w <= this.e)) return false;
    box[0] = this.w;
    box[1] = this.s;
    box[2] = this.e;
    box[3] = this.n;
    return true;
  }

  /** The geometry as it was appended (a new object each call). */
  geometry(i: number): Geometry | null {
    const code = this.codes.get(i);
    if (code === NONE) return null;
    if (code === RAW) {
      const geometry = this.raw.get(i);
      // A copy, so a caller editing a popup's geometry cannot change what the tiles draw.
      return geometry ? structuredClone(geometry) : null;
    }
    const reader = { vertex: this.vertexStart.get(i), count: this.countStart.get(i) };
    const coordinates = this.readNested(depthOf(code), reader);
    switch (code) {
      case POINT:
        return { type: 'Point', coordinates: coordinates as Position };
      case MULTI_POINT:
        return { type: 'MultiPoint', coordinates: coordinates as Position[] };
      case LINE:
        return { type: 'LineString', coordinates: coordinates as Position[] };
      case MULTI_LINE:
        return { type: 'MultiLineString', coordinates: coordinates as Position[][] };
      case POLYGON:
        return { type: 'Polygon', coordinates: coordinates as Position[][] };
      default:
        return { type: 'MultiPolygon', coordinates: coordinates as Position[][][] };
    }
  }

  /** A flat single Point: the tiler's hot case, told apart without building the geometry. */
  isPoint(i: number): boolean {
    return this.codes.get(i) === POINT;
  }

  dimension(i: number): Dimension {
    const code = this.codes.get(i);
    if (code === NONE) return 'none';
    if (code !== RAW) return code <= MULTI_POINT ? 'point' : code <= MULTI_LINE ? 'line' : 'polygon';
    const geometry = this.raw.get(i);
    return geometry ? dimensionOf(geometry) : 'none';
  }

  private extend(x: number, y: number): void {
    if (x < this.w) this.w = x;
    if (x > this.e) this.e = x;
    if (y < this.s) this.s = y;
    if (y > this.n) this.n = y;
  }

  private boundRaw(geometry: Geometry): void {
    if (geometry.type === 'GeometryCollection') {
      for (const part of geometry.geometries) this.boundRaw(part);
      return;
    }
    this.boundPositions(geometry.coordinates);
  }

  /** Whatever nesting the raw geometry has: anything shaped like [x, y, ...] with finite x, y counts. */
  private boundPositions(value: unknown): void {
    if (!Array.isArray(value)) return;
    const [x, y] = value as unknown[];
    if (typeof x === 'number' && typeof y === 'number') {
      if (Number.isFinite(x) && Number.isFinite(y)) this.extend(x, y);
      return;
    }
    for (const item of value) this.boundPositions(item);
  }

  /** depth 0: one position; depth d > 0: a count, then that many depth d−1 items. */
  private writeNested(value: unknown, depth: number): void {
    if (!Array.isArray(value)) throw new NotFlat();
    if (depth === 0) {
      if (value.length !== 2) throw new NotFlat();
      const x: unknown = value[0];
      const y: unknown = value[1];
      // Non-finite numbers are kept too, but as they were, outside the flat arrays and the bounds.
      if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) throw new NotFlat();
      this.coords.push(x);
      this.coords.push(y);
      this.extend(x, y);
      return;
    }
    this.counts.push(value.length);
    for (const item of value) this.writeNested(item, depth - 1);
  }

  private readNested(depth: number, at: { vertex: number; count: number }): unknown {
    if (depth === 0) {
      const k = at.vertex++ * 2;
      return [this.coords.get(k), this.coords.get(k + 1)];
    }
    const n = this.counts.get(at.count++);
    const out: unknown[] = new Array<unknown>(n);
    for (let j = 0; j < n; j++) out[j] = this.readNested(depth - 1, at);
    return out;
  }
}

function depthOf(code: number): number {
  switch (code) {
    case POINT:
      return 0;
    case MULTI_POINT:
    case LINE:
      return 1;
    case MULTI_LINE:
    case POLYGON:
      return 2;
    default:
      return 3;
  }
}

/** A GeometryCollection draws as its highest dimension: a parcel with a label point is still an area. */
function dimensionOf(geometry: Geometry): Dimension {
  if (geometry.type !== 'GeometryCollection') return DIMENSION_OF[geometry.type] ?? 'none';
  const order: Dimension[] = ['none', 'point', 'line', 'polygon'];
  let best = 0;
  for (const part of geometry.geometries) best = Math.max(best, order.indexOf(dimensionOf(part)));
  return order[best] ?? 'none';
}
