import { urlOrigins } from './template.ts';
import type { ArchiveFacts, ArchiveRef, ArchiveTileType } from './types.ts';

/**
 * The name an archive kept in this browser goes by in `pmtiles://` addresses: not a URL, so the
 * pmtiles protocol never tries to fetch it, and unique per stored file.
 */
const STORED_PREFIX = 'atlas-archive/';

/** The key of a stored archive's archive source (what `Source.getKey()` returns for it). */
export function archiveKey(ref: ArchiveRef): string {
  return 'url' in ref ? ref.url : `${STORED_PREFIX}${ref.stored.key}`;
}

/** The address MapLibre asks the pmtiles protocol for: the archive's TileJSON, or `/{z}/{x}/{y}` below it. */
export function archiveAddress(ref: ArchiveRef): string {
  return `pmtiles://${archiveKey(ref)}`;
}

/** The origins an archive is read from (none for a stored file): what the page's CSP must allow. */
export function archiveOrigins(ref: ArchiveRef | undefined): string[] {
  return ref && 'url' in ref ? urlOrigins([ref.url]) : [];
}

/** What the user sees of an archive: the file's name, or the URL's last path segment. */
export function archiveLabel(ref: ArchiveRef): string {
  if ('stored' in ref) return ref.stored.fileName;
  try {
    const u = new URL(ref.url);
    return decodeURIComponent(u.pathname.split('/').filter(Boolean).pop() ?? u.host);
  } catch {
    return ref.url;
  }
}

/** The name an archive goes by when nobody named it: its file name without `.pmtiles`. */
export const archiveStem = (ref: ArchiveRef): string => archiveLabel(ref).replace(/\.pmtiles$/i, '');

export type ArchiveUrlProblem = 'empty' | 'scheme';

/** An archive URL as typed, or why it cannot be one (only http and https serve range requests). */
export function archiveUrl(input: string): { url: string } | { problem: ArchiveUrlProblem } {
  const text = input.trim();
  if (!text) return { problem: 'empty' };
  try {
    const u = new URL(text);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return { problem: 'scheme' };
    return { url: u.href };
  } catch {
    return { problem: 'scheme' };
  }
}

/** PMTiles header tile types (spec v3): 0 unknown, 1 MVT, 2 PNG, 3 JPEG, 4 WebP, 5 AVIF. */
const TILE_TYPES: Record<number, ArchiveTileType> = { 1: 'mvt', 2: 'png', 3: 'jpg', 4: 'webp', 5: 'avif' };

export function archiveTileType(code: number): ArchiveTileType | null {
  return TILE_TYPES[code] ?? null;
}

/** Height tiles must be lossless images MapLibre decodes: PNG or WebP (JPEG would corrupt heights). */
export const isDemTileType = (t: ArchiveTileType): boolean => t === 'png' || t === 'webp';

/**
 * The Protomaps basemap schema, told by its layer names: an archive with its `earth` and
 * `water` layers is styled with @protomaps/basemaps; any other vector archive is drawn plainly.
 */
export function isProtomapsSchema(facts: Pick<ArchiveFacts, 'vectorLayers'>): boolean {
  const names = new Set(facts.vectorLayers ?? []);
  return names.has('earth') && names.has('water');
}

/**
 * Archive credits are often HTML (`<a href=…>© OpenStreetMap</a>`); the app shows credits as
 * text, so the tags go and the common entities become characters.
 */
export function plainCredit(html: string): string {
  const entities: Record<string, string> = { '&copy;': '©', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(copy|amp|lt|gt|quot|#39|nbsp);/g, (m) => entities[m] ?? m)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 240);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A stored archive reference that still has the shape this version reads (storage outlives code). */
export function isArchiveRef(v: unknown): v is ArchiveRef {
  if (!isObj(v)) return false;
  if (typeof v.url === 'string') return 'url' in archiveUrl(v.url);
  const s = v.stored;
  return isObj(s) && typeof s.key === 'string' && s.key !== '' && typeof s.fileName === 'string' && typeof s.bytes === 'number';
}
