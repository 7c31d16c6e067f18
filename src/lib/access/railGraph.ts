/**
 * A scenario's network as compact arrays for the shortest-path search: every section becomes
 * two arcs (one each way), each knowing its line and its direction along the line's stops.
 */
import { scenarioEdges, scenarioLines } from './scenario.ts';
import type { RailNetwork, Scenario } from './types.ts';

export interface RailGraph {
  nodeIds: string[];
  nodeIndex: Map<string, number>;
  lineIds: string[];
  /** Arcs leaving node n are arcStart[n] … arcStart[n + 1] − 1. */
  arcStart: Int32Array;
  arcTo: Int32Array;
  arcFrom: Int32Array;
  arcLine: Int32Array;
  /** +1 along the line's stops, −1 against them, 0 when the line states no stops. */
  arcDir: Int8Array;
  arcMinutes: Float64Array;
  /** The section (index into network.edges) each arc runs. */
  arcEdge: Int32Array;
}

export function buildRailGraph(network: RailNetwork, scenario: Scenario): RailGraph {
  const nodeIds = network.nodes.map((n) => n.id);
  const nodeIndex = new Map(nodeIds.map((id, i) => [id, i]));
  const lines = scenarioLines(network, scenario);
  const lineIds = lines.map((l) => l.id);
  const lineIndex = new Map(lineIds.map((id, i) => [id, i]));
  const stopIndex = lines.map((l) => (l.stops ? new Map(l.stops.map((s, i) => [s, i])) : null));
  const edgeIndex = new Map(network.edges.map((e, i) => [e, i]));
  type Arc = { from: number; to: number; line: number; dir: number; minutes: number; edge: number };
  const arcs: Arc[] = [];
  for (const e of scenarioEdges(network, scenario)) {
    const line = lineIndex.get(e.line) as number;
    const stops = stopIndex[line];
    const dir = stops ? Math.sign((stops.get(e.to) as number) - (stops.get(e.from) as number)) : 0;
    const from = nodeIndex.get(e.from) as number;
    const to = nodeIndex.get(e.to) as number;
    const edge = edgeIndex.get(e) as number;
    arcs.push({ from, to, line, dir, minutes: e.minutes, edge }, { from: to, to: from, line, dir: -dir, minutes: e.minutes, edge });
  }
  arcs.sort((a, b) => a.from - b.from || a.edge - b.edge || a.to - b.to);
  const n = nodeIds.length;
  const arcStart = new Int32Array(n + 1);
  for (const a of arcs) arcStart[a.from + 1] = (arcStart[a.from + 1] as number) + 1;
  for (let i = 0; i < n; i++) arcStart[i + 1] = (arcStart[i + 1] as number) + (arcStart[i] as number);
  return {
    nodeIds,
    nodeIndex,
    lineIds,
    arcStart,
    arcTo: Int32Array.from(arcs, (a) => a.to),
    arcFrom: Int32Array.from(arcs, (a) => a.from),
    arcLine: Int32Array.from(arcs, (a) => a.line),
    arcDir: Int8Array.from(arcs, (a) => a.dir),
    arcMinutes: Float64Array.from(arcs, (a) => a.minutes),
    arcEdge: Int32Array.from(arcs, (a) => a.edge),
  };
}

/** Whether a node has a train in the graph. */
export const isServed = (g: RailGraph, node: number): boolean => (g.arcStart[node + 1] as number) > (g.arcStart[node] as number);
