import { addProtocol } from 'maplibre-gl';
import { PMTiles, Protocol, type RangeResponse, type Source } from 'pmtiles';
import { openFileStore } from '../../storage/fileStore.ts';
import { ArchiveError } from '../archiveErrors.ts';
import { ARCHIVE_FOLDER } from '../archiveFiles.ts';
import { archiveKey } from '../archiveRef.ts';
import type { ArchiveRef } from '../types.ts';

/**
 * A stored archive read a slice at a time: the Blob (an OPFS File) stays on disk, so an archive
 * of gigabytes costs memory only for the directories and tiles actually drawn.
 */
export class BlobSource implements Source {
  constructor(
    private readonly key: string,
    private readonly blob: Blob,
  ) {}

  getKey(): string {
    return this.key;
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    return { data: await this.blob.slice(offset, offset + length).arrayBuffer() };
  }
}

let protocol: Protocol | null = null;

/** MapLibre's `pmtiles://` protocol, added once for every map on the page (exports share it). */
function ensureProtocol(): Protocol {
  if (!protocol) {
    // No metadata in the TileJSON: MapLibre would show the archive's credit as HTML; the app shows it as text.
    protocol = new Protocol({ metadata: false });
    addProtocol('pmtiles', protocol.tile);
  }
  return protocol;
}

/**
 * The archive's reader, known to the protocol under the key its `pmtiles://` address names. A
 * stored archive gets a reader over its Blob; one on a server, a reader by range requests.
 */
export async function archiveReader(ref: ArchiveRef): Promise<PMTiles> {
  const p = ensureProtocol();
  const key = archiveKey(ref);
  const known = p.get(key);
  if (known) return known;
  let reader: PMTiles;
  if ('url' in ref) reader = new PMTiles(ref.url);
  else {
    const blob = await (await openFileStore(ARCHIVE_FOLDER)).get(ref.stored.key);
    if (!blob) throw new ArchiveError('missingFile');
    reader = new PMTiles(new BlobSource(key, blob));
  }
  p.add(reader);
  return reader;
}

/** Forgets a reader whose archive failed, so a later try reads it afresh. */
export function forgetArchive(ref: ArchiveRef): void {
  protocol?.tiles.delete(archiveKey(ref));
}
