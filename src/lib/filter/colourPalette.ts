/**
 * Colours for colour-by-attribute, one set per map palette. Categories use the Okabe–Ito set
 * (distinguishable with the common colour-vision deficiencies), in the same hue order on both
 * grounds so a category keeps its hue when the presenter switches palette: darker tones on the
 * light ground, lighter ones on the dark projector ground, with Okabe–Ito's yellow and black
 * (invisible on one ground or the other) replaced by an olive and a brown. Classes use viridis
 * (perceptually even, also readable in grey): on the light ground low values are pale and high
 * ones dark, on the dark ground the other way round, so larger always stands out more.
 */
export type ColourTheme = 'light' | 'contrast';

export const CATEGORY_COLOURS: Record<ColourTheme, readonly string[]> = {
  light: ['#0072b2', '#e69f00', '#009e73', '#d55e00', '#cc79a7', '#56b4e9', '#8a7d00', '#7b4a21'],
  contrast: ['#4aa8ff', '#ffb000', '#2fd4a2', '#ff7a3d', '#f29bd0', '#9fd6f7', '#eee44f', '#d6a77a'],
};

/** Values beyond the palette, 'unknown' and features without a value. */
export const OTHER_COLOUR: Record<ColourTheme, string> = { light: '#9ca3af', contrast: '#94a3b8' };

/** Viridis at t = 0, 0.125 … 1. */
const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'];

/** Each ground's stretch of viridis, from the lowest class to the highest. */
// The light ground's lowest class stops short of viridis' pale yellow, which a thin ring on
// near-white land would lose.
const CLASS_RANGE: Record<ColourTheme, [from: number, to: number]> = { light: [0.78, 0.05], contrast: [0.22, 1] };

const hex = (n: number) => Math.round(n).toString(16).padStart(2, '0');

function viridis(t: number): string {
  const x = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const [a, b] = [VIRIDIS[i] as string, VIRIDIS[i + 1] as string].map((c) => [1, 3, 5].map((k) => parseInt(c.slice(k, k + 2), 16)));
  return `#${[0, 1, 2].map((k) => hex((a as number[])[k] as number + f * (((b as number[])[k] as number) - ((a as number[])[k] as number)))).join('')}`;
}

/** `n` class colours, lowest class first. */
export function classColours(theme: ColourTheme, n: number): string[] {
  const [from, to] = CLASS_RANGE[theme];
  if (n <= 1) return [viridis(to)];
  return Array.from({ length: n }, (_, i) => viridis(from + ((to - from) * i) / (n - 1)));
}

/** `#rrggbb` as `rgba(…)` with the given alpha, for a style layer whose own colour is translucent. */
export function withAlpha(colour: string, alpha: number): string {
  if (alpha >= 1 || !/^#[0-9a-f]{6}$/i.test(colour)) return colour;
  const n = Number.parseInt(colour.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
