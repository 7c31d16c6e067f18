import type { DemEncoding } from './types.ts';

/** Heights a land DEM can hold, in metres: below the Dead Sea's shore or above Everest is not terrain. */
const LOWEST = -500;
const HIGHEST = 9000;

export const terrariumHeight = (r: number, g: number, b: number): number => r * 256 + g + b / 256 - 32768;
export const mapboxHeight = (r: number, g: number, b: number): number => -10000 + (r * 65536 + g * 256 + b) * 0.1;

/**
 * The encodings under which a sample tile's pixels read as plausible heights (nine in ten opaque
 * pixels within range). An ordinary image — a map or a photo — reads as heights of tens of
 * kilometres below sea level under both, so it is told from a DEM; a DEM usually fits one only.
 */
export function plausibleEncodings(rgba: ArrayLike<number>): DemEncoding[] {
  let opaque = 0;
  const fits = { terrarium: 0, mapbox: 0 };
  for (let i = 0; i + 3 < rgba.length; i += 4) {
    if ((rgba[i + 3] ?? 0) < 255) continue;
    opaque++;
    const [r, g, b] = [rgba[i] ?? 0, rgba[i + 1] ?? 0, rgba[i + 2] ?? 0];
    const t = terrariumHeight(r, g, b);
    const m = mapboxHeight(r, g, b);
    if (t >= LOWEST && t <= HIGHEST) fits.terrarium++;
    if (m >= LOWEST && m <= HIGHEST) fits.mapbox++;
  }
  if (!opaque) return [];
  return (['terrarium', 'mapbox'] as const).filter((e) => fits[e] >= opaque * 0.9);
}

/** Encodings in order of trust: the archive's own word when its tiles agree, else what its tiles allow. */
export function demEncoding(declared: unknown, plausible: readonly DemEncoding[]): DemEncoding | undefined {
  const said = declared === 'terrarium' || declared === 'mapbox' ? declared : undefined;
  if (said && plausible.includes(said)) return said;
  return plausible.length === 1 ? plausible[0] : said;
}
