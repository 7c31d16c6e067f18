import { PMTiles, TileType } from 'pmtiles';
import { ArchiveError, archiveFailure } from '../archiveErrors.ts';
import { archiveTileType, isDemTileType, plainCredit } from '../archiveRef.ts';
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

/** The width of one image tile, decoded: raster archives come in 256 and 512 px tiles. */
async function tileWidth(reader: PMTiles, z: number, lon: number, lat: number): Promise<256 | 512 | undefined> {
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
  const w = bitmap.width;
  bitmap.close();
  return w >= 512 ? 512 : 256;
}

interface Metadata {
  vector_layers?: Array<{ id?: unknown }>;
  attribution?: unknown;
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
  if (tileType === 'mvt') {
    facts.vectorLayers = (meta.vector_layers ?? []).map((l) => l.id).filter((id): id is string => typeof id === 'string');
    return facts;
  }
  const size = await tileWidth(reader, h.centerZoom >= h.minZoom && h.centerZoom <= h.maxZoom ? h.centerZoom : h.minZoom, h.centerLon, h.centerLat);
  if (size) facts.tileSize = size;
  return facts;
}
