/**
 * The travel-time and minutes-saved maps' graded bands: which band a figure falls in, the
 * bands' colours in both palettes and their labels in minutes. The grid itself comes from the
 * worker (src/lib/access/minutesGrid.ts); this only reads it.
 */
import type { Lang } from '../catalogue/types.ts';
import { tf } from '../i18n/describe.ts';
import type { MinutesGrid } from '../access/types.ts';
import type { ThemeName } from '../url/hashState.ts';

export type AccessView = 'time' | 'saved';

/**
 * Upper edges of the travel-time bands (a figure on an edge is in the band below it): 75 is one, for
 * 忻州–雄安; they reach 300, since today most of the zone is over three hours from 雄安 and a map in one
 * colour says nothing.
 */
export const TIME_EDGES = [60, 75, 90, 120, 150, 180, 240, 300] as const;
/** Upper edges of the minutes-saved bands after the first ("no change", under half a minute). */
export const SAVED_EDGES = [15, 30, 60, 90, 120, 150, 180] as const;

/** The band a figure falls in (0 = the nearest / least saved), or -1 where no station leads there. */
export function bandOf(view: AccessView, minutes: number): number {
  if (!Number.isFinite(minutes)) return -1;
  if (view === 'time') {
    const i = TIME_EDGES.findIndex((edge) => minutes <= edge);
    return i < 0 ? TIME_EDGES.length : i;
  }
  // Rounded as the legend reads: 0 is "no change"; the last edge and more is the last band.
  if (minutes < 0.5) return 0;
  if (minutes >= (SAVED_EDGES[SAVED_EDGES.length - 1] as number)) return SAVED_EDGES.length + 1;
  return 1 + SAVED_EDGES.findIndex((edge) => minutes <= edge);
}

export const bandCount = (view: AccessView): number => (view === 'time' ? TIME_EDGES.length + 1 : SAVED_EDGES.length + 2);

/**
 * Colours per band. Light: near is dark blue, far pale (YlGnBu), and over five hours a warm
 * grey, "out of reach", which must not pass for the blank where no station leads (today most of
 * the zone is that far from 雄安, and a pale yellow there read as an empty map); the projector palette turns
 * it round (viridis, near is bright) so the near bands stand out on its dark ground. Saved:
 * more minutes, deeper orange; "no change" a neutral grey.
 */
const COLOURS: Record<AccessView, Record<ThemeName, readonly string[]>> = {
  time: {
    light: ['#081d58', '#253494', '#225ea8', '#1d91c0', '#41b6c4', '#7fcdbb', '#c7e9b4', '#e3ec9c', '#a8a29e'],
    contrast: ['#fde725', '#b5de2b', '#6ece58', '#35b779', '#1f9e89', '#26828e', '#31688e', '#3e4989', '#482878'],
  },
  saved: {
    light: ['#d4d4d4', '#fff5eb', '#fee6ce', '#fdd0a2', '#fdae6b', '#fd8d3c', '#f16913', '#d94801', '#8c2d04'],
    contrast: ['#475569', '#fff5b8', '#ffe066', '#ffd23f', '#ffc233', '#ff9f1c', '#ff7b00', '#ff4d00', '#ff2d00'],
  },
};

export const bandColours = (view: AccessView, theme: ThemeName): readonly string[] => COLOURS[view][theme];

/** How much of the map shows through: the bands are a wash under the data, not a cover. */
export const BAND_ALPHA = 0.55;

/** The bands' labels, in minutes: "≤ 60 分钟", "60–75 分钟", …, "> 300 分钟" / "0 min", "1–15 min", …, "≥ 180 min". */
export function bandLabels(view: AccessView, lang: Lang): string[] {
  if (view === 'time') {
    return [
      tf('accessMap.bandUpTo', lang, { b: TIME_EDGES[0] }),
      ...TIME_EDGES.slice(1).map((b, i) => tf('accessMap.bandBetween', lang, { a: TIME_EDGES[i] as number, b })),
      tf('accessMap.bandOver', lang, { a: TIME_EDGES[TIME_EDGES.length - 1] as number }),
    ];
  }
  return [
    tf('accessMap.bandZero', lang, {}),
    tf('accessMap.bandBetween', lang, { a: 1, b: SAVED_EDGES[0] }),
    ...SAVED_EDGES.slice(1).map((b, i) => tf('accessMap.bandBetween', lang, { a: SAVED_EDGES[i] as number, b })),
    tf('accessMap.bandAtLeast', lang, { a: SAVED_EDGES[SAVED_EDGES.length - 1] as number }),
  ];
}

/** The figure of the cell holding (lon, lat); NaN outside the grid or where no station leads there. */
export function gridValueAt(grid: MinutesGrid, lon: number, lat: number): number {
  const [w, s, e, n] = grid.bbox;
  const col = Math.floor(((lon - w) / (e - w)) * grid.width);
  const row = Math.floor(((n - lat) / (n - s)) * grid.height);
  if (col < 0 || row < 0 || col >= grid.width || row >= grid.height) return NaN;
  return grid.minutes[row * grid.width + col] as number;
}

const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latOfMercatorY = (y: number): number => (Math.atan(Math.exp(y)) * 360) / Math.PI - 90;

const rgb = (hex: string): [number, number, number] => [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];

/**
 * The grid as RGBA pixels, one per cell, for an image laid over the grid's box. The map
 * stretches an image evenly in Web Mercator while the grid's rows are even in latitude, so each
 * image row takes the grid row at its own latitude (else the middle would be ~1 km off).
 */
export function gridPixels(grid: MinutesGrid, view: AccessView, theme: ThemeName): Uint8ClampedArray<ArrayBuffer> {
  const { width, height } = grid;
  const [, s, , n] = grid.bbox;
  const colours = bandColours(view, theme).map(rgb);
  const alpha = Math.round(BAND_ALPHA * 255);
  const out = new Uint8ClampedArray(width * height * 4);
  const yn = mercatorY(n);
  const ys = mercatorY(s);
  for (let r = 0; r < height; r++) {
    const lat = latOfMercatorY(yn - ((r + 0.5) * (yn - ys)) / height);
    const row = Math.min(height - 1, Math.max(0, Math.floor(((n - lat) / (n - s)) * height)));
    for (let c = 0; c < width; c++) {
      const band = bandOf(view, grid.minutes[row * width + c] as number);
      if (band < 0) continue; // no route: left clear
      const [red, green, blue] = colours[band] as [number, number, number];
      const at = (r * width + c) * 4;
      out[at] = red;
      out[at + 1] = green;
      out[at + 2] = blue;
      out[at + 3] = alpha;
    }
  }
  return out;
}

/** The image's corners as MapLibre wants them: top left, top right, bottom right, bottom left. */
export function gridCorners(grid: Pick<MinutesGrid, 'bbox'>): [[number, number], [number, number], [number, number], [number, number]] {
  const [w, s, e, n] = grid.bbox;
  return [[w, n], [e, n], [e, s], [w, s]];
}
