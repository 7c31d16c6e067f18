/**
 * The `stations` layer: every rail station in the map's area, with positions reconciled
 * between three sources (data/README.md, "Stations", states the rules):
 *  1. OpenStreetMap station nodes — surveyed positions, mostly unnamed in the extract;
 *  2. the geocoded station table — names, with address-geocoded positions;
 *  3. the research notes — the new high-speed stations, with estimated positions.
 */
import type { Feature, Point } from 'geojson';
import { distance } from '@turf/turf';
import { OSM, confidenceOf, feature, read, zfSource, zoneFacts, type Props } from './common.ts';
import { pinyinName, stationNameEn } from './names.ts';

type Node = Feature<Point, Props>;

const M = (a: Node | Point | [number, number], b: Node | Point | [number, number]): number => distance(a as Point, b as Point, { units: 'meters' });

/** Lines of stations whose line we state: the research notes' HSR stations carry their own. */
const HSR_LINES: Record<string, string> = {
  太原南: '大西高铁 / 石太客专',
  阳泉北: '石太客专',
  晋中: '大西高铁',
  太谷西: '大西高铁',
};

/** Unnamed OSM nodes that SOURCES.md identifies as the likely site of a new HSR station. */
const SOURCES_MD_CANDIDATE: Record<string, [number, number]> = {
  忻州西站: [112.6867, 38.4425],
  原平西站: [112.668, 38.757],
};

/** zone-facts duplicates of stations the geocoded table already has. */
const SAME_AS_GEOCODED = new Set(['五台山站（京原铁路，繁峙县砂河）', '太原南站', '忻州站', '阳曲站', '定襄站', '太原北站']);

export function deriveStations(): { stations: Feature[]; byName: Map<string, [number, number]> } {
  const osm = read<Point>('raw/osm_rail_stations.wgs84.geojson').features.filter((o) => o.properties.station === 'train');
  const geocoded = read<Point>('raw/rail_stations_geocoded.wgs84.geojson').features;
  const used = new Set<Node>();
  const ids = new Set<string>();
  const stations: Feature[] = [];
  const byName = new Map<string, [number, number]>();

  const idFor = (zh: string): string => {
    const base = `stn-${pinyinName(zh.replace(/（.*）/, '').replace(/站$/, '')).toLowerCase().replace(/[^a-z0-9]/g, '')}`;
    let id = base;
    for (let i = 2; ids.has(id); i++) id = `${base}-${i}`;
    ids.add(id);
    return id;
  };
  const add = (coords: [number, number], props: Props): void => {
    const zh = String(props.name_zh);
    stations.push(feature({ type: 'Point', coordinates: coords }, { id: idFor(zh), ...props }));
    byName.set(zh.replace(/（.*）/, ''), coords);
  };

  // Rule 1: a geocoded station sits on the OSM node that carries its name (or was matched to
  // it within 600 m). Rule 1b: failing that, on the only unnamed OSM node within 1 km —
  // geocoded addresses lie up to ~600 m from the platforms (SOURCES.md).
  const byNameNode = geocoded.map((g) => {
    const name = String(g.properties.name);
    const node = osm.filter((o) => o.properties.name === name || o.properties.name_guess === name).sort((a, b) => M(a, g) - M(b, g))[0];
    if (node) used.add(node);
    return { g, name, node };
  });
  for (const { g, name, node: named } of byNameNode) {
    let node = named;
    let how = 'station node; name from listenzcc/China-rail-way-stations-data';
    if (!node) {
      const near = osm.filter((o) => !o.properties.name && !o.properties.name_guess && !used.has(o) && M(o, g) <= 1000);
      if (near.length === 1) {
        node = near[0];
        how = 'the only unnamed station node within 1 km of the geocoded station (identity by proximity)';
        if (node) used.add(node);
      }
    }
    const line = HSR_LINES[name] ?? null;
    const exact = node !== undefined && node === named;
    add((node ?? g).geometry.coordinates as [number, number], {
      name_zh: `${name}站`,
      name_en: stationNameEn(name),
      kind: 'rail_station',
      line,
      hsr: line !== null,
      status: 'existing',
      source: node
        ? `${OSM} ${how} (geocoded position ${Math.round(M(node, g))} m away)${line ? '; line: public timetables' : ''}`
        : 'listenzcc/China-rail-way-stations-data @fb1b147 (station address geocoded, WGS84 column)',
      confidence: exact ? 'surveyed' : 'sourced',
      accuracy_m: exact ? 50 : node ? 100 : 600,
    });
  }

  // OSM nodes that carry a name of their own but are not in the table.
  for (const o of osm) {
    const name = o.properties.name;
    if (typeof name !== 'string' || !name || used.has(o)) continue;
    used.add(o);
    add(o.geometry.coordinates as [number, number], {
      name_zh: `${name}站`, name_en: stationNameEn(name), kind: 'rail_station', line: null, hsr: false, status: 'existing',
      source: `${OSM} station node with its OSM name`, confidence: 'surveyed', accuracy_m: 50,
    });
  }

  // Rule 2: an existing researched station takes the unnamed OSM node SOURCES.md identifies for
  // it, or else the only unnamed, unmatched node within its stated error radius; else its estimate.
  const unnamed = osm.filter((o) => !o.properties.name && !o.properties.name_guess && !used.has(o));
  for (const f of zoneFacts.features.filter((x) => x.properties.kind === 'rail_station')) {
    const p = f.properties;
    const zh = String(p.name_zh);
    if (SAME_AS_GEOCODED.has(zh)) continue;
    const estimate = (f.geometry as Point).coordinates as [number, number];
    const radius = Number(p.accuracy_km) * 1000;
    const line = typeof p.line === 'string' ? p.line.replace(/ Xiongxin HSR$/, '') : null;
    const base = {
      name_zh: zh, name_en: p.name_en, kind: 'rail_station', line, hsr: line !== null && line.includes('高铁'),
      seq: p.seq ?? null, status: p.status ?? null,
    };
    let node: Node | undefined;
    let why = '';
    if (String(p.status).startsWith('existing')) {
      const hint = SOURCES_MD_CANDIDATE[zh];
      const near = unnamed.filter((o) => !used.has(o) && M(o, estimate) <= radius);
      if (hint) {
        node = unnamed.find((o) => M(o, hint) < 100);
        why = 'the unnamed OSM node SOURCES.md identifies as its likely site';
      } else if (near.length === 1) {
        node = near[0];
        why = "the only unnamed OSM station node within the estimate's error radius";
      }
    }
    if (node) {
      used.add(node);
      add(node.geometry.coordinates as [number, number], {
        ...base,
        source: `${OSM} station node — ${why} (${(M(node, estimate) / 1000).toFixed(1)} km from the research estimate); identity: ${zfSource(f)}`,
        confidence: 'sourced',
        accuracy_m: 100,
      });
    } else {
      add(estimate, { ...base, source: zfSource(f), confidence: confidenceOf(String(p.confidence)), accuracy_m: radius });
    }
  }
  return { stations, byName };
}
