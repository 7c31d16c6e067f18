import type { Coded } from '../i18n/format.ts';

/**
 * Why an archive cannot be read, worded by `archiveFailed.<code>`: not a PMTiles file, a newer
 * spec, damaged bytes, a server that does not answer range requests, an HTTP error, no network
 * (CORS, unknown host and CSP look alike to a page), no answer in time, MapLibre Tiles (MLT, not read yet), the wrong kind of tiles
 * for the purpose, or the stored copy gone from this browser.
 */
export type ArchiveFailure =
  | 'notPmtiles'
  | 'version'
  | 'corrupt'
  | 'noRanges'
  | 'notFound'
  | 'http'
  | 'network'
  | 'timeout'
  | 'mlt'
  | 'notDem'
  | 'unknownType'
  | 'missingFile';

export class ArchiveError extends Error {
  constructor(
    readonly code: ArchiveFailure,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(`PMTiles archive: ${code}${status ? ` (HTTP ${status})` : ''}`, options);
    this.name = 'ArchiveError';
  }
}

/**
 * The failure behind an error the pmtiles library (or the browser under it) threw. The library
 * throws plain Errors, so its messages are what there is to go by; they are matched loosely and
 * anything unrecognised reading bytes counts as a damaged archive.
 */
export function archiveFailure(e: unknown): { code: ArchiveFailure; status?: number } {
  if (e instanceof ArchiveError) return { code: e.code, ...(e.status ? { status: e.status } : {}) };
  const name = (e as { name?: unknown } | null)?.name;
  const message = String((e as { message?: unknown } | null)?.message ?? '');
  if (/wrong magic number/i.test(message)) return { code: 'notPmtiles' };
  if (/spec version/i.test(message)) return { code: 'version' };
  const status = /bad response code:\s*(\d{3})/i.exec(message)?.[1];
  if (status) return Number(status) === 404 ? { code: 'notFound', status: 404 } : { code: 'http', status: Number(status) };
  if (/byte serving|content-length/i.test(message)) return { code: 'noRanges' };
  if (name === 'TypeError' && /fetch|network|load failed/i.test(message)) return { code: 'network' };
  if (name === 'AbortError' || name === 'TimeoutError') return { code: 'timeout' };
  return { code: 'corrupt' };
}

/** Why an archive failed, as a coded reason for a message (`archiveFailed.<code>`). */
export function archiveReason(e: unknown): Coded {
  const why = archiveFailure(e);
  return { key: `archiveFailed.${why.code}`, params: { status: why.status ?? '' } };
}
