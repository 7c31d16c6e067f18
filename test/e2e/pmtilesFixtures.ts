import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encode } from 'fast-png';
import type { Source } from 'pmtiles';
import { reliefHeight, reliefHeightWithin, terrariumPng, tilePixelToLonLat } from './demTiles.ts';
import { buildVectorArchive } from './protomapsFixture.ts';
import { HEADER_BYTES, tilesCovering, writePmtiles, type PmtilesTile } from './pmtilesWriter.ts';

/**
 * PMTiles archives for the end-to-end tests, made in memory on first use and kept for the rest of
 * the process (the vector one takes under a second, the height one a few seconds).
 *
 * - vector: Protomaps v4 schema over VECTOR_BBOX, z0–11 (protomapsFixture.ts)
 * - raster: solid RASTER_RGB PNGs, z0–10: the whole world to z4, only around the zone beyond
 * - dem: terrarium PNGs of demHeight (reliefHeight, HILL plus ridges), z5–11 over DEM_BBOX
 * - corrupt: the vector archive with its header overwritten by noise (no "PM" magic)
 * - truncated: the vector archive cut in the middle of its tile data, as an interrupted download
 */
export type ArchiveName = 'vector' | 'raster' | 'dem' | 'corrupt' | 'truncated';
export const ARCHIVE_NAMES: readonly ArchiveName[] = ['vector', 'raster', 'dem', 'corrupt', 'truncated'];

/** The colour of every raster archive tile: teal, which neither map style nor the XYZ test tiles use. */
export const RASTER_RGB = [0, 160, 160] as const;
/** Around the zone (lon 112.3–113.2, lat 37.7–38.8) with a margin. */
export const RASTER_BBOX = [111.8, 37.4, 113.7, 39.1] as const;
export const RASTER_ZOOMS = { min: 0, max: 10, world: 4 } as const;
export const RASTER_ATTRIBUTION = '© 合成青色瓦片';

export const DEM_BBOX = [112.1, 37.6, 113.4, 38.9] as const;
export const DEM_ZOOMS = { min: 5, max: 11 } as const;
export const DEM_ATTRIBUTION = '© 合成地形';

function solidPng(rgb: readonly [number, number, number]): Uint8Array {
  const data = new Uint8Array(256 * 256 * 4);
  for (let i = 0; i < data.length; i += 4) data.set([...rgb, 255], i);
  return encode({ width: 256, height: 256, data, channels: 4, depth: 8 });
}

/** Every tile has the same bytes, so the archive stores one blob and a few long runs. */
function buildRasterArchive(): Uint8Array {
  const png = solidPng(RASTER_RGB);
  const tiles: PmtilesTile[] = [];
  for (const [z, x, y] of tilesCovering([-180, -85.05, 180, 85.05], RASTER_ZOOMS.min, RASTER_ZOOMS.world)) tiles.push({ z, x, y, data: png });
  for (const [z, x, y] of tilesCovering(RASTER_BBOX, RASTER_ZOOMS.world + 1, RASTER_ZOOMS.max)) tiles.push({ z, x, y, data: png });
  return writePmtiles({
    tiles,
    tileType: 'png',
    tileCompression: 'none',
    // Uncompressed directories here and gzipped ones in the other two archives: readers meet both.
    internalCompression: 'none',
    metadata: { name: '合成青色底图', description: 'synthetic test archive', attribution: RASTER_ATTRIBUTION, type: 'baselayer', format: 'png' },
    bounds: [-180, -85.051129, 180, 85.051129],
    center: [112.7, 38.2, 8],
  });
}

/**
 * The relief rounded to whole metres: the fraction in the blue channel is noise to deflate, and
 * tiles of it are four times the size; a metre step is a fraction of a pixel's rise on the slopes.
 */
export function demHeight(lon: number, lat: number): number {
  return Math.round(reliefHeight(lon, lat));
}

function demPng(z: number, x: number, y: number): Uint8Array {
  const [w, n] = tilePixelToLonLat(z, x, y, 0, 0);
  const [e, s] = tilePixelToLonLat(z, x, y, 256, 256);
  const height = reliefHeightWithin([w, s, e, n]);
  return terrariumPng(z, x, y, (lon, lat) => Math.round(height(lon, lat)));
}

function buildDemArchive(): Uint8Array {
  const tiles: PmtilesTile[] = [];
  for (const [z, x, y] of tilesCovering(DEM_BBOX, DEM_ZOOMS.min, DEM_ZOOMS.max)) tiles.push({ z, x, y, data: demPng(z, x, y) });
  return writePmtiles({
    tiles,
    tileType: 'png',
    tileCompression: 'none',
    internalCompression: 'gzip',
    metadata: { name: '合成地形', description: 'synthetic test archive', attribution: DEM_ATTRIBUTION, type: 'baselayer', format: 'png', encoding: 'terrarium' },
    bounds: DEM_BBOX,
    center: [112.7, 38.4, 9],
  });
}

/** Deterministic noise (a small LCG), so the corrupt archive is the same on every run. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

function buildCorrupt(): Uint8Array {
  const bytes = archiveBytes('vector').slice();
  bytes.set(noise(HEADER_BYTES, 14), 0);
  bytes[0] = 0x00; // whatever the noise, never the "PM" magic
  return bytes;
}

/** Header, directory and metadata intact; the tile data stops halfway. */
function buildTruncated(): Uint8Array {
  const vector = archiveBytes('vector');
  const view = new DataView(vector.buffer, vector.byteOffset, vector.byteLength);
  const dataOffset = Number(view.getBigUint64(56, true));
  const dataLength = Number(view.getBigUint64(64, true));
  return vector.slice(0, dataOffset + Math.floor(dataLength / 2));
}

const BUILDERS: Record<ArchiveName, () => Uint8Array> = { vector: buildVectorArchive, raster: buildRasterArchive, dem: buildDemArchive, corrupt: buildCorrupt, truncated: buildTruncated };
const cache = new Map<ArchiveName, Uint8Array>();

/** The archive's bytes; the same array on every call in this process (do not modify it). */
export function archiveBytes(name: ArchiveName): Uint8Array {
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = BUILDERS[name]();
    cache.set(name, bytes);
  }
  return bytes;
}

export function isArchiveName(name: string): name is ArchiveName {
  return (ARCHIVE_NAMES as readonly string[]).includes(name);
}

let tempDir: string | undefined;

/**
 * Writes the archive to a file of this process's temp folder, for a page's file input, and
 * returns its path. `fileName` (default `<name>.pmtiles`) is what the page sees as File.name:
 * two different archives under one name tell whether the app keys its sources by name alone.
 */
export function writeArchiveFile(name: ArchiveName, fileName = `${name}.pmtiles`): string {
  if (!tempDir) {
    const root = mkdtempSync(join(tmpdir(), 'taixin-pmtiles-'));
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
    tempDir = root;
  }
  // A folder per call, so the same file name can hold different archives side by side.
  const dir = mkdtempSync(join(tempDir, `${name}-`));
  const path = join(dir, fileName);
  writeFileSync(path, archiveBytes(name));
  return path;
}

/** A pmtiles reader Source over bytes in memory, for checking archives from Node. */
export function memorySource(bytes: Uint8Array, key = 'memory'): Source {
  return {
    getKey: () => key,
    getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
  };
}
