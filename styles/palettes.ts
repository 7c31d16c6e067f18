/** Colours and weights of the two shipped styles; every style layer reads from one of these. */
export interface Palette {
  land: string;
  landZone: string;
  countyLine: string;
  prefectureLine: string;
  zoneLine: string;
  zoneFill: string;
  water: string;
  river: string;
  dayu: string;
  xindong: string;
  xiongxin: string;
  rail: string;
  road: string;
  waterSupply: string;
  park: string;
  /** Key projects: a hue no other layer uses, since they sit right beside the parks. */
  project: string;
  airport: string;
  station: string;
  stationHsr: string;
  town: string;
  text: string;
  textMuted: string;
  halo: string;
  /** Line widths and text sizes are multiplied by this: projectors need heavier strokes. */
  weight: number;
}

export type ThemeId = 'light' | 'contrast';
export const THEMES: readonly ThemeId[] = ['light', 'contrast'];

export const PALETTES: Record<ThemeId, Palette> = {
  // For desk work: quiet base, saturated plan layers.
  light: {
    land: '#f8f7f2',
    landZone: '#fffdf3',
    countyLine: '#a9a9a9',
    prefectureLine: '#6e6e6e',
    zoneLine: '#c2410c',
    zoneFill: '#fb923c',
    water: '#a9cdea',
    river: '#5b9bd5',
    dayu: '#7c3aed',
    xindong: '#db2777',
    xiongxin: '#dc2626',
    rail: '#374151',
    road: '#b45309',
    waterSupply: '#0284c7',
    park: '#059669',
    project: '#a16207',
    airport: '#1d4ed8',
    station: '#4b5563',
    stationHsr: '#dc2626',
    town: '#1f2937',
    text: '#1f2937',
    textMuted: '#4b5563',
    halo: '#ffffff',
    weight: 1,
  },
  // For projectors in lit rooms: dark ground, bright strokes, heavier lines and text.
  contrast: {
    land: '#0b1220',
    landZone: '#13203a',
    countyLine: '#64748b',
    prefectureLine: '#cbd5e1',
    zoneLine: '#fb923c',
    zoneFill: '#f97316',
    water: '#1e3a8a',
    river: '#38bdf8',
    dayu: '#c084fc',
    xindong: '#f472b6',
    xiongxin: '#ff3b3b',
    rail: '#e5e7eb',
    road: '#fbbf24',
    waterSupply: '#22d3ee',
    park: '#34d399',
    project: '#fde047',
    airport: '#93c5fd',
    station: '#e5e7eb',
    stationHsr: '#ff3b3b',
    town: '#f8fafc',
    text: '#ffffff',
    textMuted: '#e2e8f0',
    halo: '#000000',
    weight: 1.6,
  },
};
