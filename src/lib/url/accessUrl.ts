/**
 * The travel-time map and its assumptions in a link: `acc=xiongan~2027`, `acc=beijing~saved~v60~d1.2`.
 * The first token is the destination (or `off`: no map, only assumptions); then, in any order,
 * the scenario (`2022`, `2027`, `lines.daxi.xiongxin` for lines ticked on), `saved` for the
 * minutes-saved view, and the assumptions that differ from the defaults (v speed km/h, d
 * detour, k stations, t transfer minutes). The scenario is kept in the saved view too: site
 * cards follow it.
 */
import { DEFAULT_ASSUMPTIONS, DESTINATIONS, type AccessAssumptions, type DestinationId, type Scenario } from '../access/types.ts';

export const ACCESS_KEY = 'acc';

export interface AccessLink {
  map: { to: DestinationId; view: 'time' | 'saved' } | null;
  assumptions: AccessAssumptions;
}

const NUMBER = /^\d{1,4}(\.\d{1,3})?$/;
const LINE = /^[a-z][a-z0-9-]*$/;

/** Within the ranges the panels accept (AccessPanel; the sites panel's AccessAssumptionControls uses the same): a link cannot ask for what the form would refuse. */
export const ACCESS_LIMITS = {
  speedKmh: { min: 5, max: 120 },
  detour: { min: 1, max: 3 },
  k: { min: 1, max: 10 },
  transferMinutes: { min: 0, max: 120 },
} as const;

export const withinLimits = (name: keyof typeof ACCESS_LIMITS, v: number): boolean =>
  Number.isFinite(v) && v >= ACCESS_LIMITS[name].min && v <= ACCESS_LIMITS[name].max && (name !== 'k' || Number.isInteger(v));

const FIELD = { v: 'speedKmh', d: 'detour', k: 'k', t: 'transferMinutes' } as const;

/** Reads `acc=`; null when any token is junk (the caller names the value in a link problem). */
export function parseAccessLink(value: string): AccessLink | null {
  const [first, ...rest] = value.split('~');
  if (first !== 'off' && !DESTINATIONS.includes(first as DestinationId)) return null;
  const assumptions: AccessAssumptions = structuredClone(DEFAULT_ASSUMPTIONS);
  let view: 'time' | 'saved' = 'time';
  const seen = new Set<string>();
  for (const token of rest) {
    const kind = token === 'saved' ? 'view' : token === '2022' || token === '2027' || token.startsWith('lines.') ? 'scenario' : token.slice(0, 1);
    if (seen.has(kind)) return null;
    seen.add(kind);
    if (kind === 'view') view = 'saved';
    else if (kind === 'scenario') {
      if (token === '2022' || token === '2027') assumptions.scenario = { year: token };
      else {
        const lines = token === 'lines.' ? [] : token.slice('lines.'.length).split('.');
        if (!lines.every((l) => LINE.test(l))) return null;
        assumptions.scenario = { custom: [...new Set(lines)] };
      }
    } else if (kind in FIELD) {
      const text = token.slice(1);
      const field = FIELD[kind as keyof typeof FIELD];
      if (!NUMBER.test(text) || !withinLimits(field, Number(text))) return null;
      assumptions[field] = Number(text);
    } else return null;
  }
  if (first === 'off' && view === 'saved') return null;
  return { map: first === 'off' ? null : { to: first as DestinationId, view }, assumptions };
}

const scenarioToken = (s: Scenario): string => ('year' in s ? s.year : `lines.${s.custom.join('.')}`);
const num = (x: number): string => String(Math.round(x * 1000) / 1000);

/** `acc=…` for the state, or null when the map is off and the assumptions are the defaults. */
export function accessHashEntry(link: AccessLink): string | null {
  const a = link.assumptions;
  const d = DEFAULT_ASSUMPTIONS;
  const tokens: string[] = [link.map?.to ?? 'off'];
  // The time view always names its scenario (the legend's year); the saved view only a changed one.
  const scenario = scenarioToken(a.scenario);
  if (link.map?.view === 'time' || scenario !== scenarioToken(d.scenario)) tokens.push(scenario);
  if (link.map?.view === 'saved') tokens.push('saved');
  if (a.speedKmh !== d.speedKmh) tokens.push(`v${num(a.speedKmh)}`);
  if (a.detour !== d.detour) tokens.push(`d${num(a.detour)}`);
  if (a.k !== d.k) tokens.push(`k${a.k}`);
  if (a.transferMinutes !== d.transferMinutes) tokens.push(`t${num(a.transferMinutes)}`);
  if (tokens.length === 1 && !link.map) return null;
  return `${ACCESS_KEY}=${tokens.join('~')}`;
}
