import { describe, expect, it } from 'vitest';
import { ZONE_BBOX } from '../catalogue/types.ts';
import { journey } from './journey.ts';
import { cellCentre, gridShape, minutesGrid, savedGrid } from './minutesGrid.ts';
import { committedNetwork } from './testNetwork.ts';
import { DESTINATIONS, type AccessAssumptions } from './types.ts';

const network = committedNetwork();
const bbox = [...ZONE_BBOX] as [number, number, number, number];
const a: AccessAssumptions = { speedKmh: 40, detour: 1.3, k: 3, transferMinutes: 15, scenario: { year: '2022' } };

/** A spread of cells, the same every run: every 37th cell, and the four corners. */
const sample = (n: number): number[] => [...new Set([0, n - 1, ...Array.from({ length: Math.floor(n / 37) }, (_, i) => i * 37)])];

describe('minutesGrid', () => {
  it('tiles the map area with cells of about the size asked: 1 km gives ≈ 435 × 245 cells', () => {
    expect(gridShape(bbox, 1)).toEqual({ width: 435, height: 245 });
    expect(cellCentre({ bbox, width: 10, height: 5 }, 0, 0)).toEqual([111.75, 39.38]);
  });

  it.each(DESTINATIONS)('gives each cell the journey() time from its centre (to %s, both years)', (to) => {
    for (const year of ['2022', '2027'] as const) {
      const grid = minutesGrid(network, to, { ...a, scenario: { year } }, bbox, 3);
      for (const i of sample(grid.minutes.length)) {
        const [lon, lat] = cellCentre(grid, i % grid.width, Math.floor(i / grid.width));
        const j = journey(network, [lon, lat], to, { ...a, scenario: { year } });
        expect(grid.minutes[i]).toBe(Math.fround(j?.minutes ?? Number.NaN));
      }
    }
  });

  it('agrees with journey() for other assumptions too (k = 1, a slow road, no transfer penalty)', () => {
    const b: AccessAssumptions = { speedKmh: 20, detour: 1.6, k: 1, transferMinutes: 0, scenario: { year: '2027' } };
    const grid = minutesGrid(network, 'beijing', b, bbox, 4);
    for (const i of sample(grid.minutes.length)) {
      const j = journey(network, cellCentre(grid, i % grid.width, Math.floor(i / grid.width)), 'beijing', b);
      expect(grid.minutes[i]).toBe(Math.fround(j?.minutes ?? Number.NaN));
    }
  });

  it('puts 忻州西 inside the 75-minute band to 雄安 in 2027 (1 km cells)', () => {
    const grid = minutesGrid(network, 'xiongan', { ...a, scenario: { year: '2027' } }, bbox, 1);
    const [lon, lat] = network.nodes.find((n) => n.id === 'stn-xinzhouxi')?.coord as [number, number];
    const col = Math.floor(((lon - bbox[0]) / (bbox[2] - bbox[0])) * grid.width);
    const row = Math.floor(((bbox[3] - lat) / (bbox[3] - bbox[1])) * grid.height);
    expect(grid.minutes[row * grid.width + col]).toBeLessThanOrEqual(75);
  });
});

describe('savedGrid', () => {
  it('is the 2022 time less the 2027 time, never below zero', () => {
    const saved = savedGrid(network, 'xiongan', a, bbox, 5);
    const before = minutesGrid(network, 'xiongan', { ...a, scenario: { year: '2022' } }, bbox, 5);
    const after = minutesGrid(network, 'xiongan', { ...a, scenario: { year: '2027' } }, bbox, 5);
    expect(saved.width).toBe(before.width);
    saved.minutes.forEach((m, i) => {
      expect(m).toBeGreaterThanOrEqual(0);
      expect(m).toBe(Math.fround(Math.max(0, (before.minutes[i] as number) - (after.minutes[i] as number))));
    });
    // 忻州 gains hours; 太原 to 雄安 gains too (through trains from 太原南).
    expect(Math.max(...saved.minutes)).toBeGreaterThan(180);
  });
});
