/**
 * Query benchmark: within-D for 10 stations × D = 5 km over synthetic layers in the zone's
 * box, our engine (prebuilt index, exact distances) against a naive Turf loop, with the ratio
 * and a check that the result sets agree; and a one-off query that first has to build the
 * layer's index, against the same naive loop.
 */
import { booleanIntersects, buffer, distance } from '@turf/turf';
import type { Feature, Point, Polygon } from 'geojson';
import { geometryDistance } from '../../src/lib/query/geometryDistance.ts';
import { prepareLayer } from '../../src/lib/query/preparedLayer.ts';
import { withinDistance } from '../../src/lib/query/withinDistance.ts';

const BOX = [111.5, 37.4, 114.0, 39.6] as const;
const D_KM = 5;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function points(n: number, seed: number): Feature<Point>[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => ({
    type: 'Feature', properties: { id: `p${i}` },
    geometry: { type: 'Point', coordinates: [BOX[0] + r() * (BOX[2] - BOX[0]), BOX[1] + r() * (BOX[3] - BOX[1])] },
  }));
}

function squares(n: number, seed: number): Feature<Polygon>[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const x = BOX[0] + r() * (BOX[2] - BOX[0]);
    const y = BOX[1] + r() * (BOX[3] - BOX[1]);
    const s = 0.002 + r() * 0.01;
    return { type: 'Feature', properties: { id: `q${i}` }, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]] } };
  });
}

function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

/** Median of 15 runs after 5 warm-up runs: a query runs many times against a loaded layer. */
function steady<T>(f: () => T): { ms: number; value: T } {
  for (let i = 0; i < 5; i++) f();
  const runs = Array.from({ length: 15 }, () => time(f)).sort((a, b) => a.ms - b.ms);
  return runs[7] as { ms: number; value: T };
}

const sameSet = (a: Iterable<number>, b: Iterable<number>): boolean => {
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

export interface QueryBenchRow {
  case: string;
  /** Points in the target layer; 0 for the polygon case. */
  points: number;
  engineMs: number;
  indexMs: number;
  /** Index build plus the first query on it: what a query on a layer not yet loaded costs. */
  oneOffMs: number;
  naiveMs: number;
  matches: number;
  agree: string;
}

export function benchQueries(sizes = [10_000, 100_000, 1_000_000]): QueryBenchRow[] {
  const stations = points(10, 7);
  const preparedStations = prepareLayer(stations);
  const rows: QueryBenchRow[] = [];
  for (const n of sizes) {
    const targets = points(n, 42 + n);
    const index = time(() => prepareLayer(targets));
    const first = time(() => withinDistance(index.value, preparedStations, D_KM * 1000));
    const engine = steady(() => withinDistance(index.value, preparedStations, D_KM * 1000));
    const naive = time(() => {
      const hit: number[] = [];
      targets.forEach((t, i) => {
        if (stations.some((s) => distance(t, s, { units: 'kilometers' }) <= D_KM)) hit.push(i);
      });
      return hit;
    });
    rows.push({
      case: `${n.toLocaleString('en')} points`, points: n,
      engineMs: engine.ms, indexMs: index.ms, oneOffMs: index.ms + first.ms, naiveMs: naive.ms, matches: engine.value.length,
      agree: sameSet(engine.value.map((m) => m.index), naive.value) ? 'identical' : 'DIFFERENT',
    });
  }

  const polys = squares(10_000, 99);
  const index = time(() => prepareLayer(polys));
  const first = time(() => withinDistance(index.value, preparedStations, D_KM * 1000));
  const engine = steady(() => withinDistance(index.value, preparedStations, D_KM * 1000));
  const naive = time(() => {
    const buffers = stations.map((s) => buffer(s, D_KM, { units: 'kilometers' }));
    const hit: number[] = [];
    polys.forEach((p, i) => {
      if (buffers.some((b) => b && booleanIntersects(p, b))) hit.push(i);
    });
    return hit;
  });
  // The buffer circle is a 64-gon inside the true circle: compare both with brute-force exact.
  const exact: number[] = [];
  polys.forEach((p, i) => {
    const target = index.value.parts(index.value.rank[i] as number);
    if (stations.some((_, si) => geometryDistance(target, preparedStations.parts(si)) <= D_KM * 1000 + 1e-6)) exact.push(i);
  });
  const engineExact = sameSet(engine.value.map((m) => m.index), exact);
  const missedByBuffer = exact.filter((i) => !naive.value.includes(i)).length;
  rows.push({
    case: '10,000 polygons', points: 0,
    engineMs: engine.ms, indexMs: index.ms, oneOffMs: index.ms + first.ms, naiveMs: naive.ms, matches: engine.value.length,
    agree: `${engineExact ? 'identical to brute-force exact' : 'DIFFERENT from exact'}; buffer+booleanIntersects misses ${missedByBuffer}`,
  });
  return rows;
}

export function printQueryBench(rows: QueryBenchRow[]): void {
  console.log('\nWithin-D query: 10 stations × D = 5 km, synthetic data in the zone box (Node, one core;');
  console.log('engine: median of 15 runs after 5 warm-up runs; naive: one run)\n');
  console.log('| targets | engine query | naive Turf loop | ratio | index build (once per layer) | one-off query incl. build | ratio incl. build | matches | result sets |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.case} | ${r.engineMs.toFixed(2)} ms | ${r.naiveMs.toFixed(0)} ms | ${(r.naiveMs / r.engineMs).toFixed(0)}× | ${r.indexMs.toFixed(0)} ms | ${r.oneOffMs.toFixed(0)} ms | ${(r.naiveMs / r.oneOffMs).toFixed(1)}× | ${r.matches} | ${r.agree} |`);
  }
  console.log('\nTargets: ≥ 300× at 1M points, ≥ 100× for 10k polygons (query time; the index is built once when a layer loads).');
  const largest = rows.reduce<QueryBenchRow | undefined>((a, r) => (r.points > (a?.points ?? 0) ? r : a), undefined);
  if (largest) {
    // One build, as a user pays it on first query: no warm-up, so a collection may land in it.
    console.log(
      `Index build for ${largest.case}: ${largest.indexMs.toFixed(0)} ms (target ≤ 400 ms); one-off query including the build: ` +
        `${largest.oneOffMs.toFixed(0)} ms against ${largest.naiveMs.toFixed(0)} ms for the naive loop, ${(largest.naiveMs / largest.oneOffMs).toFixed(1)}× (target ≥ 4×).`,
    );
  }
}
