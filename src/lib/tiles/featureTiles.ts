import { geoJSONToTile, type GeoJSONVTFeature } from '@maplibre/geojson-vt';
import Flatbush from 'flatbush';
import type { Feature, Geometry, Position } from 'geojson';
import { GeometryStore, type Dimension } from './geometryStore.ts';
import { mercatorX, mercatorY } from './mercator.ts';
import { PixelCells, PlacedList, type Placed } from './placement.ts';
import { PropertyColumns } from './propertyColumns.ts';
import { encodeContent, type TagSource, type TileContent } from './tileContent.ts';

/** The source-layer name of every tile. */
export const TILE_LAYER = 'features';

export interface FeatureTilesOptions {
  /** Tile units per side (default 4096). */
  extent?: number;
  /** Tile units drawn past each edge, so strokes and symbols meet across tiles (default 64). */
  buffer?: number;
  /** From this zoom on every feature is drawn in full, unthinned and unsimplified (default 14). */
  maxZoom?: number;
  /**
   * The thinning cell's side in pixels at zoom z (a power of two; default: one pixel). Software
   * WebGL pays per drawn point, so the app thins zoomed-out views more coarsely.
   */
  cellPx?: (z: number) => number;
}

/** One `add` call's spatial index, in Web Mercator unit-square coordinates. */
interface Batch {
  index: Flatbush;
  /** The feature index of each index item, or null when item j is feature `start + j`. */
  features: Uint32Array | null;
  start: number;
}

/** The simplification tolerance geojson-vt uses by default, in tile units. */
const TOLERANCE = 3;
/** Shapes handed to geojson-vt at once: enough to amortise its per-call setup, few enough that their garbage stays young. */
const SHAPE_CHUNK = 512;

/**
 * Vector tiles cut on demand from features held compactly: geometries in flat typed arrays,
 * properties in columns, one packed R-tree per `add`. Nothing per tile is cached, so memory stays
 * what the store costs however many tiles are asked for. Below `maxZoom` a tile keeps one point
 * per output pixel and draws a line or polygon smaller than a pixel as a one-pixel mark (one per
 * pixel too), so a dense layer stays visible and cheap when zoomed out.
 */
export class FeatureTiles {
  private readonly extent: number;
  private readonly buffer: number;
  private readonly maxZoom: number;
  private readonly geometries = new GeometryStore();
  private readonly props = new PropertyColumns();
  /** GeoJSON `Feature.id`s, created only once a feature brings one. */
  private featureIds: (string | number | undefined)[] | null = null;
  private readonly batches: Batch[] = [];
  private bounds: [number, number, number, number] | null = null;
  /** Thinning grids by what they thin, made on first use: ~0.8 MB each, and most layers need one. */
  private readonly cells = new Map<string, PixelCells>();
  private readonly cellPx: (z: number) => number;
  /** The cell size of the tile being cut. */
  private px = 1;

  constructor(options: FeatureTilesOptions = {}) {
    this.extent = options.extent ?? 4096;
    this.buffer = options.buffer ?? 64;
    this.maxZoom = options.maxZoom ?? 14;
    this.cellPx = options.cellPx ?? (() => 1);
  }

  get count(): number {
    return this.geometries.count;
  }

  /** Bounds of everything added, [w, s, e, n], or null when nothing has a position. */
  get bbox(): [number, number, number, number] | null {
    return this.bounds ? [...this.bounds] : null;
  }

  /** Appends a batch; feature i (0-based, across batches) gets MVT id i. GeoJSON allows a null geometry; such a feature is kept but never drawn. */
  add(features: readonly Feature<Geometry | null>[]): void {
    const start = this.count;
    const n = features.length;
    const boxes = new Float64Array(n * 4);
    const items = new Uint32Array(n);
    const box = new Float64Array(4);
    let m = 0;
    for (let k = 0; k < n; k++) {
      const feature = features[k] as Feature<Geometry | null>;
      this.props.append(feature.properties);
      this.keepId(start + k, feature.id);
      if (!this.geometries.append(feature.geometry, box)) continue;
      const w = box[0] as number;
      const s = box[1] as number;
      const e = box[2] as number;
      const north = box[3] as number;
      this.extendBounds(w, s, e, north);
      // Mercator y grows southward, so north gives the smaller y.
      boxes[m * 4] = mercatorX(w);
      boxes[m * 4 + 1] = mercatorY(north);
      boxes[m * 4 + 2] = mercatorX(e);
      boxes[m * 4 + 3] = mercatorY(s);
      items[m++] = start + k;
    }
    if (this.featureIds) while (this.featureIds.length < this.count) this.featureIds.push(undefined);
    if (m === 0) return;
    const index = new Flatbush(m);
    for (let j = 0; j < m; j++) index.add(boxes[j * 4] as number, boxes[j * 4 + 1] as number, boxes[j * 4 + 2] as number, boxes[j * 4 + 3] as number);
    index.finish();
    this.batches.push({ index, features: m === n ? null : items.slice(0, m), start });
  }

  /**
   * Feature i as it was added: geometry, properties and id (new objects each call). Typed as the
   * brief's `Feature`, but its geometry is null if it was added with none.
   */
  feature(i: number): Feature {
    if (!Number.isInteger(i) || i < 0 || i >= this.count) throw new RangeError(`No feature ${i}; there are ${this.count}`);
    const out: Feature = { type: 'Feature', geometry: this.geometries.geometry(i) as Geometry, properties: this.props.properties(i) };
    const id = this.featureIds?.[i];
    if (id !== undefined) out.id = id;
    return out;
  }

  /** Feature i's properties alone (no geometry is rebuilt): for attribute filters. */
  properties(i: number): Feature['properties'] {
    return this.props.properties(i);
  }

  /** One property of feature i (undefined when it lacks it): for class breaks over a column. */
  value(i: number, name: string): unknown {
    return this.props.value(i, name);
  }

  /** False for a feature added without a geometry: it has no place on the map. */
  located(i: number): boolean {
    return this.geometries.dimension(i) !== 'none';
  }

  /**
   * The tile as MVT protobuf with one layer, TILE_LAYER; empty when nothing falls in it. With
   * `keep`, only the features it keeps are placed: thinning then picks among those, so a filter
   * does not hide the one point of a pixel that it keeps behind one that it drops.
   */
  tile(z: number, x: number, y: number, keep?: (i: number) => boolean): Uint8Array {
    const z2 = 2 ** z;
    const exists = [z, x, y].every(Number.isInteger) && z >= 0 && x >= 0 && x < z2 && y >= 0 && y < z2;
    if (!exists) return new Uint8Array(0);
    const { extent } = this;
    const b = this.buffer / extent;
    const minX = (x - b) / z2;
    const minY = (y - b) / z2;
    const maxX = (x + 1 + b) / z2;
    const maxY = (y + 1 + b) / z2;
    const thin = z < this.maxZoom;
    const pixel = 1 / (z2 * 256);
    const all = new PlacedList();
    const large: number[] = [];
    // A tile that threw half-way (say on a geometry geojson-vt rejects) must not leak into this one.
    for (const cells of this.cells.values()) cells.drain();
    this.px = this.cellPx(z);
    const pointCells = thin ? this.cellsFor('point') : null;

    const placePoint = (i: number, wx: number, wy: number): void => {
      const tx = (wx * z2 - x) * extent;
      const ty = (wy * z2 - y) * extent;
      if (pointCells) pointCells.offer(i, tx, ty);
      else all.push(i, tx, ty);
    };

    for (const batch of this.batches) {
      const { start, features } = batch;
      batch.index.search(minX, minY, maxX, maxY, (j, x0, y0, x1, y1) => {
        const i = features ? (features[j] as number) : start + j;
        if (keep && !keep(i)) return false;
        if (this.geometries.isPoint(i)) {
          placePoint(i, x0, y0);
          return false;
        }
        const dimension = this.geometries.dimension(i);
        if (dimension === 'point') {
          forEachPosition(this.geometries.geometry(i), (lon, lat) => {
            const wx = mercatorX(lon);
            const wy = mercatorY(lat);
            if (wx >= minX && wx <= maxX && wy >= minY && wy <= maxY) placePoint(i, wx, wy);
          });
        } else if (thin && x1 - x0 < pixel && y1 - y0 < pixel && dimension !== 'none') {
          this.cellsFor(dimension).offer(i, (((x0 + x1) / 2) * z2 - x) * extent, (((y0 + y1) / 2) * z2 - y) * extent);
        } else {
          large.push(i);
        }
        return false;
      });
    }

    pointCells?.drain(all);
    const content: TileContent = {
      points: all.sorted(),
      squares: this.drained('polygon'),
      dashes: this.drained('line'),
      shapes: this.shapes(large, z, x, y),
    };
    if (content.points.length + content.squares.length + content.dashes.length + large.length === 0) return new Uint8Array(0);
    return encodeContent(content, TILE_LAYER, extent, this.forEachTag);
  }

  private readonly forEachTag: TagSource = (i, visit) => this.props.forEachTag(i, visit);

  private cellsFor(dimension: Exclude<Dimension, 'none'>): PixelCells {
    const key = `${dimension}/${this.px}`;
    let cells = this.cells.get(key);
    if (!cells) this.cells.set(key, (cells = new PixelCells(this.extent, this.buffer, this.px)));
    return cells;
  }

  private drained(dimension: 'line' | 'polygon'): Placed {
    const list = new PlacedList();
    this.cells.get(`${dimension}/${this.px}`)?.drain(list);
    return list.sorted();
  }

  /** Lines and polygons of a pixel or more, clipped to the buffered tile and simplified by geojson-vt, a chunk at a time. */
  private *shapes(large: number[], z: number, x: number, y: number): Generator<GeoJSONVTFeature> {
    large.sort((a, c) => a - c);
    const options = {
      extent: this.extent,
      buffer: this.buffer,
      tolerance: TOLERANCE,
      // geojson-vt leaves its maxZoom unsimplified, so from our maxZoom on shapes come out exact.
      maxZoom: Math.max(z, this.maxZoom),
      clip: true,
      wrap: false,
    };
    for (let from = 0; from < large.length; from += SHAPE_CHUNK) {
      const features: Feature[] = large.slice(from, from + SHAPE_CHUNK).map((i) => ({ type: 'Feature', id: i, geometry: this.geometries.geometry(i) as Geometry, properties: this.props.tags(i) }));
      yield* geoJSONToTile({ type: 'FeatureCollection', features }, z, x, y, options).features;
    }
  }

  private keepId(i: number, id: string | number | undefined): void {
    if (id === undefined) return;
    if (!this.featureIds) this.featureIds = [];
    while (this.featureIds.length < i) this.featureIds.push(undefined);
    this.featureIds.push(id);
  }

  private extendBounds(w: number, s: number, e: number, n: number): void {
    const b = this.bounds;
    if (!b) {
      this.bounds = [w, s, e, n];
      return;
    }
    if (w < b[0]) b[0] = w;
    if (s < b[1]) b[1] = s;
    if (e > b[2]) b[2] = e;
    if (n > b[3]) b[3] = n;
  }
}

function forEachPosition(geometry: Geometry | null, visit: (lon: number, lat: number) => void): void {
  if (!geometry) return;
  if (geometry.type === 'GeometryCollection') {
    for (const part of geometry.geometries) forEachPosition(part, visit);
    return;
  }
  const walk = (value: Position | Position[] | Position[][] | Position[][][]): void => {
    const [first, second] = value;
    if (typeof first === 'number' && typeof second === 'number') visit(first, second);
    else for (const item of value as Position[]) walk(item);
  };
  walk(geometry.coordinates);
}
