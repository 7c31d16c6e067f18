/**
 * Fastest rail times with a cost for changing trains: Dijkstra's search over (station, line,
 * direction) states, so that boarding another line — or riding back along the same one —
 * costs the transfer minutes, while staying on a train costs nothing extra.
 *
 * A small search of our own, not a graph library: ngraph.path and graphology's shortest paths
 * price an edge alone, and the change penalty depends on the pair of edges a path joins. Using
 * them would mean building this state graph first; at ~30 stations and ~40 sections the search
 * itself is a few dozen lines and a binary heap (heap.ts).
 */
import { MinHeap } from './heap.ts';
import type { RailGraph } from './railGraph.ts';

export interface PathTree {
  graph: RailGraph;
  /** Slots per node: not on a train, then each line in each direction. */
  slots: number;
  /** Minutes from the nearest source to each node (Infinity when unreachable). */
  minutes: Float64Array;
  /** The state each node's best time ends in (−1: unreachable). */
  bestState: Int32Array;
  /** Per state: the arc that reached it (−1 at a source) and the state it came from. */
  viaArc: Int32Array;
  prevState: Int32Array;
}

/** The state slot of riding `line` in direction `dir` (0, no stated direction, counts as +1). */
const slotOf = (line: number, dir: number): number => 1 + 2 * line + (dir < 0 ? 1 : 0);

/**
 * Fastest times from any of `sources` to every node. The search is symmetric (a route and its
 * reverse change trains at the same places), so searching from the destinations gives each
 * station's time to them.
 */
export function shortestPaths(g: RailGraph, sources: readonly number[], transferMinutes: number): PathTree {
  const n = g.nodeIds.length;
  const slots = 1 + 2 * g.lineIds.length;
  const dist = new Float64Array(n * slots).fill(Infinity);
  const viaArc = new Int32Array(n * slots).fill(-1);
  const prevState = new Int32Array(n * slots).fill(-1);
  const heap = new MinHeap();
  for (const s of sources) {
    dist[s * slots] = 0;
    heap.push(0, s * slots);
  }
  while (heap.size > 0) {
    const state = heap.pop();
    const d = heap.lastKey;
    if (d > (dist[state] as number)) continue;
    const node = Math.floor(state / slots);
    const slot = state - node * slots;
    for (let a = g.arcStart[node] as number, end = g.arcStart[node + 1] as number; a < end; a++) {
      const next = slotOf(g.arcLine[a] as number, g.arcDir[a] as number);
      const cost = d + (g.arcMinutes[a] as number) + (slot === 0 || slot === next ? 0 : transferMinutes);
      const to = (g.arcTo[a] as number) * slots + next;
      if (cost < (dist[to] as number)) {
        dist[to] = cost;
        viaArc[to] = a;
        prevState[to] = state;
        heap.push(cost, to);
      }
    }
  }
  const minutes = new Float64Array(n).fill(Infinity);
  const bestState = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    for (let s = v * slots, end = s + slots; s < end; s++) {
      if ((dist[s] as number) < (minutes[v] as number)) {
        minutes[v] = dist[s] as number;
        bestState[v] = s;
      }
    }
  }
  return { graph: g, slots, minutes, bestState, viaArc, prevState };
}

/** The arcs of the best path to `node`, from its source to it (empty at a source or when unreachable). */
export function pathArcs(tree: PathTree, node: number): number[] {
  const arcs: number[] = [];
  for (let s = tree.bestState[node] as number; s >= 0 && (tree.viaArc[s] as number) >= 0; s = tree.prevState[s] as number) arcs.push(tree.viaArc[s] as number);
  return arcs.reverse();
}
