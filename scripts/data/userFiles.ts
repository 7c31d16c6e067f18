/**
 * Synthetic "user" files of the sizes people bring to the import panel — a 1,000,000-row CSV of
 * points and a GeoJSON of small parcels — for the import benchmark. Deterministic for a seed,
 * and written in chunks so a million rows never sit in memory as one string.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** The part of the zone the generated features fall in (lon/lat, WGS 84). */
export const USER_BOX = [111.9, 37.7, 113.7, 39.1] as const;

export const PARCEL_USES = ['工业', '仓储', '居住', '商业'] as const;

const ROWS_PER_CHUNK = 10_000;
const M_PER_DEG = 111_195;
const M2_PER_MU = 2000 / 3;

/** mulberry32: 32-bit state, good enough spread for test data, identical on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * Writes head, then `n` lines from `line(i)` for i = 1..n joined by `separator`, then tail —
 * a chunk at a time, waiting for the stream to drain so memory stays flat for any n.
 */
async function writeLines(path: string, head: string, n: number, line: (i: number) => string, separator: string, tail: string): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  const closed = once(out, 'close');
  // A write error would otherwise leave the drain wait below pending forever.
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined); // handled by the races below; this only silences "unhandled"
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  await write(head);
  for (let start = 1; start <= n; start += ROWS_PER_CHUNK) {
    const end = Math.min(n, start + ROWS_PER_CHUNK - 1);
    const lines: string[] = new Array(end - start + 1);
    for (let i = start; i <= end; i++) lines[i - start] = line(i);
    await write((start > 1 ? separator : '') + lines.join(separator));
  }
  await write(tail);
  out.end();
  await Promise.race([closed, failed]);
}

/** `id,name,lon,lat,value`, ids p1..pn, points uniform in USER_BOX to 6 decimals (≈ 0.1 m). */
export function writePointsCsv(path: string, n: number, seed = 1): Promise<void> {
  const r = mulberry32(seed);
  const [x0, y0, x1, y1] = USER_BOX;
  return writeLines(
    path,
    'id,name,lon,lat,value\n',
    n,
    (i) => `p${i},地块点 ${i},${(x0 + r() * (x1 - x0)).toFixed(6)},${(y0 + r() * (y1 - y0)).toFixed(6)},${(r() * 1000).toFixed(2)}`,
    '\n',
    n > 0 ? '\n' : '',
  );
}

type Ring = Array<[number, number]>;

/**
 * One parcel: 4 or 5 corners at increasing angles round a centre (so the ring runs
 * counter-clockwise), 50–100 m from it, i.e. ≈ 100–200 m across; the ring is closed and
 * rounded to 6 decimals, and its area comes from the rounded ring so the two agree.
 */
function parcel(r: () => number): { ring: Ring; areaMu: number } {
  const [x0, y0, x1, y1] = USER_BOX;
  // Keep every corner inside the box: 100 m is under 0.0012° of longitude at 39° N.
  const margin = 0.002;
  const cx = x0 + margin + r() * (x1 - x0 - 2 * margin);
  const cy = y0 + margin + r() * (y1 - y0 - 2 * margin);
  const k = r() < 0.5 ? 4 : 5;
  const step = (2 * Math.PI) / k;
  const turn = r() * step;
  const mPerDegX = M_PER_DEG * Math.cos((cy * Math.PI) / 180);
  const ring: Ring = [];
  for (let j = 0; j < k; j++) {
    // Jitter under half a step keeps the angles increasing, so the ring never crosses itself.
    const angle = turn + j * step + (r() - 0.5) * 0.6 * step;
    const radius = 50 + r() * 50;
    ring.push([Number((cx + (radius * Math.cos(angle)) / mPerDegX).toFixed(6)), Number((cy + (radius * Math.sin(angle)) / M_PER_DEG).toFixed(6))]);
  }
  ring.push(ring[0] as [number, number]);
  let twice = 0;
  for (let j = 0; j < k; j++) {
    const [ax, ay] = ring[j] as [number, number];
    const [bx, by] = ring[j + 1] as [number, number];
    twice += ax * by - bx * ay;
  }
  const areaM2 = (Math.abs(twice) / 2) * mPerDegX * M_PER_DEG;
  return { ring, areaMu: Number((areaM2 / M2_PER_MU).toFixed(2)) };
}

/** A FeatureCollection of n parcels in USER_BOX, one feature per line, ids g1..gn. */
export function writeParcelsGeoJson(path: string, n: number, seed = 2): Promise<void> {
  const r = mulberry32(seed);
  return writeLines(
    path,
    '{"type":"FeatureCollection","features":[\n',
    n,
    (i) => {
      const { ring, areaMu } = parcel(r);
      const use = PARCEL_USES[Math.floor(r() * PARCEL_USES.length)] as string;
      return JSON.stringify({
        type: 'Feature',
        properties: { id: `g${i}`, name: `地块 ${i}`, area_mu: areaMu, use },
        geometry: { type: 'Polygon', coordinates: [ring] },
      });
    },
    ',\n',
    '\n]}\n',
  );
}
