/**
 * Baselines in Node on the same files: Papa Parse and JSON.parse alone, and the query index
 * over the 1M points (build + one query) against a naive Turf loop.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { distance } from '@turf/turf';
import type { Feature, Point } from 'geojson';
import Papa from 'papaparse';
import { prepareLayer, type PreparedLayer } from '../../../src/lib/query/preparedLayer.ts';
import { withinDistance } from '../../../src/lib/query/withinDistance.ts';
import { mulberry32, USER_BOX } from '../../data/userFiles.ts';
import { D_KM } from './config.ts';

export interface NodeFigures {
  rows: number;
  papaMs: number;
  jsonMs: number;
  buildMs: number[];
  queryMs: number;
  naiveMs: number;
  matches: number;
  same: boolean;
}

function timed<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

/**
 * A full GC on demand, so one build's garbage is not collected inside the next one's timing
 * (in the app a layer's index is built once). Node only exposes gc() behind a flag; setting it
 * at run time makes it available to new contexts.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

export function benchNode(csv: string, geojson: string): NodeFigures {
  const points = benchPoints(csv);
  const json = readFileSync(geojson, 'utf8');
  collectGarbage();
  return { ...points, jsonMs: timed(() => JSON.parse(json) as unknown).ms };
}

function benchPoints(csv: string): Omit<NodeFigures, 'jsonMs'> {
  const text = readFileSync(csv, 'utf8');
  collectGarbage();
  const papa = timed(() => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }));
  const features: Feature<Point>[] = papa.value.data.map((row) => ({
    type: 'Feature',
    properties: row,
    geometry: { type: 'Point', coordinates: [Number(row.lon), Number(row.lat)] },
  }));

  const buildMs: number[] = [];
  let layer: PreparedLayer | undefined;
  for (let i = 0; i < 3; i++) {
    layer = undefined;
    collectGarbage();
    const built = timed(() => prepareLayer(features));
    buildMs.push(built.ms);
    layer = built.value;
  }
  const r = mulberry32(7);
  const [x0, y0, x1, y1] = USER_BOX;
  const sources: Feature<Point>[] = Array.from({ length: 10 }, (_, i) => ({
    type: 'Feature',
    properties: { id: `s${i}` },
    geometry: { type: 'Point', coordinates: [x0 + r() * (x1 - x0), y0 + r() * (y1 - y0)] },
  }));
  const query = timed(() => withinDistance(layer as PreparedLayer, prepareLayer(sources), D_KM * 1000));
  // The naive method of scripts/bench/queries.ts: every target against every source.
  const naive = timed(() => {
    const hit: number[] = [];
    features.forEach((t, i) => {
      if (sources.some((s) => distance(t, s, { units: 'kilometers' }) <= D_KM)) hit.push(i);
    });
    return hit;
  });
  const engine = query.value.map((m) => m.index).sort((a, b) => a - b);
  const same = engine.length === naive.value.length && engine.every((v, i) => v === naive.value[i]);
  return { rows: papa.value.data.length, papaMs: papa.ms, buildMs, queryMs: query.ms, naiveMs: naive.ms, matches: engine.length, same };
}
