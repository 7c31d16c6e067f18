import { PMTiles, TileType } from 'pmtiles';
import { ArchiveError, archiveFailure } from '../archiveErrors.ts';
import { archiveTileType, isDemTileType, plainCredit } from '../archiveRef.ts';
import { demEncoding, plausibleEncodings } from '../demCheck.ts';
import type { ArchiveFacts, ArchiveRef } from '../types.ts';
import { archiveReader, BlobSource, forgetArchive } from './archiveProtocol.ts';

/** What an archive is opened for: a basemap takes vector or image tiles, a terrain only height images. */
export type ArchivePurpose = 'basemap' | 'terrain';

/** A server that accepts the connection and never answers is given up after this long. */
export const ARCHIVE_TIMEOUT_MS = 15_000;

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new ArchiveError('timeout')), ms);
    work.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

/**
 * One image tile decoded: its width (raster archives come in 256 and 512 px tiles) and, for a
 * terrain, its pixels, which tell height tiles from ordinary images.
 */
async function sampleTile(reader: PMTiles, z: number, lon: number, lat: number, pixels: boolean): Promise<{ width: 256 | 512; rgba?: Uint8ClampedArray } | undefined> {
  const n = 2 ** z;
  const x = Math.min(n - 1, Math.max(0, Math.floor(((lon + 180) / 360) * n)));
  const r = (lat * Math.PI) / 180;
  const y = Math.min(n - 1, Math.max(0, Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)));
  const tile = await reader.getZxy(z, x, y);
  if (!tile) return undefined;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([tile.data]));
  } catch (e) {
    throw new ArchiveError('corrupt', undefined, { cause: e });
  }
  const width = bitmap.width >= 512 ? 512 : 256;
  let rgba: Uint8ClampedArray | undefined;
  if (pixels) {
    // Colour management off, so the bytes are the file's (a height is exact RGB, not a colour).
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d', { colorSpace: 'srgb', willReadFrequently: true });
    ctx?.drawImage(bitmap, 0, 0);
    rgba = ctx?.getImageData(0, 0, bitmap.width, bitmap.height).data;
  }
  bitmap.close();
  return rgba ? { width, rgba } : { width };
}

interface Metadata {
  vector_layers?: Array<{ id?: unknown }>;
  attribution?: unknown;
  name?: unknown;
  encoding?: unknown;
}

/**
 * Reads an archive's header and metadata (and one tile of an image archive) and says what it
 * holds, or throws an ArchiveError saying why it cannot be used. Only a few kilobytes are read.
 */
export async function openArchive(ref: ArchiveRef, purpose: ArchivePurpose, timeoutMs = ARCHIVE_TIMEOUT_MS): Promise<ArchiveFacts> {
  try {
    return await within(
      archiveReader(ref).then((reader) => readFacts(reader, purpose)),
      timeoutMs,
    );
  } catch (e) {
    forgetArchive(ref);
    const why = archiveFailure(e);
    throw new ArchiveError(why.code, why.status, { cause: e });
  }
}

/**
 * The same check for a file the user picked, before it is copied into storage: a damaged or
 * wrong file is refused without writing gigabytes first.
 */
export async function inspectArchiveFile(file: File, purpose: ArchivePurpose): Promise<ArchiveFacts> {
  try {
    return await readFacts(new PMTiles(new BlobSource(`inspect/${file.name}`, file)), purpose, file.size);
  } catch (e) {
    const why = archiveFailure(e);
    throw new ArchiveError(why.code, why.status, { cause: e });
  }
}

/** `bytes`: the file's length where known; a file cut short keeps a whole header, so its sections are checked against it. */
async function readFacts(reader: PMTiles, purpose: ArchivePurpose, bytes?: number): Promise<ArchiveFacts> {
  const h = await reader.getHeader();
  const ends = [h.rootDirectoryOffset + h.rootDirectoryLength, h.jsonMetadataOffset + h.jsonMetadataLength, h.leafDirectoryOffset + (h.leafDirectoryLength ?? 0), h.tileDataOffset + (h.tileDataLength ?? 0)];
  if (bytes !== undefined && ends.some((end) => end > bytes)) throw new ArchiveError('corrupt');
  const tileType = archiveTileType(h.tileType);
  if (!tileType) throw new ArchiveError(h.tileType === TileType.Mlt ? 'mlt' : 'unknownType');
  if (h.maxZoom < h.minZoom) throw new ArchiveError('corrupt');
  if (purpose === 'terrain' && !isDemTileType(tileType)) throw new ArchiveError('notDem');
  const meta = ((await reader.getMetadata()) ?? {}) as Metadata;
  const facts: ArchiveFacts = { tileType, minzoom: h.minZoom, maxzoom: h.maxZoom };
  const credit = typeof meta.attribution === 'string' ? plainCredit(meta.attribution) : '';
  if (credit) facts.attribution = credit;
  const title = typeof meta.name === 'string' ? plainCredit(meta.name).slice(0, 120) : '';
  if (title) facts.title = title;
  if (tileType === 'mvt') {
    facts.vectorLayers = (meta.vector_layers ?? []).map((l) => l.id).filter((id): id is string => typeof id === 'string');
    return facts;
  }
  const sample = await sampleTile(reader, h.centerZoom >= h.minZoom && h.centerZoom <= h.maxZoom ? h.centerZoom : h.minZoom, h.centerLon, h.centerLat, purpose === 'terrain');
  if (sample) facts.tileSize = sample.width;
  if (purpose === 'terrain' && sample?.rgba) {
    const plausible = plausibleEncodings(sample.rgba);
    if (!plausible.length) throw new ArchiveError('notDem');
    const encoding = demEncoding(meta.encoding, plausible);
    if (encoding) facts.encoding = encoding;
  }
  return facts;
}
