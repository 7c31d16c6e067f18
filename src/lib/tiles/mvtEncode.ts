import type { GeoJSONVTFeature } from '@maplibre/geojson-vt';
import { ProtobufWriter } from './protobufWriter.ts';

/** Geometry types of the MVT spec: point, line, polygon. */
type MvtType = 1 | 2 | 3;

/**
 * Writes one MVT layer (spec 2.1) feature by feature, straight from whatever holds the data: tags
 * one at a time and geometry from flat coordinates, so a tile of 65k points builds no per-feature
 * objects. Written here rather than through vt-pbf, whose tag dictionary keys every value by a
 * concatenated string: for such a tile that was most of a 400 ms tile and of its garbage.
 *
 * Per feature: `begin`, any number of `tag`, then one geometry call (`points` or `path`); or a
 * whole geojson-vt feature through `feature`.
 */
export class MvtLayerWriter {
  private readonly out = new ProtobufWriter();
  private readonly dictionary = new TagDictionary();
  private readonly layerStart: number;
  private featureStart = -1;
  private tagsStart = -1;
  private count = 0;
  private tagPosition = 0;

  constructor(name: string, extent: number) {
    const out = this.out;
    out.tag(3, 2);
    this.layerStart = out.beginLength();
    out.tag(15, 0);
    out.varint(2);
    writeStringField(out, 1, name);
    out.tag(5, 0);
    out.varint(extent);
  }

  get length(): number {
    return this.count;
  }

  begin(id: number): void {
    const out = this.out;
    out.tag(2, 2);
    this.featureStart = out.beginLength();
    if (Number.isSafeInteger(id) && id >= 0) {
      out.tag(1, 0);
      out.varint(id);
    }
    out.tag(2, 2);
    this.tagsStart = out.beginLength();
    this.tagPosition = 0;
  }

  /** Nulls are skipped: a tag cannot hold one. Non-primitives go as JSON text, as vt-pbf does. */
  tag(name: string, raw: unknown): void {
    if (raw === null || raw === undefined) return;
    const key = this.dictionary.key(name, this.tagPosition++);
    const kind = typeof raw;
    const value = kind === 'string' ? this.dictionary.string(key, raw as string) : kind === 'number' ? this.dictionary.number(key, raw as number) : kind === 'boolean' ? this.dictionary.boolean(key, raw as boolean) : this.dictionary.string(key, JSON.stringify(raw));
    this.out.varint(key);
    this.out.varint(value);
  }

  /** Points k in [from, to) of xs/ys (rounded to the integer grid) as one (multi)point geometry. */
  points(xs: ArrayLike<number>, ys: ArrayLike<number>, from: number, to: number): void {
    const out = this.geometry(1);
    out.varint(((to - from) << 3) | MOVE_TO);
    let x = 0;
    let y = 0;
    for (let k = from; k < to; k++) {
      const px = Math.round(xs[k] as number);
      const py = Math.round(ys[k] as number);
      out.svarint(px - x);
      out.svarint(py - y);
      x = px;
      y = py;
    }
    this.end();
  }

  /** One line (type 2) or one ring (type 3, given without its closing position) from flat x, y pairs. */
  path(type: 2 | 3, coords: ArrayLike<number>, length: number): void {
    const out = this.geometry(type);
    const n = length >> 1;
    out.varint((1 << 3) | MOVE_TO);
    out.svarint(coords[0] as number);
    out.svarint(coords[1] as number);
    if (n > 1) out.varint(((n - 1) << 3) | LINE_TO);
    for (let k = 2; k < length; k += 2) {
      out.svarint((coords[k] as number) - (coords[k - 2] as number));
      out.svarint((coords[k + 1] as number) - (coords[k - 1] as number));
    }
    if (type === 3) out.varint((1 << 3) | CLOSE_PATH);
    this.end();
  }

  /** A whole feature as geojson-vt cuts it: tags object, and rings or points in tile units. */
  feature(feature: GeoJSONVTFeature): void {
    this.begin(typeof feature.id === 'number' ? feature.id : -1);
    for (const name in feature.tags) this.tag(name, feature.tags[name]);
    if (feature.type === 1) {
      const xs = feature.geometry.map((p) => p[0]);
      const ys = feature.geometry.map((p) => p[1]);
      this.points(xs, ys, 0, xs.length);
    } else {
      this.rings(feature.type, feature.geometry);
    }
  }

  /** The finished tile; the writer is spent. */
  finish(): Uint8Array {
    const out = this.out;
    for (const key of this.dictionary.keys.keys()) writeStringField(out, 3, key);
    out.append(this.dictionary.encoded);
    out.endLength(this.layerStart);
    return out.finish();
  }

  /** The cursor carries over from ring to ring, as the spec's command encoding requires. */
  private rings(type: 2 | 3, rings: readonly [number, number][][]): void {
    const out = this.geometry(type);
    let x = 0;
    let y = 0;
    for (const ring of rings) {
      if (ring.length === 0) continue;
      const first = ring[0] as [number, number];
      const last = ring[ring.length - 1] as [number, number];
      // A closed ring's repeated last position is implied by ClosePath.
      const count = type === 3 && ring.length > 1 && last[0] === first[0] && last[1] === first[1] ? ring.length - 1 : ring.length;
      out.varint((1 << 3) | MOVE_TO);
      for (let i = 0; i < count; i++) {
        if (i === 1) out.varint(((count - 1) << 3) | LINE_TO);
        const [px, py] = ring[i] as [number, number];
        out.svarint(px - x);
        out.svarint(py - y);
        x = px;
        y = py;
      }
      if (type === 3) out.varint((1 << 3) | CLOSE_PATH);
    }
    this.end();
  }

  /** Closes the tags, writes the type and opens the geometry. */
  private geometry(type: MvtType): ProtobufWriter {
    const out = this.out;
    out.endLength(this.tagsStart);
    out.tag(3, 0);
    out.varint(type);
    out.tag(4, 2);
    this.tagsStart = out.beginLength();
    return out;
  }

  private end(): void {
    this.out.endLength(this.tagsStart);
    this.out.endLength(this.featureStart);
    this.count++;
  }
}

const MOVE_TO = 1;
const LINE_TO = 2;
const CLOSE_PATH = 7;

type TagValue = string | number | boolean;

/** Distinct values a key may show among its first SAMPLE before its values stop being looked up. */
const SAMPLE = 256;
const MOSTLY_DISTINCT = 0.5;

/**
 * Keys and values numbered in first-seen order. Values are shared through a Map per kind, keyed by
 * the value itself, but only for keys whose values repeat: a key like `id` or `name` is distinct
 * on every feature, and putting 65k of those through a Map per tile costs more than the bytes it
 * could save, so once a key's first SAMPLE values are mostly distinct its values are just appended.
 * Each new value is encoded (as a layer `values` field) the moment it is numbered, so the tile
 * keeps bytes rather than a JS array of them.
 */
class TagDictionary {
  readonly keys = new Map<string, number>();
  readonly encoded = new ProtobufWriter();
  private count = 0;
  private readonly seen: number[] = [];
  private readonly added: number[] = [];
  private readonly strings = new Map<string, number>();
  private readonly numbers = new Map<number, number>();
  private readonly booleans = new Map<boolean, number>();

  // Features of one layer mostly list the same keys in the same order, so the key at a position
  // is checked against the last one seen there (one string comparison) before the Map.
  private readonly lastName: string[] = [];
  private readonly lastKey: number[] = [];

  /** The number of key `name`, the `position`-th tag of its feature. */
  key(name: string, position: number): number {
    if (this.lastName[position] === name) return this.lastKey[position] as number;
    let k = this.keys.get(name);
    if (k === undefined) {
      this.keys.set(name, (k = this.keys.size));
      this.seen.push(0);
      this.added.push(0);
    }
    this.lastName[position] = name;
    this.lastKey[position] = k;
    return k;
  }

  string(key: number, value: string): number {
    return this.value(key, value, this.strings);
  }

  number(key: number, value: number): number {
    return this.value(key, value, this.numbers);
  }

  boolean(key: number, value: boolean): number {
    return this.value(key, value, this.booleans);
  }

  private value<T extends TagValue>(key: number, value: T, map: Map<T, number>): number {
    const seen = (this.seen[key] as number) + 1;
    this.seen[key] = seen;
    const added = this.added[key] as number;
    if (seen > SAMPLE && added > SAMPLE * MOSTLY_DISTINCT) return this.encode(value);
    let v = map.get(value);
    if (v === undefined) {
      v = this.encode(value);
      map.set(value, v);
      this.added[key] = added + 1;
    }
    return v;
  }

  private encode(value: TagValue): number {
    const out = this.encoded;
    out.tag(4, 2);
    const start = out.beginLength();
    writeValue(out, value);
    out.endLength(start);
    return this.count++;
  }
}

function writeStringField(out: ProtobufWriter, field: number, value: string): void {
  out.tag(field, 2);
  const start = out.beginLength();
  out.string(value);
  out.endLength(start);
}

/** Integers as (s)int64 varints; anything fractional, or too large to be exact, as a double. */
function writeValue(out: ProtobufWriter, value: TagValue): void {
  if (typeof value === 'string') {
    writeStringField(out, 1, value);
  } else if (typeof value === 'boolean') {
    out.tag(7, 0);
    out.varint(value ? 1 : 0);
  } else if (Number.isSafeInteger(value) && value >= 0) {
    out.tag(5, 0);
    out.varint(value);
  } else if (Number.isSafeInteger(value)) {
    out.tag(6, 0);
    out.svarint(value);
  } else {
    out.tag(3, 1);
    out.double(value);
  }
}
