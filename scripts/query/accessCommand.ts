/**
 * `npm run query -- access --from <layer|file> --to xiongan|beijing|shijiazhuang|taiyuan
 *   [--scenario 2022|2027] [--format geojson|csv] [--speed 40] [--detour 1.3] [--k 3] [--transfer 15]`
 * Door-to-door rail times per feature, from its point (or the point turf puts on a line or in
 * an area, as site cards do), on the rail network the app serves (public/data/rail_network.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { accessPoint } from '../../src/lib/access/anchor.ts';
import { checkAssumptions, checkDestination } from '../../src/lib/access/assumptions.ts';
import { journey } from '../../src/lib/access/journey.ts';
import { checkRailNetwork } from '../../src/lib/access/network.ts';
import { DEFAULT_ASSUMPTIONS, type AccessAssumptions, type DestinationId, type Journey, type RailNetwork } from '../../src/lib/access/types.ts';
import { assumptionsText, confidenceWord, minutesText, routeText, transfersText } from '../../src/lib/access/wording.ts';
import { csvCell } from '../../src/lib/csv.ts';
import { CodedError } from '../../src/lib/i18n/codedError.ts';
import { FileLayers } from './fileLayers.ts';

const root = join(import.meta.dirname, '../..');

/**
 * The network as published (public/data/rail_network.json), or its source in data/ when
 * public/data predates it: rebuilding public/data here would pull files from under another
 * command reading them.
 */
export function publishedNetwork(): RailNetwork {
  const published = join(root, 'public', 'data', 'rail_network.json');
  return checkRailNetwork(JSON.parse(readFileSync(existsSync(published) ? published : join(root, 'data', 'rail_network.json'), 'utf8')));
}

export interface AccessOptions {
  from: string;
  to: string;
  scenario?: string;
  speed?: string;
  detour?: string;
  k?: string;
  transfer?: string;
}

/** The assumptions from the flags (the app's defaults where a flag is absent), checked. */
export function assumptionsFrom(o: AccessOptions): AccessAssumptions {
  const num = (v: string | undefined, fallback: number, name: string): number => {
    if (v === undefined) return fallback;
    const x = Number(v);
    if (v.trim() === '' || !Number.isFinite(x)) throw new CodedError('accessError.badAssumption', { name, value: v });
    return x;
  };
  const year = o.scenario ?? '2022';
  if (year !== '2022' && year !== '2027') throw new CodedError('accessError.badAssumption', { name: 'scenario', value: year });
  const a: AccessAssumptions = {
    speedKmh: num(o.speed, DEFAULT_ASSUMPTIONS.speedKmh, 'speed'),
    detour: num(o.detour, DEFAULT_ASSUMPTIONS.detour, 'detour'),
    k: num(o.k, DEFAULT_ASSUMPTIONS.k, 'k'),
    transferMinutes: num(o.transfer, DEFAULT_ASSUMPTIONS.transferMinutes, 'transfer'),
    scenario: { year },
  };
  checkAssumptions(a);
  return a;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** One row per feature: where from, the time, the route and its confidence, and the assumptions. */
function row(f: Feature, j: Journey | null, point: [number, number] | null, network: RailNetwork, to: DestinationId, a: AccessAssumptions): Record<string, string | number | null> {
  const p = f.properties ?? {};
  const station = j ? network.nodes.find((n) => n.id === j.access.station) : undefined;
  return {
    id: String(p.id ?? f.id ?? ''),
    name_zh: typeof p.name_zh === 'string' ? p.name_zh : null,
    name_en: typeof p.name_en === 'string' ? p.name_en : null,
    lon: point ? round1e6(point[0]) : null,
    lat: point ? round1e6(point[1]) : null,
    destination: to,
    scenario: 'year' in a.scenario ? a.scenario.year : 'custom',
    minutes: j ? round1(j.minutes) : null,
    time_zh: j ? minutesText(j.minutes, 'zh') : null,
    time_en: j ? minutesText(j.minutes, 'en') : null,
    confidence: j?.confidence ?? null,
    confidence_zh: j ? confidenceWord(j.confidence, 'zh') : null,
    access_station: j?.access.station ?? null,
    access_station_zh: station?.name.zh ?? null,
    access_km: j ? round1(j.access.km) : null,
    access_minutes: j ? round1(j.access.minutes) : null,
    train_minutes: j ? round1(j.trainMinutes) : null,
    transfers: j?.transfers ?? null,
    transfers_zh: j ? transfersText(j.transfers, 'zh') : null,
    route_zh: j ? routeText(j, network, 'zh') : null,
    route_en: j ? routeText(j, network, 'en') : null,
    speed_kmh: a.speedKmh,
    detour: a.detour,
    k: a.k,
    transfer_minutes: a.transferMinutes,
    dwell_minutes: network.dwellMinutes,
  };
}
const round1e6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** UTF-8 with a BOM (Excel reads the Chinese right), cells as every other CSV of the atlas. */
function csv(rows: Array<Record<string, string | number | null>>, keys: string[]): string {
  return `\uFEFF${[keys.join(','), ...rows.map((r) => keys.map((k) => csvCell(r[k])).join(','))].join('\r\n')}\r\n`;
}

const KEYS = ['id', 'name_zh', 'name_en', 'lon', 'lat', 'destination', 'scenario', 'minutes', 'time_zh', 'time_en', 'confidence', 'confidence_zh', 'access_station', 'access_station_zh', 'access_km', 'access_minutes', 'train_minutes', 'transfers', 'transfers_zh', 'route_zh', 'route_en', 'speed_kmh', 'detour', 'k', 'transfer_minutes', 'dwell_minutes'];

export async function runAccess(o: AccessOptions, format: 'geojson' | 'csv'): Promise<string> {
  checkDestination(o.to);
  const a = assumptionsFrom(o);
  const network = publishedNetwork();
  const features = await new FileLayers().features(o.from);
  const rows = features.map((f) => {
    const point = accessPoint(f.geometry);
    const j = point ? journey(network, point, o.to as DestinationId, a) : null;
    return { f, point, r: row(f, j, point, network, o.to as DestinationId, a) };
  });
  if (format === 'csv') return csv(rows.map((x) => x.r), KEYS);
  const fc: FeatureCollection<Point | null> & { assumptions: Record<string, unknown> } = {
    type: 'FeatureCollection',
    // A foreign member (RFC 7946 §6.1): what every figure below assumes, in numbers and words.
    assumptions: { ...a, dwellMinutes: network.dwellMinutes, zh: assumptionsText(a, network, 'zh'), en: assumptionsText(a, network, 'en') },
    features: rows.map(({ point, r }): Feature<Point | null> => ({ type: 'Feature', geometry: point ? { type: 'Point', coordinates: point } : null, properties: r })),
  };
  return `${JSON.stringify(fc)}\n`;
}
