/**
 * data/rail_network.json: the rail network of the accessibility model (issue 15), derived from
 * this repository's stations layer (node ids and positions) and the figures of the research
 * copied into railNetworkFigures.ts. Run after the stations change:
 *   npx tsx scripts/derive/railNetwork.ts
 * (fromShared.ts runs it too). The rules are written up in data/README.md, "Rail network".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FeatureCollection, Point } from 'geojson';
import { checkRailNetwork } from '../../src/lib/access/network.ts';
import type { RailEdge, RailNetwork, RailNode } from '../../src/lib/access/types.ts';
import { haversine } from '../../src/lib/query/sphere.ts';
import { CAVEATS, CLAIMS } from './railNetworkClaims.ts';
import { DESTINATIONS_SPEC, DWELL_MINUTES, FIGURES, HUBS, LINES } from './railNetworkFigures.ts';
import { DISTANCE_LINES, ESTIMATES, type DistanceLineSpec } from './railNetworkSections.ts';

const dataDir = join(import.meta.dirname, '../../data');
const round1 = (x: number): number => Math.round(x * 10) / 10;

const POSITION_ZH: Record<string, string> = { surveyed: '实测', sourced: '有据', schematic: '示意' };

/** Every stop of every line, in first-seen order. */
const stopIds = (): string[] => [...new Set(LINES.flatMap((l) => l.stops))];

function nodesFrom(stations: FeatureCollection<Point>): RailNode[] {
  const byId = new Map(stations.features.map((f) => [String(f.properties?.id), f]));
  const hubs = new Map(HUBS.map((h) => [h.id, h]));
  return stopIds().map((id) => {
    const hub = hubs.get(id);
    if (hub) return { id, name: hub.name, coord: hub.coord, accuracyM: hub.accuracyM, source: hub.source };
    const f = byId.get(id);
    if (!f) throw new Error(`rail network: no station ${id} in data/stations.geojson`);
    const p = f.properties ?? {};
    const [lon, lat] = f.geometry.coordinates as [number, number];
    return {
      id,
      name: { zh: String(p.name_zh), en: String(p.name_en) },
      coord: [lon, lat],
      accuracyM: Number(p.accuracy_m),
      source: { zh: `铁路车站图层（data/stations.geojson，${POSITION_ZH[String(p.confidence)] ?? String(p.confidence)}位置）`, en: `the stations layer (data/stations.geojson, ${String(p.confidence)} position)` },
    };
  });
}

/** km ÷ speed + dwell for one line's sections (and its express runs past the stations between). */
function distanceEdges(spec: DistanceLineSpec, coord: (id: string) => [number, number]): RailEdge[] {
  const straight = (a: string, b: string): number => haversine(coord(a), coord(b)) / 1000;
  const given = spec.sections.map((s) => s.km ?? straight(s.from, s.to));
  const scale = spec.totalKm ? spec.totalKm / given.reduce((x, y) => x + y, 0) : 1;
  const km = given.map((x) => x * scale);
  const total = km.reduce((x, y) => x + y, 0);
  const kmh = 'kmh' in spec.speed ? spec.speed.kmh : ((spec.speed.figureKm ?? total) / spec.speed.figureMinutes) * 60;
  const edge = (from: string, to: string, length: number, note: { zh: string; en: string }): RailEdge => ({
    from,
    to,
    line: spec.line,
    minutes: round1((length / kmh) * 60 + DWELL_MINUTES),
    basis: 'distance',
    km: round1(length),
    confidence: spec.confidence,
    source: {
      en: `estimate: ${round1(length)} km at ${Math.round(kmh)} km/h + ${DWELL_MINUTES} min dwell${note.en}. Kilometres and speed: ${spec.basis.en}`,
      zh: `估算：${round1(length)} km，按 ${Math.round(kmh)} km/h，加停站 ${DWELL_MINUTES} 分钟${note.zh}。里程与速度：${spec.basis.zh}`,
    },
  });
  const edges = spec.sections.map((s, i) => edge(s.from, s.to, km[i] as number, { zh: '', en: '' }));
  const order = [spec.sections[0]?.from as string, ...spec.sections.map((s) => s.to)];
  for (const [a, b] of spec.express ?? []) {
    const [i, j] = [order.indexOf(a), order.indexOf(b)].sort((x, y) => x - y) as [number, number];
    if (i < 0) throw new Error(`rail network: express ${a}–${b} is not on ${spec.line}`);
    const length = km.slice(i, j).reduce((x, y) => x + y, 0);
    const passed = order.slice(i + 1, j).length;
    edges.push(edge(a, b, length, { zh: `（不停站通过 ${passed} 个车站）`, en: ` (passing ${passed} stations without stopping)` }));
  }
  return edges;
}

export function deriveRailNetwork(stations: FeatureCollection<Point>): RailNetwork {
  const nodes = nodesFrom(stations);
  const coords = new Map(nodes.map((n) => [n.id, n.coord]));
  const coord = (id: string): [number, number] => {
    const c = coords.get(id);
    if (!c) throw new Error(`rail network: ${id} is not a stop of any line`);
    return c;
  };
  const figure = (f: (typeof FIGURES)[number], basis: RailEdge['basis']): RailEdge => ({
    from: f.from,
    to: f.to,
    line: f.line,
    minutes: f.minutes,
    basis,
    ...(f.km === undefined ? {} : { km: f.km }),
    confidence: f.confidence,
    source: f.source,
  });
  const edges: RailEdge[] = [...FIGURES.map((f) => figure(f, 'timetable')), ...DISTANCE_LINES.flatMap((d) => distanceEdges(d, coord)), ...ESTIMATES.map((f) => figure(f, 'distance'))];
  const network: RailNetwork = {
    nodes,
    lines: LINES.map((l) => ({ id: l.id, name: l.name, years: l.years, stops: l.stops })),
    edges,
    destinations: DESTINATIONS_SPEC,
    dwellMinutes: DWELL_MINUTES,
    caveats: CAVEATS,
    claims: CLAIMS,
  };
  // The same check the app runs on arrival: a bad derivation stops here, not in the browser.
  return checkRailNetwork(JSON.parse(JSON.stringify(network)));
}

/** One entry per line: review diffs show which edge changed. */
export function networkJson(n: RailNetwork): string {
  const list = (items: unknown[]): string => `[\n${items.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`;
  const parts = [
    `  "dwellMinutes": ${JSON.stringify(n.dwellMinutes)}`,
    `  "destinations": ${JSON.stringify(n.destinations)}`,
    `  "nodes": ${list(n.nodes)}`,
    `  "lines": ${list(n.lines)}`,
    `  "edges": ${list(n.edges)}`,
    `  "claims": ${list(n.claims ?? [])}`,
    `  "caveats": ${list(n.caveats ?? [])}`,
  ];
  return `{\n${parts.join(',\n')}\n}\n`;
}

export function readStations(): FeatureCollection<Point> {
  return JSON.parse(readFileSync(join(dataDir, 'stations.geojson'), 'utf8')) as FeatureCollection<Point>;
}

export function writeRailNetwork(): RailNetwork {
  const network = deriveRailNetwork(readStations());
  writeFileSync(join(dataDir, 'rail_network.json'), networkJson(network));
  const count = (c: string) => network.edges.filter((e) => e.confidence === c).length;
  console.log(`data/rail_network.json: ${network.nodes.length} nodes, ${network.lines.length} lines, ${network.edges.length} edges (${count('confirmed')} confirmed, ${count('inferred')} inferred, ${count('estimate')} estimate)`);
  return network;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) writeRailNetwork();
