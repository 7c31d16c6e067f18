import type { LineString, Polygon, Position } from 'geojson';

/** 1e-5° ≈ 1 m: finer than anyone draws with a mouse, coarse enough to keep links short. */
const SCALE = 1e5;
const MAX_VERTICES = 500;

/**
 * A drawn shape as a short, URL-safe text for the link: `p` (area) or `l` (line), then the
 * first vertex and each step to the next in 1e-5° units, in base 36, separated by `_`
 * (`p.2f0sxk_mp6ks_4d_-1b_…`). The closing vertex of an area is implied. Base 36 and `_` / `-`
 * pass through a URL hash unescaped and never meet the hash's own `&`, `=` and `~`.
 */
export function encodeShape(g: Polygon | LineString): string {
  const ring: Position[] = g.type === 'Polygon' ? (g.coordinates[0] ?? []).slice(0, -1) : g.coordinates;
  const out: string[] = [];
  let px = 0;
  let py = 0;
  for (const [x, y] of ring) {
    const ix = Math.round((x as number) * SCALE);
    const iy = Math.round((y as number) * SCALE);
    out.push((ix - px).toString(36), (iy - py).toString(36));
    px = ix;
    py = iy;
  }
  return `${g.type === 'Polygon' ? 'p' : 'l'}.${out.join('_')}`;
}

/** The shape back, or null for anything that is not one (the caller reports the link part as junk). */
export function decodeShape(text: string): Polygon | LineString | null {
  const m = /^([pl])\.((?:-?[0-9a-z]+_)*-?[0-9a-z]+)$/.exec(text);
  if (!m) return null;
  const nums = (m[2] as string).split('_').map((s) => parseInt(s, 36));
  if (nums.length % 2 || nums.length / 2 > MAX_VERTICES || nums.some((n) => !Number.isFinite(n))) return null;
  const pts: Position[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < nums.length; i += 2) {
    x += nums[i] as number;
    y += nums[i + 1] as number;
    const lon = x / SCALE;
    const lat = y / SCALE;
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return null;
    pts.push([lon, lat]);
  }
  if (m[1] === 'l') return pts.length >= 2 ? { type: 'LineString', coordinates: pts } : null;
  if (pts.length < 3) return null;
  return { type: 'Polygon', coordinates: [[...pts, [...(pts[0] as Position)]]] };
}
