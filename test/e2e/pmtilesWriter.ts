import { createHash } from 'node:crypto';
import { gzipSync } from 'fflate';

/**
 * A PMTiles v3 writer for test archives, written from the spec
 * (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md) rather than with the `pmtiles`
 * package, which only reads: the tests read our archives back with that package, so writer and
 * reader are independent implementations checking each other.
 *
 * Everything goes in the root directory; there are no leaf directories. Test archives hold a few
 * hundred entries at most, a few kilobytes of directory, so the complication buys nothing; an
 * archive whose root directory would not fit the spec's first 16,384 bytes is refused instead.
 */

export type PmtilesTileType = 'mvt' | 'png';
export type PmtilesCompression = 'none' | 'gzip';

export interface PmtilesTile {
  z: number;
  x: number;
  y: number;
  /** The tile as a reader should get it back (uncompressed); the writer applies tileCompression. */
  data: Uint8Array;
}

export interface PmtilesOptions {
  tiles: Iterable<PmtilesTile>;
  tileType: PmtilesTileType;
  /** How tile data is stored; default gzip for mvt (as real vector archives are), none for png. */
  tileCompression?: PmtilesCompression;
  /** How the root directory and metadata are stored; default gzip. */
  internalCompression?: PmtilesCompression;
  /** JSON metadata: name, attribution, description, vector_layers (for mvt) and so on. */
  metadata: Record<string, unknown>;
  /** [west, south, east, north]; default the extent of the tiles at their lowest zoom. */
  bounds?: readonly [number, number, number, number];
  /** [lon, lat, zoom]; default the middle of bounds at the lowest zoom. */
  center?: readonly [number, number, number];
}

export const HEADER_BYTES = 127;
/** Header and root directory must lie in the archive's first 16 KiB (spec §2). */
export const ROOT_LIMIT = 16_384;

const COMPRESSION = { none: 1, gzip: 2 } as const;
const TILE_TYPE = { mvt: 1, png: 2 } as const;

/** Hilbert tile id (spec §4.1): tiles of all lower zooms first, then the tile's place on its zoom's curve. */
export function tileId(z: number, x: number, y: number): number {
  if (z > 26) throw new Error(`zoom ${z} beyond 26: ids would pass 2^53`);
  const n = 2 ** z;
  if (x < 0 || y < 0 || x >= n || y >= n || !Number.isInteger(x) || !Number.isInteger(y)) throw new Error(`no tile ${z}/${x}/${y}`);
  let id = (n * n - 1) / 3;
  let tx = x;
  let ty = y;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = tx & s ? 1 : 0;
    const ry = ty & s ? 1 : 0;
    id += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) {
        tx = s - 1 - tx;
        ty = s - 1 - ty;
      }
      [tx, ty] = [ty, tx];
    }
  }
  return id;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/** Directory (spec §4.3): count, then columns of id deltas, run lengths, lengths and offsets. */
export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  const varint = (value: number) => {
    let v = value;
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    out.push(v);
  };
  varint(entries.length);
  let last = 0;
  for (const e of entries) {
    varint(e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) varint(e.runLength);
  for (const e of entries) varint(e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    // 0 stands for "right after the previous entry's data", so contiguous offsets cost one byte.
    varint(prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

function compress(bytes: Uint8Array, how: PmtilesCompression): Uint8Array {
  return how === 'gzip' ? gzipSync(bytes, { mtime: 0 }) : bytes;
}

function lon2tile(lon: number, z: number): number {
  return ((lon + 180) / 360) * 2 ** z;
}

function tile2lon(x: number, z: number): number {
  return (x / 2 ** z) * 360 - 180;
}

function tile2lat(y: number, z: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI;
}

/** A whole archive in memory. Tiles may come in any order; a repeated z/x/y is an error. */
export function writePmtiles(opts: PmtilesOptions): Uint8Array {
  const tileCompression = opts.tileCompression ?? (opts.tileType === 'mvt' ? 'gzip' : 'none');
  const internalCompression = opts.internalCompression ?? 'gzip';
  const tiles = [...opts.tiles].map((t) => ({ ...t, id: tileId(t.z, t.x, t.y) })).sort((a, b) => a.id - b.id);
  if (tiles.length === 0) throw new Error('an archive needs at least one tile (spec: directories are non-empty)');

  // Tile data in id order (a clustered archive); identical contents are stored once and
  // consecutive ids with the same content become one run.
  const entries: Entry[] = [];
  const blobs: Uint8Array[] = [];
  const stored = new Map<string, { offset: number; length: number }>();
  let dataLength = 0;
  let addressed = 0;
  for (const t of tiles) {
    const hash = createHash('sha256').update(t.data).digest('base64');
    const prev = entries[entries.length - 1];
    if (prev && t.id < prev.tileId + prev.runLength) throw new Error(`tile ${t.z}/${t.x}/${t.y} given twice`);
    let place = stored.get(hash);
    if (!place) {
      const body = compress(t.data, tileCompression);
      place = { offset: dataLength, length: body.byteLength };
      stored.set(hash, place);
      blobs.push(body);
      dataLength += body.byteLength;
    }
    addressed++;
    if (prev && prev.tileId + prev.runLength === t.id && prev.offset === place.offset) prev.runLength++;
    else entries.push({ tileId: t.id, offset: place.offset, length: place.length, runLength: 1 });
  }

  const root = compress(serializeDirectory(entries), internalCompression);
  if (HEADER_BYTES + root.byteLength > ROOT_LIMIT) {
    throw new Error(`root directory of ${root.byteLength} bytes does not fit the first ${ROOT_LIMIT} bytes; this writer has no leaf directories`);
  }
  const metadata = compress(new TextEncoder().encode(JSON.stringify(opts.metadata)), internalCompression);

  const minZoom = tiles.reduce((m, t) => Math.min(m, t.z), Infinity);
  const maxZoom = tiles.reduce((m, t) => Math.max(m, t.z), -Infinity);
  const top = tiles.filter((t) => t.z === minZoom);
  const bounds = opts.bounds ?? [
    tile2lon(Math.min(...top.map((t) => t.x)), minZoom),
    tile2lat(Math.max(...top.map((t) => t.y)) + 1, minZoom),
    tile2lon(Math.max(...top.map((t) => t.x)) + 1, minZoom),
    tile2lat(Math.min(...top.map((t) => t.y)), minZoom),
  ];
  const center = opts.center ?? [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, minZoom];

  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.byteLength;
  const dataOffset = metadataOffset + metadata.byteLength;
  const archive = new Uint8Array(dataOffset + dataLength);
  const view = new DataView(archive.buffer);
  archive.set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  const u64 = (at: number, value: number) => view.setBigUint64(at, BigInt(value), true);
  u64(8, rootOffset);
  u64(16, root.byteLength);
  u64(24, metadataOffset);
  u64(32, metadata.byteLength);
  u64(40, dataOffset); // no leaf directories: an empty section where they would start
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, dataLength);
  u64(72, addressed);
  u64(80, entries.length);
  u64(88, blobs.length);
  view.setUint8(96, 1);
  view.setUint8(97, COMPRESSION[internalCompression]);
  view.setUint8(98, COMPRESSION[tileCompression]);
  view.setUint8(99, TILE_TYPE[opts.tileType]);
  view.setUint8(100, minZoom);
  view.setUint8(101, maxZoom);
  const e7 = (at: number, degrees: number) => view.setInt32(at, Math.round(degrees * 1e7), true);
  e7(102, bounds[0]);
  e7(106, bounds[1]);
  e7(110, bounds[2]);
  e7(114, bounds[3]);
  view.setUint8(118, Math.round(center[2]));
  e7(119, center[0]);
  e7(123, center[1]);
  archive.set(root, rootOffset);
  archive.set(metadata, metadataOffset);
  let at = dataOffset;
  for (const b of blobs) {
    archive.set(b, at);
    at += b.byteLength;
  }
  return archive;
}

/** Tiles of zoom z that a lon/lat box touches, as [xMin, yMin, xMax, yMax] inclusive. */
export function tileRange(bbox: readonly [number, number, number, number], z: number): [number, number, number, number] {
  const n = 2 ** z;
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, Math.floor(v)));
  const yOf = (lat: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * n;
  return [clamp(lon2tile(bbox[0], z)), clamp(yOf(bbox[3])), clamp(lon2tile(bbox[2], z)), clamp(yOf(bbox[1]))];
}

/** Every z/x/y from minZoom to maxZoom that a lon/lat box touches. */
export function* tilesCovering(bbox: readonly [number, number, number, number], minZoom: number, maxZoom: number): Generator<[number, number, number]> {
  for (let z = minZoom; z <= maxZoom; z++) {
    const [x0, y0, x1, y1] = tileRange(bbox, z);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) yield [z, x, y];
  }
}
