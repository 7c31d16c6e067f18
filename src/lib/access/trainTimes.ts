/**
 * Each station's fastest train time to a destination, computed once per network, scenario,
 * destination and transfer minutes (one reverse search) and shared by every journey and grid.
 */
import { packStations, type AccessStations } from './accessLeg.ts';
import { buildRailGraph, isServed, type RailGraph } from './railGraph.ts';
import { scenarioKey, scenarioLines } from './scenario.ts';
import { shortestPaths, type PathTree } from './shortestPath.ts';
import type { DestinationId, RailNetwork, Scenario } from './types.ts';

export interface TrainTimes {
  graph: RailGraph;
  /** From the destination's nodes: `tree.minutes[n]` is node n's time to the destination. */
  tree: PathTree;
  /** Where a road leg may end: stations with a train in the scenario, and the destination itself. */
  stations: AccessStations;
}

const cache = new WeakMap<RailNetwork, Map<string, TrainTimes>>();

export function trainTimesTo(network: RailNetwork, to: DestinationId, scenario: Scenario, transferMinutes: number): TrainTimes {
  let byKey = cache.get(network);
  if (!byKey) {
    byKey = new Map();
    cache.set(network, byKey);
  }
  const key = `${to}|${scenarioKey(scenario)}|${transferMinutes}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const graph = buildRailGraph(network, scenario);
  const targets = new Set(network.destinations[to].map((id) => graph.nodeIndex.get(id) as number));
  const tree = shortestPaths(graph, [...targets], transferMinutes);
  const ends = network.nodes.flatMap((_, i) => (isServed(graph, i) || targets.has(i) ? [i] : []));
  // Today's stations: those of the scenario's lines that run in 2022 as well.
  const todays = buildRailGraph(network, { custom: scenarioLines(network, scenario).filter((l) => l.years.includes('2022')).map((l) => l.id) });
  const stations = packStations(
    ends.map((i) => (network.nodes[i] as RailNetwork['nodes'][number]).coord),
    ends,
    ends.map((i) => isServed(todays, i) || targets.has(i)),
  );
  const times: TrainTimes = { graph, tree, stations };
  // A slider dragged through many transfer minutes would otherwise keep every search.
  if (byKey.size >= 24) byKey.delete(byKey.keys().next().value as string);
  byKey.set(key, times);
  return times;
}
