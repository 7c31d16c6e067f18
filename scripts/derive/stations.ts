/**
 * The `stations` layer: every rail station in the map's area, with positions reconciled
 * between three sources (data/README.md, "Stations", states the rules):
 *  1. OpenStreetMap station nodes — surveyed positions, mostly unnamed in the extract;
 *  2. the geocoded station table — names, with address-geocoded positions;
 *  3. the research notes — the new high-speed stations, with estimated positions.
 */
import type { Feature, Point } from 'geojson';
import { distance } from '@turf/turf';
import { OSM, OSM_ZH, both, cited, confidenceOf, feature, read, zfSource, zfSourceZh, zoneFacts, type Props } from './common.ts';
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

/** English names of the lines stations lie on; an unknown line stops the derivation. */
const LINE_EN: Record<string, string> = {
  大西高铁: "Datong–Xi'an HSR",
  石太客专: 'Shijiazhuang–Taiyuan passenger railway',
  雄忻高铁: 'Xiongxin HSR',
  集大原高铁: 'Jining–Datong–Yuanping HSR',
};

/** `line_zh` / `line_en` for "大西高铁 / 石太客专" (or null: no line stated). */
function lineProps(zh: string | null): Props {
  if (zh === null) return both('line', null, null);
  const parts = zh.split('/').map((x) => x.trim());
  const en = parts.map((x) => {
    const name = LINE_EN[x];
    if (!name) throw new Error(`stations: no English name for the line ${x}`);
    return name;
  });
  return both('line', parts.join(' / '), en.join(' / '));
}

/** "existing (opened 2024-12-31)" → a coded status the popup translates, and the date apart. */
function statusProps(raw: unknown): Props {
  if (typeof raw !== 'string') return { status: null };
  const m = /^(existing|under construction|reserved|planned)(?: \(opened (\d{4}-\d{2}-\d{2})\))?$/.exec(raw);
  if (!m) throw new Error(`stations: unknown status ${raw}`);
  return m[2] ? { status: m[1], opened: m[2] } : { status: m[1] };
}

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
    let howZh = '车站节点；站名取自 listenzcc/China-rail-way-stations-data';
    if (!node) {
      const near = osm.filter((o) => !o.properties.name && !o.properties.name_guess && !used.has(o) && M(o, g) <= 1000);
      if (near.length === 1) {
        node = near[0];
        how = 'the only unnamed station node within 1 km of the geocoded station (identity by proximity)';
        howZh = '地理编码位置 1 km 内唯一的无名车站节点（按邻近判定身份）';
        if (node) used.add(node);
      }
    }
    const line = HSR_LINES[name] ?? null;
    const exact = node !== undefined && node === named;
    add((node ?? g).geometry.coordinates as [number, number], {
      name_zh: `${name}站`,
      name_en: stationNameEn(name),
      kind: 'rail_station',
      ...lineProps(line),
      hsr: line !== null,
      status: 'existing',
      ...(node
        ? cited(
            `${OSM} ${how} (geocoded position ${Math.round(M(node, g))} m away)${line ? '; line: public timetables' : ''}`,
            `${OSM_ZH} ${howZh}（地理编码位置相距 ${Math.round(M(node, g))} m）${line ? '；线路：公开时刻表' : ''}`,
          )
        : cited(
            'listenzcc/China-rail-way-stations-data @fb1b147 (station address geocoded, WGS84 column)',
            'listenzcc/China-rail-way-stations-data @fb1b147（车站地址地理编码，WGS84 列）',
          )),
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
      name_zh: `${name}站`, name_en: stationNameEn(name), kind: 'rail_station', ...lineProps(null), hsr: false, status: 'existing',
      ...cited(`${OSM} station node with its OSM name`, `${OSM_ZH} 车站节点，站名取自 OSM`), confidence: 'surveyed', accuracy_m: 50,
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
      name_zh: zh, name_en: p.name_en, kind: 'rail_station', ...lineProps(line), hsr: line !== null && line.includes('高铁'),
      seq: p.seq ?? null, ...statusProps(p.status),
    };
    let node: Node | undefined;
    let why = '';
    let whyZh = '';
    if (String(p.status).startsWith('existing')) {
      const hint = SOURCES_MD_CANDIDATE[zh];
      const near = unnamed.filter((o) => !used.has(o) && M(o, estimate) <= radius);
      if (hint) {
        node = unnamed.find((o) => M(o, hint) < 100);
        why = 'the unnamed OSM node SOURCES.md identifies as its likely site';
        whyZh = 'SOURCES.md 认定为其可能站址的无名 OSM 节点';
      } else if (near.length === 1) {
        node = near[0];
        why = "the only unnamed OSM station node within the estimate's error radius";
        whyZh = '估计位置误差半径内唯一的无名 OSM 车站节点';
      }
    }
    if (node) {
      used.add(node);
      add(node.geometry.coordinates as [number, number], {
        ...base,
        ...cited(
          `${OSM} station node — ${why} (${(M(node, estimate) / 1000).toFixed(1)} km from the research estimate); identity: ${zfSource(f)}`,
          `${OSM_ZH} 车站节点——${whyZh}（距研究估计位置 ${(M(node, estimate) / 1000).toFixed(1)} km）；身份：${zfSourceZh(f)}`,
        ),
        confidence: 'sourced',
        accuracy_m: 100,
      });
    } else {
      add(estimate, { ...base, ...cited(zfSource(f), zfSourceZh(f)), confidence: confidenceOf(String(p.confidence)), accuracy_m: radius });
    }
  }
  return { stations, byName };
}
