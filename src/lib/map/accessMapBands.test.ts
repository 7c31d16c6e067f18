import { describe, expect, it } from 'vitest';
import type { MinutesGrid } from '../access/types.ts';
import { bandCount, bandColours, bandLabels, bandOf, gridPixels, gridValueAt } from './accessMapBands.ts';

describe('travel-time bands', () => {
  it('put 75 minutes on a band edge: up to 75 is one band, just over it the next', () => {
    expect(bandOf('time', 60)).toBe(0);
    expect(bandOf('time', 60.4)).toBe(1);
    expect(bandOf('time', 75)).toBe(1);
    expect(bandOf('time', 75.1)).toBe(2);
    expect(bandOf('time', 181)).toBe(6);
    expect(bandOf('time', NaN)).toBe(-1);
  });

  it('grade the minutes saved from "no change" to 180 and more', () => {
    expect([0, 0.4, 1, 15, 16, 30, 60, 90, 119, 120, 150, 179, 180, 300].map((m) => bandOf('saved', m))).toEqual([0, 0, 1, 1, 2, 2, 3, 4, 5, 5, 6, 7, 8, 8]);
  });

  it('label every band in minutes, in both languages, with a colour in both palettes', () => {
    expect(bandLabels('time', 'zh')).toEqual(['≤ 60 分钟', '60–75 分钟', '75–90 分钟', '90–120 分钟', '120–150 分钟', '150–180 分钟', '180–240 分钟', '240–300 分钟', '> 300 分钟']);
    expect(bandLabels('saved', 'en')).toEqual(['0 min (no change)', '1–15 min', '15–30 min', '30–60 min', '60–90 min', '90–120 min', '120–150 min', '150–180 min', '≥ 180 min']);
    for (const view of ['time', 'saved'] as const) {
      for (const theme of ['light', 'contrast'] as const) expect(bandColours(view, theme)).toHaveLength(bandCount(view));
    }
  });
});

describe('the grid as an image', () => {
  const grid: MinutesGrid = { bbox: [112, 38, 113, 39], width: 2, height: 2, cellKm: 50, minutes: Float32Array.from([30, NaN, 100, 200]) };

  it('reads the figure of the cell at a point, NaN outside', () => {
    expect(gridValueAt(grid, 112.2, 38.8)).toBe(30);
    expect(gridValueAt(grid, 112.8, 38.2)).toBe(200);
    expect(gridValueAt(grid, 111.9, 38.5)).toBeNaN();
  });

  it('colours each cell by its band, half see-through, and leaves cells without a route clear', () => {
    const px = gridPixels(grid, 'time', 'light');
    expect([...px.slice(0, 4)]).toEqual([0x08, 0x1d, 0x58, 140]);
    expect(px[7]).toBe(0);
    expect([...px.slice(12, 15)]).toEqual([0xc7, 0xe9, 0xb4]);
  });
});
