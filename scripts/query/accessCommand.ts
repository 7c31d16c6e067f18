/**
 * `npm run query -- access --from <layer|file> --to xiongan|beijing|shijiazhuang|taiyuan
 *   [--scenario 2022|2027] [--format geojson|csv] [--speed 40] [--detour 1.3] [--k 3] [--transfer 15]`
 * (flags, their ranges and the help text: accessOptions.ts).
 * Door-to-door rail times per feature, from its point (or the point turf puts on a line or in
 * an area, as site cards do), on the rail network the app serves (public/data/rail_network.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { accessPoint } from '../../src/lib/access/anchor.ts';
import { checkAssumptions } from '../../src/lib/access/assumptions.ts';
import { journey } from '../../src/lib/access/journey.ts';
import { checkRailNetwork } from '../../src/lib/access/network.ts';
import type { AccessAssumptions, DestinationId, Journey, RailNetwork } from '../../src/lib/access/types.ts';
import { approxMinutesText, assumptionsText, confidenceWord, routeText, transfersText } from '../../src/lib/access/wording.ts';
import { ZONE_BBOX } from '../../src/lib/catalogue/types.ts';
import { csvCell } from '../../src/lib/csv.ts';
import { assumptionsFrom, checkTo, SCENARIO_NOTE, type AccessOptions } from './accessOptions.ts';
import { featureId, featureNames, outsideArea } from './featureLabel.ts';
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

const round1 = (x: number): number => Math.round(x * 10) / 10;

type Cell = string | number | boolean | null;

/** One row per feature: where from, the time, the route and its confidence, and the assumptions. */
function row(f: Feature, index: number, j: Journey | null, point: [number, number] | null, network: RailNetwork, to: DestinationId, a: AccessAssumptions): Record<string, Cell> {
  const station = j ? network.nodes.find((n) => n.id === j.access.station) : undefined;
  return {
    id: featureId(f, index),
    ...featureNames(f),
    lon: point ? round1e6(point[0]) : null,
    lat: point ? round1e6(point[1]) : null,
    outside_area: outsideArea(point),
    destination: to,
    scenario: 'year' in a.scenario ? a.scenario.year : 'custom',
    minutes: j ? round1(j.minutes) : null,
    // As the site card reads (to 5 min, "约"); `minutes` keeps the tenths for sorting and checking.
    time_zh: j ? approxMinutesText(j.minutes, 'zh') : null,
    time_en: j ? approxMinutesText(j.minutes, 'en') : null,
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
function csv(rows: Array<Record<string, Cell>>, keys: string[]): string {
  return `\uFEFF${[keys.join(','), ...rows.map((r) => keys.map((k) => csvCell(r[k])).join(','))].join('\r\n')}\r\n`;
}

const KEYS = ['id', 'name_zh', 'name_en', 'lon', 'lat', 'outside_area', 'destination', 'scenario', 'minutes', 'time_zh', 'time_en', 'confidence', 'confidence_zh', 'access_station', 'access_station_zh', 'access_km', 'access_minutes', 'train_minutes', 'transfers', 'transfers_zh', 'route_zh', 'route_en', 'speed_kmh', 'detour', 'k', 'transfer_minutes', 'dwell_minutes'];

/** What goes to stdout, and the notes for stderr (so piped output stays clean). */
export interface AccessRun {
  text: string;
  notes: string[];
}

export async function runAccess(o: AccessOptions, format: 'geojson' | 'csv'): Promise<AccessRun> {
  const to = checkTo(o.to);
  const a = assumptionsFrom(o);
  // The engine's own check too: the ranges above are narrower, but this is what it relies on.
  checkAssumptions(a);
  const network = publishedNetwork();
  const features = await new FileLayers().features(o.from);
  const rows = features.map((f, i) => {
    const point = accessPoint(f.geometry);
    const j = point ? journey(network, point, to, a) : null;
    return { point, r: row(f, i, j, point, network, to, a) };
  });
  const notes = o.scenario === undefined ? [SCENARIO_NOTE] : [];
  const outside = rows.filter((x) => x.r.outside_area === true).length;
  if (outside > 0) notes.push(`${outside} of ${rows.length} features ${outside === 1 ? 'is' : 'are'} outside the zone [${ZONE_BBOX.join(', ')}]: their road leg (straight line × detour) is not meant to hold there; see the outside_area column`);
  if (format === 'csv') return { text: csv(rows.map((x) => x.r), KEYS), notes };
  const fc: FeatureCollection<Point | null> & { assumptions: Record<string, unknown> } = {
    type: 'FeatureCollection',
    // A foreign member (RFC 7946 §6.1): what every figure below assumes, in numbers and words.
    assumptions: { ...a, dwellMinutes: network.dwellMinutes, zh: assumptionsText(a, network, 'zh'), en: assumptionsText(a, network, 'en') },
    features: rows.map(({ point, r }): Feature<Point | null> => ({ type: 'Feature', geometry: point ? { type: 'Point', coordinates: point } : null, properties: r })),
  };
  return { text: `${JSON.stringify(fc)}\n`, notes };
}
