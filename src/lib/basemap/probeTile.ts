import { tileUrl } from './template.ts';
import type { TileFailure } from './tileErrors.ts';

/** The web-mercator tile under a point at zoom z. */
export function tileAt(lon: number, lat: number, z: number): { z: number; x: number; y: number } {
  const n = 2 ** z;
  const clampedLat = Math.max(-85.0511, Math.min(85.0511, lat));
  const x = Math.floor(((lon + 180) / 360) * n);
  const r = (clampedLat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  return { z, x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}

/**
 * Asks for one tile as MapLibre would, to say why nothing was drawn: MapLibre reports no error
 * for a 404 tile (a missing tile is normal in a sparse set), so a set answering 404 everywhere
 * would otherwise fail silently. Null: the tile came and is an image.
 */
export async function probeTile(url: string, tile: { z: number; x: number; y: number }): Promise<{ code: TileFailure; status?: number } | null> {
  let res: Response;
  try {
    res = await fetch(tileUrl(url, tile.z, tile.x, tile.y), { mode: 'cors', credentials: 'omit' });
  } catch {
    return { code: 'network' };
  }
  if (!res.ok) return res.status === 404 ? { code: 'notFound', status: 404 } : { code: 'http', status: res.status };
  try {
    (await createImageBitmap(await res.blob())).close();
    return null;
  } catch {
    return { code: 'image' };
  }
}
