/**
 * Railway lines as station-to-station polylines through the reconciled station positions —
 * honest *schematic* geometry until real track data is available (SOURCES.md found none).
 */
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon, featureCollection, length, lineSplit, lineString, midpoint, union } from '@turf/turf';
import { both, cited, feature, read, zfBy, zfSource, zfSourceZh, type Props } from './common.ts';
import { stationNameEn } from './names.ts';

type Positions = Map<string, [number, number]>;

function through(names: string[], at: Positions): [number, number][] {
  return names.map((n) => {
    const p = at.get(n);
    if (!p) throw new Error(`railways: no station position for ${n}`);
    return p;
  });
}

const CONVENTIONAL: Array<{ id: string; zh: string; en: string; stations: string[] }> = [
  { id: 'rail-beitongpu', zh: '北同蒲铁路（太原—阳方口段）', en: 'North Tongpu Railway (Taiyuan – Yangfangkou)', stations: ['太原站', '太原北站', '阳曲站', '高村站', '豆罗站', '忻州站', '原平站', '轩岗站', '宁武站', '阳方口站'] },
  { id: 'rail-jingyuan', zh: '京原铁路（原平—平型关段）', en: 'Beijing–Yuanping Railway (Yuanping – Pingxingguan)', stations: ['原平站', '代县站', '繁峙站', '五台山站', '大营站', '平型关站'] },
  { id: 'rail-xinhe', zh: '忻河铁路（忻州—河边）', en: 'Xinzhou–Hebian Railway', stations: ['忻州站', '定襄站', '河边站'] },
];

const LINE_ORDER = cited(
  'station order as published in railway timetables; geometry joins the station positions of data/stations.geojson',
  '站序依铁路时刻表；几何为 data/stations.geojson 中各站位置的连线',
);
const JOINS = 'geometry joins the station positions of data/stations.geojson';
const JOINS_ZH = '几何为 data/stations.geojson 中各站位置的连线';

export function deriveRailways(at: Positions): Feature[] {
  const daxi = zfBy('大西高铁（太原南—原平西段）');
  const jdy = zfBy('集大原高铁（雁门关—原平西段）');
  const hsr = (id: string, f: Feature, names: string[], extra: Props): Feature =>
    feature({ type: 'LineString', coordinates: through(names, at) }, {
      id, name_zh: f.properties?.name_zh, name_en: f.properties?.name_en, kind: 'rail_hsr', ...extra,
      ...cited(`${zfSource(f as Feature<LineString, Props>)}; ${JOINS}`, `${zfSourceZh(f as Feature<LineString, Props>)}；${JOINS_ZH}`),
      confidence: 'schematic', accuracy_m: 3000,
    });
  return [
    hsr('rail-daxi', daxi, ['太原南站', '阳曲西站', '忻州西站', '原平西站'], { status: 'existing', design_speed_kmh: 250 }),
    hsr('rail-jidayuan', jdy, ['原平西站', '雁门关站'], { status: 'existing', opened: '2024-12-31', design_speed_kmh: 250 }),
    ...CONVENTIONAL.map((l) =>
      feature({ type: 'LineString', coordinates: through(l.stations, at) }, {
        id: l.id, name_zh: l.zh, name_en: l.en, kind: 'rail_conventional', status: 'existing',
        ...both('stations', l.stations.join('—'), l.stations.map(stationNameEn).join(' – ')), ...LINE_ORDER, confidence: 'schematic', accuracy_m: 3000,
      }),
    ),
  ];
}

/**
 * The 雄忻高铁 through its 13 stations in EIA order, split where it enters Shanxi so the map
 * can emphasise the section inside the province (all of it in 忻州市).
 */
export function deriveXiongxin(at: Positions): Feature[] {
  const f = zfBy('雄忻高铁');
  const stations = Array.from({ length: 13 }, (_, i) => i + 1).map((seq) => {
    const s = read('research/zone-facts.geojson').features.find((x) => x.properties.seq === seq && String(x.properties.line).startsWith('雄忻'));
    if (!s) throw new Error(`xiongxin: no station ${seq}`);
    return String(s.properties.name_zh).replace(/（.*）/, '');
  });
  const line = lineString(through(stations, at));
  const prefectures = read<MultiPolygon | Polygon>('raw/admin_prefectures_shanxi.wgs84.geojson');
  const shanxi = union(featureCollection(prefectures.features));
  if (!shanxi) throw new Error('xiongxin: Shanxi outline union failed');
  const pieces = lineSplit(line, shanxi).features;
  const common = {
    ...both('line', '雄忻高铁（雄安—忻州）', String(f.properties.name_en)), kind: 'rail_hsr', length_km_official: 342.661, length_km_shanxi_official: 114.867,
    design_speed_kmh: 350, status: 'under construction', planned_opening: '2027',
    ...cited(`${zfSource(f)}; ${JOINS}`, `${zfSourceZh(f)}；${JOINS_ZH}`),
    confidence: 'schematic', accuracy_m: 12000,
  };
  return pieces.map((piece) => {
    const [a, b] = [piece.geometry.coordinates[0], piece.geometry.coordinates[1]] as [[number, number], [number, number]];
    const inShanxi = booleanPointInPolygon(midpoint(a, b), shanxi);
    return feature(piece.geometry, {
      id: inShanxi ? 'xiongxin-shanxi' : 'xiongxin-hebei',
      name_zh: inShanxi ? '雄忻高铁（山西段）' : '雄忻高铁（河北段）',
      name_en: inShanxi ? 'Xiongxin HSR (Shanxi section)' : 'Xiongxin HSR (Hebei section)',
      section: inShanxi ? 'shanxi' : 'hebei',
      drawn_length_km: Math.round(length(piece) * 10) / 10,
      ...common,
    });
  });
}
