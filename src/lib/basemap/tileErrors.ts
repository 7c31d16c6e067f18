/** Why a basemap's tiles fail, as far as the browser tells: worded by `basemapFailed.<code>`. */
export type TileFailure = 'notFound' | 'http' | 'network' | 'image';

/**
 * The error MapLibre reports for a tile. A refused CORS request, an unknown host and a CSP
 * block all look the same to a page (a fetch TypeError with no status), so they share
 * `network`; a response that is not an image is `image`.
 */
export function tileFailure(error: unknown): { code: TileFailure; status?: number } {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status > 0) return status === 404 ? { code: 'notFound', status } : { code: 'http', status };
  const name = (error as { name?: unknown } | null)?.name;
  const message = String((error as { message?: unknown } | null)?.message ?? '');
  if (name === 'TypeError' && /fetch|network|load failed/i.test(message)) return { code: 'network' };
  if (/decode|image|bitmap|source image/i.test(message) || name === 'InvalidStateError' || name === 'EncodingError') return { code: 'image' };
  return { code: 'network' };
}

/**
 * After this many failed tiles, with none drawn, the basemap is given up: a few missing tiles
 * of a set that draws (sparse coverage) are normal, a set that draws nothing is not.
 */
export const FAILURES_BEFORE_FALLBACK = 3;
