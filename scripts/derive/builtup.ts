/**
 * Built-up areas (issue 14): Natural Earth 1:10m urban areas, a footprint mapped from satellite
 * imagery around 2002 and generalised to vertices ≈ 1 km apart. The source polygons carry no
 * attributes at all, so every name here is assigned by position, by the rules of nameOf()
 * (written up in data/README.md).
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { both, cited, clipped, feature, read, type Props } from './common.ts';
import { countyNameEn } from './names.ts';

const SOURCE = 'Natural Earth 1:10m urban areas (ne_10m_urban_areas.shp, public domain; footprint from satellite imagery, c. 2002); clipped to the map area';
const SOURCE_ZH = 'Natural Earth 1:10m 城市区域（ne_10m_urban_areas.shp，公有领域；据卫星影像提取的范围，约 2002 年）；按地图范围裁切';

/** Natural Earth's own Chinese is missing for Yuci (NAME_ZH is null). */
const NE_NAME_ZH: Record<string, string> = { Yuci: '榆次' };

interface Place {
  zh: string;
  en: string;
}

type Area = Feature<Polygon | MultiPolygon, Props>;

/**
 * How an attribute-less polygon is named, first rule that applies:
 * 1. it contains Natural Earth city points (the same dataset family): their names;
 * 2. the county its interior point lies in has its seat (DataV) inside the polygon: that county;
 * 3. its interior point lies in a county of the counties layer: "in <county>";
 * 4. otherwise (Hebei beyond the counties layer): no name but "built-up area".
 * Rule 2 asks for both the seat and the interior point, because a generalised blob may reach a
 * neighbour's seat: the 640 km² Shijiazhuang polygon touches 井陉县's seat, and is not 井陉.
 */
function nameOf(area: Area, cities: Array<Feature<Point, Props>>, counties: Area[], seats: Map<number, [number, number]>): Props {
  // Largest city first (Natural Earth's SCALERANK: 太原 2, 榆次 6).
  const inCities = cities.filter((c) => turf.booleanPointInPolygon(c, area)).sort((a, b) => Number(a.properties.SCALERANK) - Number(b.properties.SCALERANK));
  if (inCities.length > 0) {
    const names: Place[] = inCities.map((c) => ({ zh: NE_NAME_ZH[String(c.properties.NAME)] ?? String(c.properties.NAME_ZH), en: String(c.properties.NAME) }));
    const zh = names.map((n) => n.zh).join('—');
    const en = names.map((n) => n.en).join('–');
    return {
      name_zh: `${zh}建成区`, name_en: `${en} built-up area`,
      ...both('named_by', `含 Natural Earth 城市点：${names.map((n) => n.zh).join('、')}`, `contains the Natural Earth city point${names.length > 1 ? 's' : ''} of ${names.map((n) => n.en).join(' and ')}`),
    };
  }
  const inside = turf.pointOnFeature(area);
  const county = counties.find((c) => turf.booleanPointInPolygon(inside, c));
  if (!county) {
    return { name_zh: '建成区', name_en: 'Built-up area', ...both('named_by', '未命名：位于县级行政区图层范围之外', 'unnamed: outside the counties layer') };
  }
  const zh = String(county.properties.name_zh);
  const en = countyNameEn(zh);
  const seat = seats.get(Number(county.properties.adcode));
  if (seat && turf.booleanPointInPolygon(seat, area)) {
    return { name_zh: `${zh}建成区`, name_en: `${en} built-up area`, ...both('named_by', `含${zh}政府驻地点（DataV）`, `contains the seat point of ${en} (DataV)`) };
  }
  return {
    name_zh: `建成区（${zh}境内）`, name_en: `Built-up area in ${en}`,
    ...both('named_by', `位于${zh}境内（按轮廓内一点），不含县级政府驻地`, `lies in ${en} (by a point inside the outline); contains no county seat`),
  };
}

/**
 * `counties` are the derived county features (clipped, with name_zh and adcode); `seats` the
 * DataV seat points by adcode.
 */
export function deriveBuiltup(countyFeatures: Feature[], seats: Map<number, [number, number]>): Feature[] {
  const counties = countyFeatures.filter((c): c is Area => c.geometry.type === 'Polygon' || c.geometry.type === 'MultiPolygon');
  const cities = read<Point>('raw/ne_populated_places.wgs84.geojson').features;
  const out: Feature[] = [];
  read<Polygon | MultiPolygon>('raw/ne_10m_urban_areas.wgs84.geojson').features.forEach((f, i) => {
    const c = clipped(f);
    if (!c) return;
    // The source rounds every corner with runs of vertices ~1 m apart (buffer artefacts); 20 m
    // of simplification drops them and is nothing against the outline's ±1–2 km.
    turf.simplify(c, { tolerance: 0.0002, highQuality: true, mutate: true });
    out.push(
      feature(c.geometry, {
        // The source's feature order is its only stable key: it has no ids or names.
        id: `builtup-${i + 1}`,
        ...nameOf(c, cities, counties, seats),
        kind: 'builtup_area',
        // Whole km²: at ±1–2 km a decimal would claim a precision the outline does not have.
        area_km2: Math.round(turf.area(c) / 1e6),
        ...cited(SOURCE, SOURCE_ZH),
        // Not surveyed (no official or OSM geometry) nor schematic (not drawn from a text):
        // a stated source's generalised outline.
        confidence: 'sourced',
        accuracy_m: 2000,
      }),
    );
  });
  return out;
}
