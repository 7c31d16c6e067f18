import type { Localized } from '../catalogue/types.ts';

/**
 * The rail accessibility model's shared vocabulary (issue 15). Plain data, so a network, its
 * assumptions and the answers cross the worker boundary and the CLI unchanged.
 */

/** Today's network, and the network with the 雄忻高铁 open. */
export type ScenarioYear = '2022' | '2027';

/** A named scenario, or a custom one: the lines ticked on. */
export type Scenario = { year: ScenarioYear } | { custom: string[] };

/** How sure a figure is, in the research's own words (../shared/data/research/rail-times.md). */
export type Confidence = 'confirmed' | 'inferred' | 'estimate';

/** Where a journey can end: each is one or more nodes of the network (北京 = 北京西 or 北京丰台). */
export type DestinationId = 'xiongan' | 'beijing' | 'shijiazhuang' | 'taiyuan';
export const DESTINATIONS: readonly DestinationId[] = ['xiongan', 'beijing', 'shijiazhuang', 'taiyuan'];

export interface RailNode {
  /** A station's id in the stations layer (stn-…), or a hub outside it (hub-…). */
  id: string;
  name: Localized;
  /** [lon, lat] */
  coord: [number, number];
  /** Our estimate of the position error, metres (a hub outside the stations layer states its own). */
  accuracyM?: number;
  /** Where a hub's position comes from (stations of the layer cite the layer). */
  source?: Localized;
}

export interface RailLine {
  id: string;
  name: Localized;
  /** The scenario years the line runs in ('2027' only for the 雄忻高铁). */
  years: ScenarioYear[];
  /**
   * The line's stations in running order. A ride that turns back along it counts as a change of
   * train; without it, direction is not looked at.
   */
  stops?: string[];
}

/**
 * One section between adjacent stations of a line, the same both ways — or an express run that
 * passes the stations between (the fastest trains; data/README.md, "Rail network", rule 4).
 */
export interface RailEdge {
  from: string;
  to: string;
  line: string;
  /** Minutes in the train, dwell included. */
  minutes: number;
  /** A timetable (or published) figure, or length ÷ operating speed + the stated dwell. */
  basis: 'timetable' | 'distance';
  km?: number;
  confidence: Confidence;
  /** Where the figure comes from, in both languages. */
  source: Localized;
}

export interface RailNetwork {
  nodes: RailNode[];
  lines: RailLine[];
  edges: RailEdge[];
  /** The nodes that count as arriving at each destination. */
  destinations: Record<DestinationId, string[]>;
  /** Stated in every answer: the dwell per intermediate stop the distance-based edges include. */
  dwellMinutes: number;
  /** What the figures do not capture (the 原平西 reversal, the schematic 雄忻 stations, …), in both languages. */
  caveats?: Localized[];
  /** Official figures shown beside the model's, never as its figure (they are not edges). */
  claims?: OfficialClaim[];
}

/** A published promise such as "忻州到雄安 1 小时": a claim, shown as one. */
export interface OfficialClaim {
  /** The node the claim starts from (忻州西 for "忻州", 太原南 for "太原"). */
  from: string;
  to: DestinationId;
  year: ScenarioYear;
  minutes: number;
  /** The claim in the source's words, and what the model makes of it. */
  text: Localized;
  source: Localized;
}

/** What a door-to-door time assumes; shown wherever a figure is shown. */
export interface AccessAssumptions {
  /** Road speed of the access leg, km/h. */
  speedKmh: number;
  /** Road distance ÷ straight-line distance. */
  detour: number;
  /** How many nearest stations the access leg may reach. */
  k: number;
  /** Minutes added at each change of line. */
  transferMinutes: number;
  scenario: Scenario;
}

export const DEFAULT_ASSUMPTIONS: AccessAssumptions = { speedKmh: 40, detour: 1.3, k: 3, transferMinutes: 15, scenario: { year: '2022' } };

export interface RouteStep {
  line: string;
  from: string;
  to: string;
  minutes: number;
  confidence: Confidence;
}

/** A door-to-door time: road to a station, then the train. */
export interface Journey {
  minutes: number;
  access: { station: string; km: number; minutes: number };
  /** The rail part: the route's minutes plus `transfers` × the transfer minutes (so minutes = access + train). */
  trainMinutes: number;
  transfers: number;
  /** Consecutive sections of one line merged into one step. */
  route: RouteStep[];
  /** The weakest mark in the chain: an estimate anywhere makes the whole an estimate. */
  confidence: Confidence;
}

/** Travel minutes on a regular grid of cells (row 0 at the north), NaN where no station is in reach. */
export interface MinutesGrid {
  bbox: [number, number, number, number];
  width: number;
  height: number;
  cellKm: number;
  minutes: Float32Array;
}
