import { encode } from 'fast-png';

/** The synthetic hill: a Gaussian bump on the zone, high enough to shade and to stand up in 3D. */
export const HILL = { lon: 112.7, lat: 38.4, height: 2000, sigmaDeg: 0.15 } as const;

/** Height in metres at a point: the hill on flat ground at 0 m. */
export function hillHeight(lon: number, lat: number): number {
  const d2 = (lon - HILL.lon) ** 2 + (lat - HILL.lat) ** 2;
  return HILL.height * Math.exp(-d2 / (2 * HILL.sigmaDeg ** 2));
}

/**
 * Ridges of the relief, loosely where the zone's real ranges run (西山 west of the Fen valley,
 * 系舟山 to the north, 太行 to the east), so a hillshade reads as terrain rather than one bump.
 * Each lies at least 0.57° from HILL with a narrow profile, so within two sigmas of the hill the
 * relief differs from hillHeight by under a metre and the hill shades as it does alone.
 */
export const RIDGES: ReadonlyArray<{ from: readonly [number, number]; to: readonly [number, number]; height: number; widthDeg: number; peaks: number }> = [
  { from: [112.0, 37.72], to: [112.13, 38.55], height: 1400, widthDeg: 0.07, peaks: 5 },
  { from: [112.38, 38.9], to: [112.98, 39.06], height: 1100, widthDeg: 0.06, peaks: 4 },
  { from: [113.26, 37.58], to: [113.45, 38.52], height: 1500, widthDeg: 0.09, peaks: 6 },
];

/** Knolls between the ridges, as rugged as the ridges. */
export const KNOLLS: ReadonlyArray<{ lon: number; lat: number; height: number; sigmaDeg: number }> = [
  { lon: 113.0, lat: 37.88, height: 700, sigmaDeg: 0.07 },
  { lon: 113.1, lat: 38.85, height: 800, sigmaDeg: 0.06 },
  { lon: 112.2, lat: 38.95, height: 600, sigmaDeg: 0.08 },
];

/** A lattice value in [0, 1) from an integer hash: the same on every machine, unlike Math.sin tricks. */
function lattice(i: number, j: number): number {
  let h = (Math.imul(i, 374761393) + Math.imul(j, 668265263)) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

function valueNoise(x: number, y: number): number {
  const i = Math.floor(x);
  const j = Math.floor(y);
  const fx = x - i;
  const fy = y - j;
  const u = fx * fx * fx * (fx * (fx * 6 - 15) + 10);
  const v = fy * fy * fy * (fy * (fy * 6 - 15) + 10);
  const a = lattice(i, j) + (lattice(i + 1, j) - lattice(i, j)) * u;
  const b = lattice(i, j + 1) + (lattice(i + 1, j + 1) - lattice(i, j + 1)) * u;
  return a + (b - a) * v;
}

/**
 * Ridged fractal noise in [0, 1]: crests where each octave's noise crosses its middle, from 25 km
 * down to 1.5 km. Smooth Gaussian ranges shade as soft blobs; real mountains are mostly
 * spurs and valleys at this scale, and this is what makes the hillshade read as terrain.
 */
function ridgedNoise(lon: number, lat: number): number {
  let sum = 0;
  let norm = 0;
  let amp = 1;
  let freq = 4;
  let x = lon;
  let y = lat * 1.27; // roughly square cells on the ground at 38°N
  for (let o = 0; o < 5; o++) {
    const r = 1 - Math.abs(2 * valueNoise(x * freq + o * 17.3, y * freq - o * 9.1) - 1);
    // Each octave on axes turned by 37°, so the lattice leaves no north–south grain.
    [x, y] = [x * 0.8 - y * 0.6, x * 0.6 + y * 0.8];
    sum += amp * r * r;
    norm += amp;
    amp *= 0.55;
    freq *= 2;
  }
  return sum / norm;
}

function ridgeHeight(lon: number, lat: number, r: (typeof RIDGES)[number]): number {
  const [ax, ay] = r.from;
  const dx = r.to[0] - ax;
  const dy = r.to[1] - ay;
  const t = Math.min(1, Math.max(0, ((lon - ax) * dx + (lat - ay) * dy) / (dx * dx + dy * dy)));
  const d2 = (lon - ax - t * dx) ** 2 + (lat - ay - t * dy) ** 2;
  // The crest falls smoothly to nothing at both ends (so the clamp of t leaves no crease), with
  // summits of two unrelated periods along it, and the range widens in its middle.
  const summits = 0.8 + 0.12 * Math.sin(2 * Math.PI * r.peaks * t) + 0.08 * Math.sin(2 * Math.PI * 2.7 * r.peaks * t + 1);
  const width = r.widthDeg * (0.8 + 0.35 * Math.sin(Math.PI * t));
  const envelope = r.height * Math.sin(Math.PI * t) ** 2 * summits * Math.exp(-d2 / (2 * width ** 2));
  return envelope < 0.01 ? envelope : envelope * (0.45 + 1.1 * ridgedNoise(lon, lat));
}

function knollHeight(lon: number, lat: number, k: (typeof KNOLLS)[number]): number {
  const envelope = k.height * Math.exp(-((lon - k.lon) ** 2 + (lat - k.lat) ** 2) / (2 * k.sigmaDeg ** 2));
  return envelope < 0.01 ? envelope : envelope * (0.45 + 1.1 * ridgedNoise(lon, lat));
}

/** Each part of the relief with the box beyond which it adds less than a millimetre. */
const PARTS: ReadonlyArray<{ box: readonly [number, number, number, number]; at: (lon: number, lat: number) => number }> = [
  { box: around([HILL.lon, HILL.lat], [HILL.lon, HILL.lat], HILL.sigmaDeg), at: hillHeight },
  ...RIDGES.map((r) => ({ box: around(r.from, r.to, r.widthDeg * 1.2), at: (lon: number, lat: number) => ridgeHeight(lon, lat, r) })),
  ...KNOLLS.map((k) => ({ box: around([k.lon, k.lat], [k.lon, k.lat], k.sigmaDeg), at: (lon: number, lat: number) => knollHeight(lon, lat, k) })),
];

function around(a: readonly [number, number], b: readonly [number, number], sigma: number): [number, number, number, number] {
  const r = 6 * sigma; // e^-18 of 2000 m is well under a millimetre
  return [Math.min(a[0], b[0]) - r, Math.min(a[1], b[1]) - r, Math.max(a[0], b[0]) + r, Math.max(a[1], b[1]) + r];
}

/** Height in metres of the relief: HILL plus the ridges and knolls, on flat ground at 0 m. */
export function reliefHeight(lon: number, lat: number): number {
  let h = 0;
  for (const p of PARTS) h += p.at(lon, lat);
  return h;
}

/**
 * reliefHeight for points inside one box, leaving out the parts too far away to count there:
 * most tiles have one part or none nearby, and a height tile evaluates 65,536 points.
 */
export function reliefHeightWithin(box: readonly [number, number, number, number]): (lon: number, lat: number) => number {
  const near = PARTS.filter((p) => p.box[0] <= box[2] && p.box[2] >= box[0] && p.box[1] <= box[3] && p.box[3] >= box[1]);
  return (lon, lat) => {
    let h = 0;
    for (const p of near) h += p.at(lon, lat);
    return h;
  };
}

/** Longitude and latitude of a point given in tile z/x/y's own pixels (0–256). */
export function tilePixelToLonLat(z: number, x: number, y: number, px: number, py: number): [number, number] {
  const n = 2 ** z;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * (y + py / 256)) / n))) * 180) / Math.PI;
  return [((x + px / 256) / n) * 360 - 180, lat];
}

/** One 256 × 256 terrarium tile: height = (R × 256 + G + B / 256) − 32768, at each pixel's centre. */
export function terrariumPng(z: number, x: number, y: number, heightAt: (lon: number, lat: number) => number = hillHeight): Uint8Array {
  const size = 256;
  const data = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const [lon, lat] = tilePixelToLonLat(z, x, y, px + 0.5, py + 0.5);
      const v = heightAt(lon, lat) + 32768;
      const i = (py * size + px) * 4;
      data[i] = Math.floor(v / 256);
      data[i + 1] = Math.floor(v) % 256;
      data[i + 2] = Math.floor((v - Math.floor(v)) * 256);
      data[i + 3] = 255;
    }
  }
  return encode({ width: size, height: size, data, channels: 4, depth: 8 });
}
