/**
 * Travel-time grid benchmark: minutesGrid over the map area at 1 km (≈106 000 cells), as the
 * query worker computes it for the isochrone map, against the same grid without the block
 * shortcut (every cell measuring every station) in the same run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bestAccess, nearestScratch } from '../../src/lib/access/accessLeg.ts';
import { cellCentre, gridShape, minutesGrid, savedGrid } from '../../src/lib/access/minutesGrid.ts';
import { checkRailNetwork } from '../../src/lib/access/network.ts';
import { trainTimesTo } from '../../src/lib/access/trainTimes.ts';
import { DEFAULT_ASSUMPTIONS, DESTINATIONS, type AccessAssumptions } from '../../src/lib/access/types.ts';
import { ZONE_BBOX } from '../../src/lib/catalogue/types.ts';

const ms = (f: () => unknown): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

export function benchAccessGrid(): void {
  const read = () => checkRailNetwork(JSON.parse(readFileSync(join(import.meta.dirname, '../../data/rail_network.json'), 'utf8')));
  const bbox = [...ZONE_BBOX] as [number, number, number, number];
  const { width, height } = gridShape(bbox, 1);
  console.log(`\nTravel-time grid: 1 km cells over the map area (${width} × ${height} = ${width * height} cells; Node, one core)\n`);
  console.log('| destination | scenario | first grid (search + cells) | again (cells only) | without the block shortcut |');
  console.log('|---|---|---|---|---|');
  for (const to of DESTINATIONS) {
    for (const year of ['2022', '2027'] as const) {
      const network = read();
      const a: AccessAssumptions = { ...DEFAULT_ASSUMPTIONS, scenario: { year } };
      const first = ms(() => minutesGrid(network, to, a, bbox, 1));
      const again = ms(() => minutesGrid(network, to, a, bbox, 1));
      const plain = ms(() => {
        const times = trainTimesTo(network, to, a.scenario, a.transferMinutes);
        const scratch = nearestScratch(a.k);
        const grid = { bbox, width, height };
        const out = new Float32Array(width * height);
        for (let i = 0; i < out.length; i++) {
          const [lon, lat] = cellCentre(grid, i % width, Math.floor(i / width));
          out[i] = bestAccess(times.stations, times.tree.minutes, lon, lat, a, scratch);
        }
      });
      console.log(`| ${to} | ${year} | ${first.toFixed(0)} ms | ${again.toFixed(0)} ms | ${plain.toFixed(0)} ms |`);
    }
  }
  const network = read();
  console.log(`\nsavedGrid (both years) to xiongan, first call: ${ms(() => savedGrid(network, 'xiongan', DEFAULT_ASSUMPTIONS, bbox, 1)).toFixed(0)} ms`);
}
