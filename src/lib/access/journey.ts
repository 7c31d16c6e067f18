/**
 * Door-to-door times: road to the best of the k nearest stations, then the fastest trains to
 * the destination, with the route (one step per line ridden) and the weakest confidence in it.
 */
import { bestAccess, nearestScratch } from './accessLeg.ts';
import { checkAssumptions, checkDestination } from './assumptions.ts';
import { pathArcs } from './shortestPath.ts';
import { trainTimesTo, type TrainTimes } from './trainTimes.ts';
import type { AccessAssumptions, Confidence, DestinationId, Journey, RailNetwork, RouteStep } from './types.ts';

const ORDER: readonly Confidence[] = ['confirmed', 'inferred', 'estimate'];
export const weakest = (a: Confidence, b: Confidence): Confidence => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

/**
 * The route from `node` to the destination, consecutive sections on one line in one direction
 * merged into one step (turning back along a line is a change, as the search counts it).
 */
export function routeFrom(network: RailNetwork, times: TrainTimes, node: number): RouteStep[] {
  const { graph: g, tree } = times;
  // The search ran from the destination, so the tree's path to `node`, read backwards, is the trip.
  const arcs = pathArcs(tree, node).reverse();
  const steps: Array<RouteStep & { dir: number }> = [];
  for (const a of arcs) {
    const edge = network.edges[g.arcEdge[a] as number] as RailNetwork['edges'][number];
    const line = g.lineIds[g.arcLine[a] as number] as string;
    // Travelling the arc backwards: from its head to its tail, against its direction.
    const from = g.nodeIds[g.arcTo[a] as number] as string;
    const to = g.nodeIds[g.arcFrom[a] as number] as string;
    const dir = -(g.arcDir[a] as number);
    const last = steps[steps.length - 1];
    if (last && last.line === line && last.dir === dir) {
      last.to = to;
      last.minutes += edge.minutes;
      last.confidence = weakest(last.confidence, edge.confidence);
    } else {
      steps.push({ line, from, to, minutes: edge.minutes, confidence: edge.confidence, dir });
    }
  }
  return steps.map(({ dir: _dir, ...step }) => step);
}

/** Door to door from `from` ([lon, lat]) to a destination, or null when no station leads there. */
export function journey(network: RailNetwork, from: [number, number], to: DestinationId, a: AccessAssumptions): Journey | null {
  checkAssumptions(a);
  checkDestination(to);
  const times = trainTimesTo(network, to, a.scenario, a.transferMinutes);
  const scratch = nearestScratch(a.k);
  if (Number.isNaN(bestAccess(times.stations, times.tree.minutes, from[0], from[1], a, scratch))) return null;
  const best = scratch.best;
  const node = times.stations.node[best.station] as number;
  const route = routeFrom(network, times, node);
  const trainMinutes = times.tree.minutes[node] as number;
  return {
    minutes: best.total,
    access: { station: times.graph.nodeIds[node] as string, km: best.km, minutes: best.accessMinutes },
    trainMinutes,
    transfers: Math.max(0, route.length - 1),
    route,
    // No train at all: the whole figure is the road model's.
    confidence: route.length ? route.map((s) => s.confidence).reduce(weakest) : 'estimate',
  };
}
