/**
 * The rail network file (data/rail_network.json, published by `npm run data`): fetched once,
 * checked on arrival, so a bad file stops with a coded error naming the entry at fault rather
 * than as a wrong travel time later.
 */
import type { Localized } from '../catalogue/types.ts';
import { CodedError } from '../i18n/codedError.ts';
import { DESTINATIONS, type Confidence, type OfficialClaim, type RailEdge, type RailLine, type RailNetwork, type RailNode, type ScenarioYear } from './types.ts';

const CONFIDENCES: readonly Confidence[] = ['confirmed', 'inferred', 'estimate'];
const YEARS: readonly ScenarioYear[] = ['2022', '2027'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLocalized = (v: unknown): v is Localized => isObject(v) && typeof v.zh === 'string' && typeof v.en === 'string' && v.zh !== '' && v.en !== '';
const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-z][a-z0-9-]*$/.test(v);
const positive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;
const where = (i: number, v: unknown): string => (isObject(v) && typeof v.id === 'string' ? `#${i} (${v.id})` : `#${i}`);

function node(v: unknown, i: number): RailNode {
  const bad = (field: string) => new CodedError('accessError.badNode', { at: where(i, v), field });
  if (!isObject(v) || !isId(v.id)) throw bad('id');
  if (!isLocalized(v.name)) throw bad('name');
  const c = v.coord;
  if (!Array.isArray(c) || c.length !== 2 || typeof c[0] !== 'number' || typeof c[1] !== 'number' || Math.abs(c[0]) > 180 || Math.abs(c[1]) > 90) throw bad('coord');
  if (v.accuracyM !== undefined && !positive(v.accuracyM)) throw bad('accuracyM');
  if (v.source !== undefined && !isLocalized(v.source)) throw bad('source');
  return {
    id: v.id,
    name: v.name,
    coord: [c[0], c[1]],
    ...(v.accuracyM === undefined ? {} : { accuracyM: v.accuracyM as number }),
    ...(v.source === undefined ? {} : { source: v.source as Localized }),
  };
}

function line(v: unknown, i: number, nodes: ReadonlySet<string>): RailLine {
  const bad = (field: string) => new CodedError('accessError.badLine', { at: where(i, v), field });
  if (!isObject(v) || !isId(v.id)) throw bad('id');
  if (!isLocalized(v.name)) throw bad('name');
  if (!Array.isArray(v.years) || v.years.length === 0 || !v.years.every((y) => YEARS.includes(y as ScenarioYear))) throw bad('years');
  if (v.stops !== undefined && (!Array.isArray(v.stops) || v.stops.length < 2 || !v.stops.every((s) => nodes.has(s as string)) || new Set(v.stops).size !== v.stops.length)) throw bad('stops');
  return { id: v.id, name: v.name, years: [...v.years] as ScenarioYear[], ...(v.stops ? { stops: [...v.stops] as string[] } : {}) };
}

function edge(v: unknown, i: number, nodes: ReadonlySet<string>, lines: ReadonlyMap<string, RailLine>): RailEdge {
  const bad = (field: string) => new CodedError('accessError.badEdge', { at: `#${i}`, field });
  if (!isObject(v)) throw bad('edge');
  if (typeof v.from !== 'string' || !nodes.has(v.from)) throw bad('from');
  if (typeof v.to !== 'string' || !nodes.has(v.to) || v.to === v.from) throw bad('to');
  const l = typeof v.line === 'string' ? lines.get(v.line) : undefined;
  if (!l) throw bad('line');
  // A line that states its stops only runs between them.
  if (l.stops && !(l.stops.includes(v.from) && l.stops.includes(v.to))) throw bad('line');
  if (!positive(v.minutes)) throw bad('minutes');
  if (v.basis !== 'timetable' && v.basis !== 'distance') throw bad('basis');
  if (v.km !== undefined && !positive(v.km)) throw bad('km');
  if (!CONFIDENCES.includes(v.confidence as Confidence)) throw bad('confidence');
  if (!isLocalized(v.source)) throw bad('source');
  return { from: v.from, to: v.to, line: l.id, minutes: v.minutes, basis: v.basis, ...(v.km === undefined ? {} : { km: v.km as number }), confidence: v.confidence as Confidence, source: v.source };
}

function claim(v: unknown, i: number, nodes: ReadonlySet<string>): OfficialClaim {
  const bad = (field: string) => new CodedError('accessError.badClaim', { at: `#${i}`, field });
  if (!isObject(v) || typeof v.from !== 'string' || !nodes.has(v.from)) throw bad('from');
  if (!DESTINATIONS.includes(v.to as never)) throw bad('to');
  if (!YEARS.includes(v.year as ScenarioYear)) throw bad('year');
  if (!positive(v.minutes)) throw bad('minutes');
  if (!isLocalized(v.text)) throw bad('text');
  if (!isLocalized(v.source)) throw bad('source');
  return { from: v.from, to: v.to as OfficialClaim['to'], year: v.year as ScenarioYear, minutes: v.minutes, text: v.text, source: v.source };
}

/** Validates a rail network file; throws a CodedError (accessError.*) naming what is wrong. */
export function checkRailNetwork(json: unknown): RailNetwork {
  if (!isObject(json) || !Array.isArray(json.nodes) || !Array.isArray(json.lines) || !Array.isArray(json.edges) || !isObject(json.destinations)) {
    throw new CodedError('accessError.notNetwork');
  }
  const nodes = json.nodes.map(node);
  const ids = new Set<string>();
  for (const n of nodes) {
    if (ids.has(n.id)) throw new CodedError('accessError.duplicate', { id: n.id });
    ids.add(n.id);
  }
  const lines = json.lines.map((l, i) => line(l, i, ids));
  const lineById = new Map<string, RailLine>();
  for (const l of lines) {
    if (lineById.has(l.id)) throw new CodedError('accessError.duplicate', { id: l.id });
    lineById.set(l.id, l);
  }
  const edges = json.edges.map((e, i) => edge(e, i, ids, lineById));
  const destinations = {} as RailNetwork['destinations'];
  for (const d of DESTINATIONS) {
    const list = json.destinations[d];
    if (!Array.isArray(list) || list.length === 0 || !list.every((n) => ids.has(n as string))) throw new CodedError('accessError.badDestination', { destination: d });
    destinations[d] = [...list] as string[];
  }
  if (typeof json.dwellMinutes !== 'number' || !Number.isFinite(json.dwellMinutes) || json.dwellMinutes < 0) throw new CodedError('accessError.badDwell');
  if (json.caveats !== undefined && (!Array.isArray(json.caveats) || !json.caveats.every(isLocalized))) throw new CodedError('accessError.badCaveats');
  if (json.claims !== undefined && !Array.isArray(json.claims)) throw new CodedError('accessError.badClaim', { at: '', field: 'claims' });
  const claims = (json.claims as unknown[] | undefined)?.map((c, i) => claim(c, i, ids));
  return {
    nodes,
    lines,
    edges,
    destinations,
    dwellMinutes: json.dwellMinutes,
    ...(json.caveats ? { caveats: json.caveats as Localized[] } : {}),
    ...(claims ? { claims } : {}),
  };
}

/** The published network (public/data/rail_network.json), checked on arrival. */
export async function loadRailNetwork(base: string, signal?: AbortSignal): Promise<RailNetwork> {
  const url = new URL('data/rail_network.json', base).href;
  let res: Response;
  try {
    res = await fetch(url, signal ? { signal } : {});
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new CodedError('accessError.http', { status: (e as Error).message });
  }
  if (!res.ok) throw new CodedError('accessError.http', { status: res.status });
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new CodedError('accessError.notNetwork');
  }
  return checkRailNetwork(json);
}
