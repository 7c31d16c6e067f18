/**
 * Derives the curated layers in data/ from the project's shared source data
 * (../shared/data/raw and ../shared/data/research). Run by hand when the sources change:
 *   npx tsx scripts/derive/fromShared.ts [path/to/shared/data]
 * The app and CI never run this: data/*.geojson is committed so every change is reviewable.
 * How each layer is derived is written up in data/README.md.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Point } from 'geojson';
import { ZONE_BBOX } from '../../src/lib/catalogue/types.ts';
import { deriveBuiltup } from './builtup.ts';
import { CN4M, CN4M_ZH, DATAV, DATAV_ZH, RENMIN, both, cited, clipped, confidenceOf, dataDir, feature, read, shared, write, zfBy, zfSource, zfSourceZh, zoneFacts, type Props } from './common.ts';
import { countyNameEn, pinyinName, printedUnits, riverNameEn } from './names.ts';
import { deriveRailways, deriveXiongxin } from './railways.ts';
import { deriveProjects, writeSeedExcerpts } from './projects.ts';
import { writeRailNetwork } from './railNetwork.ts';
import { deriveStations } from './stations.ts';

const bbox = [...ZONE_BBOX] as [number, number, number, number];
const inBox = ([x, y]: number[]): boolean => (x as number) >= bbox[0] && (x as number) <= bbox[2] && (y as number) >= bbox[1] && (y as number) <= bbox[3];

// ── counties, prefectures, zone boundary ──────────────────────────────────────────────
// The 12 units are inferred in zone-facts.md §0: their land areas sum to the official 16,800 km².
const ZONE_ADCODES = new Set([140107, 140108, 140109, 140106, 140122, 140181, 140902, 140921, 140981, 140922, 140923, 140924]);
const rawCounties = read<MultiPolygon>('raw/admin_counties.wgs84.geojson').features;
const counties: Feature[] = [];
for (const f of rawCounties) {
  const p = f.properties;
  const adcode = p.adcode as number;
  const c = clipped(f);
  if (!c) continue;
  const role = ZONE_ADCODES.has(adcode) ? 'zone' : p.core ? 'taiyuan_xinzhou' : 'context';
  counties.push(
    feature(c.geometry, {
      id: `county-${adcode}`,
      name_zh: p.name,
      name_en: countyNameEn(p.name as string),
      kind: 'county',
      adcode,
      prefecture_adcode: p.parent_adcode,
      role,
      in_zone: role === 'zone',
      ...(role === 'zone'
        ? both('in_zone_basis', '推定：这 12 个单元的面积合计为 16,800 km²（zone-facts.md §0）', 'inferred: 12 units whose areas sum to 16,800 km² (zone-facts.md §0)')
        : both('in_zone_basis', null, null)),
      clipped_to_map_area: c.geometry !== f.geometry && JSON.stringify(c.geometry) !== JSON.stringify(f.geometry),
      ...cited(DATAV, DATAV_ZH),
      confidence: 'surveyed',
      accuracy_m: 300,
    }),
  );
}
write('counties', counties);

const PREF_EN: Record<number, string> = {
  140100: 'Taiyuan', 140200: 'Datong', 140300: 'Yangquan', 140400: 'Changzhi', 140500: 'Jincheng', 140600: 'Shuozhou',
  140700: 'Jinzhong', 140800: 'Yuncheng', 140900: 'Xinzhou', 141000: 'Linfen', 141100: 'Lüliang',
};
const prefectures: Feature[] = [];
for (const f of read<MultiPolygon>('raw/admin_prefectures_shanxi.wgs84.geojson').features) {
  const c = clipped(f);
  if (!c) continue;
  prefectures.push(
    feature(c.geometry, {
      id: `prefecture-${String(f.properties.adcode)}`,
      name_zh: f.properties.name,
      name_en: `${PREF_EN[f.properties.adcode as number] ?? pinyinName(String(f.properties.name))} City`,
      kind: 'prefecture',
      adcode: f.properties.adcode,
      ...cited(DATAV, DATAV_ZH),
      confidence: 'surveyed',
      accuracy_m: 1000,
    }),
  );
}
write('prefectures', prefectures);

// Built-up areas are named by position against the counties and their seats (builtup.ts).
write('builtup', deriveBuiltup(counties, new Map(rawCounties.map((c) => [Number(c.properties.adcode), c.properties.center as [number, number]]))));

const zoneParts = rawCounties.filter((f) => ZONE_ADCODES.has(f.properties.adcode as number));
const zoneUnion = turf.union(turf.featureCollection(zoneParts));
if (!zoneUnion || zoneUnion.geometry.type !== 'Polygon') throw new Error('zone union is not one polygon');
// The simplified DataV outlines leave sliver gaps between neighbours (70 holes of < 1 km²,
// some touching the outer ring); the zone has no real holes, so keep the exterior ring only.
zoneUnion.geometry.coordinates = zoneUnion.geometry.coordinates.slice(0, 1);
const zoneAreaKm2 = Math.round(turf.area(zoneUnion) / 1e6);
write('zone_boundary', [
  feature(zoneUnion.geometry, {
    id: 'zone-boundary',
    name_zh: '太忻一体化经济区（推定范围）',
    name_en: 'Taiyuan–Xinzhou Integrated Economic Zone (inferred extent)',
    kind: 'zone',
    ...both('units', zoneParts.map((f) => f.properties.name).join('、'), zoneParts.map((f) => countyNameEn(String(f.properties.name))).join(', ')),
    official_area_km2: 16800,
    drawn_area_km2: zoneAreaKm2,
    ...cited(
      `Extent: 12 county-level units, 16,800 km² (China Daily 2022-03-08); which 12 is inferred (zone-facts.md §0); outlines ${DATAV}`,
      `范围：12 个县级单元，16,800 km²（中国日报 2022-03-08）；具体为哪 12 个系推定（zone-facts.md §0）；轮廓：${DATAV_ZH}`,
    ),
    confidence: 'schematic',
    accuracy_m: 300,
  }),
]);

// ── new cities ──────────────────────────────────────────────────────────────────────────
function zoneFeature(nameZh: string, id: string, extra: Props, accuracyM: number): Feature {
  const f = zfBy(nameZh);
  const p = f.properties;
  return feature(f.geometry, {
    // The research writes "illustrative" for 示意; the app says "schematic" everywhere.
    id, name_zh: printedUnits(String(p.name_zh)), name_en: printedUnits(String(p.name_en)).replaceAll('illustrative', 'schematic'), kind: p.kind, ...extra,
    ...cited(zfSource(f), zfSourceZh(f)), confidence: confidenceOf(String(p.confidence)), accuracy_m: accuracyM,
  });
}
const DAYU_STRUCTURE = cited(
  'structure: one axis, two squares, four clusters (mefea.com 2022-07-03, 《大盂产业新城空间发展战略规划》) — via zone-facts.md §1',
  '结构“一中轴、两方城、四组团”（mefea.com 2022-07-03，《大盂产业新城空间发展战略规划》）——引自 zone-facts.md §1',
);
// The four 组团 are placed only by what their names say (高村, 东部, 石岭关); no plan map was found.
const CLUSTERS: Array<[string, string, string, [number, number]]> = [
  ['dayu-cluster-gaocun-mfg', '高村制造业组团', 'Gaocun manufacturing cluster', [112.680, 38.168]],
  ['dayu-cluster-gaocun-logistics', '高村物流产业组团', 'Gaocun logistics cluster', [112.700, 38.180]],
  ['dayu-cluster-east-logistics', '东部物流产业组团', 'Eastern logistics cluster', [112.735, 38.185]],
  ['dayu-cluster-shilingguan', '石岭关文旅产业组团', 'Shilingguan culture & tourism cluster', [112.706, 38.255]],
];
write('dayu', [
  zoneFeature('大盂产业新城（示意范围）', 'dayu-extent', {
    kind: 'new_city',
    ...both('note', '轮廓为估计；官方边界和总面积未公布', 'outline estimated; official boundary and total area not published'),
    // `industries` keeps the sources' Chinese (site cards read it); `industries_en` translates it.
    industries: '高端装备制造、新材料、物流枢纽、科技研发', industries_en: 'high-end equipment manufacturing, new materials, logistics hub, science and technology R&D',
  }, 5000),
  zoneFeature('大盂产业新城核心区（4.6 km²，示意）', 'dayu-core', { kind: 'new_city_core', area_km2_official: 4.6 }, 3000),
  ...CLUSTERS.map(([id, zh, en, at]) =>
    feature({ type: 'Point', coordinates: at }, { id, name_zh: zh, name_en: en, kind: 'new_city_cluster', ...DAYU_STRUCTURE, confidence: 'schematic', accuracy_m: 4000 }),
  ),
]);
write('xindong', [
  zoneFeature('忻东新城 / 太忻经济区忻州启动区（100 km²）', 'xindong-startup', {
    kind: 'new_city', area_km2_official: 100,
    ...both('bounded_by', '北至北外环，东至东外环，南至忻州绕城高速，西至同蒲铁路', 'north: North Ring Road; east: East Ring Road; south: Xinzhou Ring Expressway; west: Tongpu Railway'),
    ...both(
      'parts',
      '五片：创新枢纽、高新制造、产业提升、云中文旅、多彩良田（位置未公布）',
      'five areas: innovation hub, high-tech manufacturing, industrial upgrading, Yunzhong culture & tourism, colourful farmland (positions not published)',
    ),
  }, 3000),
  zoneFeature('忻州核心区（12.8 km²）', 'xindong-core', {
    kind: 'new_city_core', area_km2_official: 12.8,
    ...both('bounded_by', '东至东外环，南至滨河路，西至同蒲铁路，北至忻河支线', 'east: East Ring Road; south: Binhe Road; west: Tongpu Railway; north: Xinzhou–Hebian branch line'),
  }, 3000),
]);

// ── stations, railways ──────────────────────────────────────────────────────────────────
const { stations, byName } = deriveStations();
write('stations', stations.filter((s) => inBox((s.geometry as Point).coordinates)));
write('xiongxin', deriveXiongxin(byName));
write('railways', deriveRailways(byName));
// The travel-time model's network takes its stations' ids and positions from the layer just written.
writeRailNetwork();

// ── water, roads, airports, towns, parks ─────────────────────────────────────────────────
write(
  'rivers',
  read('raw/cn4m_rivers.wgs84.geojson').features.map((f, i) =>
    feature(f.geometry, {
      id: `river-${i + 1}`, name_zh: f.properties.name, name_en: `${pinyinName(String(f.properties.name).replace(/河$/, ''))} River`,
      kind: f.properties.kind, ...both('name_src', String(f.properties.name_src), riverNameEn(String(f.properties.name_src))), ...cited(CN4M, CN4M_ZH), confidence: 'surveyed', accuracy_m: 2000,
    }),
  ),
);
write(
  'water_areas',
  read('raw/cn4m_water_areas.wgs84.geojson').features.map((f, i) =>
    feature(f.geometry, {
      id: `water-${i + 1}`, name_zh: f.properties.name, name_en: `${pinyinName(String(f.properties.name).replace(/水库$/, ''))} Reservoir`,
      kind: 'reservoir', ...cited(`${CN4M}; name assigned by position`, `${CN4M_ZH}；名称按位置确定`), confidence: 'surveyed', accuracy_m: 2000,
    }),
  ),
);
write('water_supply', [
  zoneFeature('太原第二水源暨太忻经济区滹沱河供水工程（示意线路）', 'water-route', {
    kind: 'water_route', capacity_near_m3_per_year: 30_000_000, capacity_far_m3_per_year: 50_000_000, investment_cny: 1_280_000_000, groundbreaking: '2022-06-25',
  }, 12000),
  zoneFeature('清水河取水口（滹沱河供水工程，示意）', 'water-intake', { kind: 'water_intake' }, 12000),
  zoneFeature('滹沱河供水工程开工点（忻府区芝郡村）', 'water-groundbreaking', { kind: 'water_site', date: '2022-06-25' }, 3000),
]);
write('roads', [zoneFeature('太忻大道', 'road-taixin-avenue', { length_km_official: 41, opened: '2022-09-30' }, 2000)]);
write(
  'airports',
  zoneFacts.features
    .filter((f) => f.properties.kind === 'airport')
    .map((f, i) =>
      feature(f.geometry, {
        id: i === 0 ? 'airport-tyn' : 'airport-wut', name_zh: f.properties.name_zh, name_en: f.properties.name_en, kind: 'airport',
        ...cited(zfSource(f), zfSourceZh(f)), confidence: 'sourced', accuracy_m: Number(f.properties.accuracy_km) * 1000,
      }),
    ),
);
// City centres are what site cards measure "distance to 太原 / 忻州" from.
const CITY_IDS: Record<string, string> = { '忻州市区（市政府）': 'city-xinzhou' };
const towns: Feature[] = zoneFacts.features
  .filter((f) => f.properties.kind === 'town')
  .map((f) =>
    feature(f.geometry, {
      id: CITY_IDS[String(f.properties.name_zh)] ?? `town-${pinyinName(String(f.properties.name_zh).replace(/（.*）/, '')).toLowerCase()}`,
      name_zh: f.properties.name_zh, name_en: f.properties.name_en, kind: CITY_IDS[String(f.properties.name_zh)] ? 'city' : 'town',
      ...cited(zfSource(f), zfSourceZh(f)), confidence: confidenceOf(String(f.properties.confidence)), accuracy_m: Number(f.properties.accuracy_km) * 1000,
    }),
  );
const taiyuan = read<Point>('raw/ne_populated_places.wgs84.geojson').features.find((f) => f.properties.NAME_ZH === '太原');
if (!taiyuan) throw new Error('Natural Earth has no 太原');
towns.push(
  feature(taiyuan.geometry, {
    id: 'city-taiyuan', name_zh: '太原市区', name_en: 'Taiyuan city', kind: 'city',
    ...cited(
      'Natural Earth 1:10m populated places (public domain) via martynafford/natural-earth-geojson @0b9a6ce',
      'Natural Earth 1:10m 居民点（公有领域），经 martynafford/natural-earth-geojson @0b9a6ce',
    ),
    confidence: 'sourced', accuracy_m: 2000,
  }),
);
for (const c of rawCounties) {
  const centre = c.properties.center as [number, number];
  if (!inBox(centre)) continue;
  towns.push(
    feature({ type: 'Point', coordinates: centre }, {
      id: `seat-${String(c.properties.adcode)}`, name_zh: c.properties.name, name_en: countyNameEn(String(c.properties.name)),
      kind: 'county_seat', in_zone: ZONE_ADCODES.has(c.properties.adcode as number),
      ...cited(`${DATAV} (county seat point)`, `${DATAV_ZH}（县级政府驻地点）`), confidence: 'sourced', accuracy_m: 1000,
    }),
  );
}
write('towns', towns);

// Industries as the sources name them; the 人民网 article adds the anchor projects of 2021–22.
const PARK_IDS: Record<string, string> = {
  太原中北高新区: 'park-zhongbei', 忻州经济开发区: 'park-xinzhou-edz', 原平经济技术开发区: 'park-yuanping-etdz',
  定襄经济技术开发区: 'park-dingxiang-etdz', 山西转型综改示范区阳曲产业园: 'park-yangqu',
};
// `industries` keeps the sources' Chinese (site cards read it); `industries_en` translates it.
const PARK_FACTS: Record<string, Props> = {
  太原中北高新区: {
    industries: '科技成果转化（阳曲科技创新成果转化承载基地依托中北高新区建设）',
    industries_en: 'commercialising research (the Yangqu science-and-technology transfer base is built on the Zhongbei zone)',
    area_km2_official: null, ...both('facts_source', RENMIN, RENMIN),
  },
  忻州经济开发区: {
    industries: '集成电路、人工智能、机器人（新松）、煤机、生物医药、新材料',
    industries_en: 'integrated circuits, artificial intelligence, robots (Siasun), coal-mining machinery, biomedicine, new materials',
    area_km2_official: 128.11, ...both('facts_source', `${RENMIN}；中国日报 2020-04-14`, `${RENMIN}; China Daily 2020-04-14`),
  },
  原平经济技术开发区: {
    industries: '全生物降解塑料（山西同德科创，36亿元）',
    industries_en: 'fully biodegradable plastics (Shanxi Tongde Kechuang, ¥3.6 bn)',
    area_km2_official: null, ...both('facts_source', RENMIN, RENMIN),
  },
  定襄经济技术开发区: {
    industries: '法兰锻造、海上风电法兰（山西宝航重工）',
    industries_en: 'flange forging, offshore wind-turbine flanges (Shanxi Baohang Heavy Industry)',
    area_km2_official: null, ...both('facts_source', RENMIN, RENMIN),
  },
  山西转型综改示范区阳曲产业园: {
    industries: '先进装备、生物基与碳基材料、绿色食品、智慧能源',
    industries_en: 'advanced equipment, bio-based and carbon-based materials, green food, smart energy',
    area_km2_official: null,
    ...both('facts_source', 'n6668.com 2022-07-26（太原区域规划）——引自 zone-facts.md §5c', 'n6668.com 2022-07-26 (太原区规划) via zone-facts.md §5c'),
  },
};
write(
  'parks',
  zoneFacts.features
    .filter((f) => f.properties.kind === 'industrial_park')
    .map((f) =>
      feature(f.geometry, {
        id: PARK_IDS[String(f.properties.name_zh)] ?? `park-${pinyinName(String(f.properties.name_zh)).toLowerCase()}`,
        name_zh: printedUnits(String(f.properties.name_zh)), name_en: printedUnits(String(f.properties.name_en)), kind: 'industrial_park',
        ...(PARK_FACTS[String(f.properties.name_zh)] ?? {}),
        ...cited(`position: ${zfSource(f)}`, `位置：${zfSourceZh(f)}`), confidence: 'schematic', accuracy_m: Number(f.properties.accuracy_km) * 1000,
      }),
    ),
);

// Key projects are placed beside the parks, towns and new cities written above (projects.ts).
write('projects', deriveProjects());

// The OSM station extract is kept beside the layers: the data tests check stations against it.
mkdirSync(join(dataDir, 'sources'), { recursive: true });
writeSeedExcerpts();
copyFileSync(join(shared, 'raw/osm_rail_stations.wgs84.geojson'), join(dataDir, 'sources/osm_rail_stations.wgs84.geojson'));
console.log(`zone union area ${zoneAreaKm2} km² (official 16,800)`);
