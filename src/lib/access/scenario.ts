import type { RailEdge, RailLine, RailNetwork, Scenario } from './types.ts';

/** The lines that run in a scenario: those of its year, or the ones ticked on. */
export function scenarioLines(network: RailNetwork, scenario: Scenario): RailLine[] {
  if ('year' in scenario) return network.lines.filter((l) => l.years.includes(scenario.year));
  const on = new Set(scenario.custom);
  return network.lines.filter((l) => on.has(l.id));
}

/** The sections those lines run. */
export function scenarioEdges(network: RailNetwork, scenario: Scenario): RailEdge[] {
  const on = new Set(scenarioLines(network, scenario).map((l) => l.id));
  return network.edges.filter((e) => on.has(e.line));
}

/** A stable text key for caching per scenario. */
export const scenarioKey = (scenario: Scenario): string => ('year' in scenario ? scenario.year : `custom:${[...scenario.custom].sort().join(',')}`);

/** A custom scenario's ids that name no line of the network (a hand-edited or outdated link). */
export function unknownLines(network: RailNetwork, scenario: Scenario): string[] {
  if ('year' in scenario) return [];
  const known = new Set(network.lines.map((l) => l.id));
  return scenario.custom.filter((id) => !known.has(id));
}
