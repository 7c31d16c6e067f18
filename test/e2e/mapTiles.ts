import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { readRepoData, rings } from './repoData.ts';

/**
 * Raster tiles that look like a plain cartographic basemap, for README screenshots of a user's
 * own XYZ basemap: county lines, rivers, reservoirs and built-up areas from the repository's data/, in
 * muted colours that neither of the app's styles uses, so the app's own layers stand out on them.
 */
export const MAP_COLOURS = {
  land: '#ece6da',
  urban: '#dcd1c1',
  county: '#b4a2ad',
  water: '#a7bfcc',
  river: '#8eaec0',
} as const;

interface Shape {
  kind: 'urban' | 'county' | 'water' | 'river';
  /** Rings (polygons) or one line, in lon/lat. */
  parts: Position[][];
  box: [number, number, number, number];
}

function boxOf(parts: Position[][]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const part of parts) {
    for (const [lon = 0, lat = 0] of part) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

let shapes: Shape[] | undefined;

/** In drawing order: what lies underneath first. */
function loadShapes(): Shape[] {
  const make = (kind: Shape['kind'], parts: Position[][]): Shape => ({ kind, parts, box: boxOf(parts) });
  return [
    ...readRepoData<Polygon | MultiPolygon>('builtup').features.map((f) => make('urban', rings(f.geometry))),
    ...readRepoData<Polygon | MultiPolygon>('counties').features.map((f) => make('county', rings(f.geometry))),
    ...readRepoData<Polygon | MultiPolygon>('water_areas').features.map((f) => make('water', rings(f.geometry))),
    ...readRepoData<LineString>('rivers')
      .features.filter((f) => f.properties.kind === 'river')
      .map((f) => make('river', [f.geometry.coordinates])),
  ];
}

function tileBox(z: number, x: number, y: number): [number, number, number, number] {
  const n = 2 ** z;
  const lat = (t: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * t) / n))) * 180) / Math.PI;
  return [(x / n) * 360 - 180, lat(y + 1), ((x + 1) / n) * 360 - 180, lat(y)];
}

function trace(ctx: SKRSContext2D, part: Position[], z: number, x: number, y: number): void {
  const n = 2 ** z;
  part.forEach(([lon = 0, lat = 0], i) => {
    const sin = Math.sin((lat * Math.PI) / 180);
    const px = ((lon + 180) / 360) * n * 256 - x * 256;
    const py = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n * 256 - y * 256;
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  });
}

function draw(z: number, x: number, y: number): Uint8Array {
  shapes ??= loadShapes();
  const canvas = createCanvas(256, 256);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = MAP_COLOURS.land;
  ctx.fillRect(0, 0, 256, 256);
  const [w, s, e, nth] = tileBox(z, x, y);
  // A margin of a few pixels so strokes crossing the tile edge are drawn on both tiles.
  const pad = ((e - w) / 256) * 4;
  const width = (at8: number) => Math.max(0.6, at8 * 1.35 ** (z - 8));
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  for (const shape of shapes) {
    const [a, b, c, d] = shape.box;
    if (a > e + pad || c < w - pad || b > nth + pad || d < s - pad) continue;
    ctx.beginPath();
    for (const part of shape.parts) trace(ctx, part, z, x, y);
    if (shape.kind === 'urban' || shape.kind === 'water') {
      ctx.fillStyle = shape.kind === 'urban' ? MAP_COLOURS.urban : MAP_COLOURS.water;
      ctx.fill('evenodd');
    } else if (shape.kind === 'county') {
      if (z < 6) continue;
      // Solid: every shared edge is drawn twice (once per county), and two dash phases read as noise.
      ctx.strokeStyle = MAP_COLOURS.county;
      ctx.lineWidth = width(0.8);
      ctx.stroke();
    } else {
      ctx.strokeStyle = MAP_COLOURS.river;
      ctx.lineWidth = width(1.4);
      ctx.stroke();
    }
  }
  return new Uint8Array(canvas.encodeSync('png'));
}

const cache = new Map<string, Uint8Array>();

/** One 256 × 256 PNG of the cartographic basemap, drawn once per z/x/y in this process. */
export function mapTilePng(z: number, x: number, y: number): Uint8Array {
  const key = `${z}/${x}/${y}`;
  let png = cache.get(key);
  if (!png) {
    png = draw(z, x, y);
    cache.set(key, png);
  }
  return png;
}
