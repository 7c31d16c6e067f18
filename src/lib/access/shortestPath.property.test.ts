import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRailGraph } from './railGraph.ts';
import { pathArcs, shortestPaths } from './shortestPath.ts';
import type { RailEdge, RailNetwork } from './types.ts';

/** A random small network: lines through random stations, with sections and a few express runs. */
const networkArb = fc.integer({ min: 2, max: 6 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    lines: fc.array(fc.shuffledSubarray([...Array(n).keys()], { minLength: 2 }), { minLength: 1, maxLength: 3 }),
    express: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 4 }),
    minutes: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 30, maxLength: 30 }),
    transfer: fc.integer({ min: 0, max: 40 }),
    from: fc.nat(),
  }),
);

function toNetwork(r: { n: number; lines: number[][]; express: Array<[number, number, number]>; minutes: number[] }): RailNetwork {
  const id = (i: number) => `n${i}`;
  const edges: RailEdge[] = [];
  const minute = () => r.minutes[edges.length % r.minutes.length] as number;
  const add = (line: number, a: number, b: number) => edges.push({ from: id(a), to: id(b), line: `l${line}`, minutes: minute(), basis: 'distance', confidence: 'estimate', source: { zh: '测', en: 't' } });
  r.lines.forEach((stops, l) => stops.slice(1).forEach((s, i) => add(l, stops[i] as number, s)));
  for (const [l, i, j] of r.express) {
    const stops = r.lines[l % r.lines.length] as number[];
    const a = stops[i % stops.length] as number;
    const b = stops[j % stops.length] as number;
    if (a !== b) add(l % r.lines.length, a, b);
  }
  return {
    nodes: Array.from({ length: r.n }, (_, i) => ({ id: id(i), name: { zh: id(i), en: id(i) }, coord: [112 + i / 10, 38] as [number, number] })),
    lines: r.lines.map((stops, l) => ({ id: `l${l}`, name: { zh: `l${l}`, en: `l${l}` }, years: ['2022'], stops: stops.map(id) })),
    edges,
    destinations: { xiongan: ['n0'], beijing: ['n0'], shijiazhuang: ['n0'], taiyuan: ['n0'] },
    dwellMinutes: 3,
  };
}

/**
 * The fastest time to every node over all simple paths, priced the model's way: the sections'
 * minutes, plus the transfer at each change of line or of direction along a line.
 */
function bruteForce(net: RailNetwork, from: number, transfer: number): number[] {
  const idx = new Map(net.nodes.map((n, i) => [n.id, i]));
  const stopsOf = new Map(net.lines.map((l) => [l.id, l.stops ?? []]));
  const arcs = net.edges.flatMap((e) => {
    const stops = stopsOf.get(e.line) as string[];
    const dir = Math.sign(stops.indexOf(e.to) - stops.indexOf(e.from));
    const a = idx.get(e.from) as number;
    const b = idx.get(e.to) as number;
    return [
      { a, b, line: e.line, dir, m: e.minutes },
      { a: b, b: a, line: e.line, dir: -dir, m: e.minutes },
    ];
  });
  const best = net.nodes.map(() => Infinity);
  const visited = new Set<number>([from]);
  const walk = (at: number, cost: number, prev: { line: string; dir: number } | null): void => {
    best[at] = Math.min(best[at] as number, cost);
    for (const arc of arcs) {
      if (arc.a !== at || visited.has(arc.b)) continue;
      const change = prev !== null && (prev.line !== arc.line || prev.dir !== arc.dir);
      visited.add(arc.b);
      walk(arc.b, cost + arc.m + (change ? transfer : 0), arc);
      visited.delete(arc.b);
    }
  };
  walk(from, 0, null);
  return best;
}

describe('shortestPaths', () => {
  it('agrees with a brute-force search over all simple paths, changes of train priced', () => {
    fc.assert(
      fc.property(networkArb, (r) => {
        const net = toNetwork(r);
        const g = buildRailGraph(net, { year: '2022' });
        const from = r.from % r.n;
        const tree = shortestPaths(g, [from], r.transfer);
        const want = bruteForce(net, from, r.transfer);
        for (let v = 0; v < r.n; v++) {
          const got = tree.minutes[v] as number;
          if (!Number.isFinite(want[v] as number)) expect(got).toBe(Infinity);
          else expect(got).toBeCloseTo(want[v] as number, 9);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('returns a path whose sections and changes add up to its time', () => {
    fc.assert(
      fc.property(networkArb, (r) => {
        const net = toNetwork(r);
        const g = buildRailGraph(net, { year: '2022' });
        const from = r.from % r.n;
        const tree = shortestPaths(g, [from], r.transfer);
        for (let v = 0; v < r.n; v++) {
          if (!Number.isFinite(tree.minutes[v] as number)) continue;
          const arcs = pathArcs(tree, v);
          let cost = 0;
          arcs.forEach((a, i) => {
            const p = arcs[i - 1];
            cost += g.arcMinutes[a] as number;
            if (p !== undefined && (g.arcLine[p] !== g.arcLine[a] || g.arcDir[p] !== g.arcDir[a])) cost += r.transfer;
            if (p !== undefined) expect(g.arcTo[p]).toBe(g.arcFrom[a]);
          });
          expect(arcs.length ? g.arcFrom[arcs[0] as number] : v).toBe(from);
          expect(cost).toBeCloseTo(tree.minutes[v] as number, 9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('charges a change for riding back along the same line', () => {
    // One line a–b–c; the express a–c is on it too. From b to c direct: 10. Back to a then
    // express to c would be 1 + 1 with no penalty if direction were ignored.
    const net = toNetwork({ n: 3, lines: [[0, 1, 2]], express: [[0, 0, 2]], minutes: [1, 10, 1] });
    const g = buildRailGraph(net, { year: '2022' });
    expect(shortestPaths(g, [1], 15).minutes[2]).toBe(10);
    expect(shortestPaths(g, [1], 5).minutes[2]).toBe(7);
  });
});
