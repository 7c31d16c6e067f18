import { area, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Confidence, Localized } from '../catalogue/types.ts';
import { passing, type LayerFilters } from '../query/filteredLayer.ts';
import { nearest } from '../query/nearest.ts';
import { prepareLayer, type PreparedLayer } from '../query/preparedLayer.ts';
import { withinDistance } from '../query/withinDistance.ts';
import { MEASURED, type CriterionId, type MeasuredId } from './criteria.ts';

export interface FeatureRef {
  id: string;
  name_zh: string;
  name_en: string;
}

/** One figure on a site card: a value, what it was measured to, and how far to trust it. */
export interface Figure {
  value: number | null;
  ref: FeatureRef | null;
  confidence: Confidence | null;
  /** Why there is no value ("—" on the card). */
  reason: Localized | null;
}

export interface SiteAttributes {
  id: string;
  name_zh: string;
  name_en: string;
  kind: string;
  confidence: Confidence;
  geometryType: string;
  county: FeatureRef | null;
  within: FeatureRef[];
  /** The sources' Chinese and its translation (`industries`, `industries_en` in the data). */
  industries: Localized | null;
  /** The measured criteria; the rail time (`access`) comes from the worker, beside these. */
  figures: Record<MeasuredId, Figure>;
}

/** Catalogue layers whose features a site's figures rest on (see siteContext). */
export const SITE_LAYER_IDS = ['stations', 'airports', 'water_supply', 'towns', 'counties', 'dayu', 'xindong', 'parks'] as const;

/** The layers a site is measured against, indexed once. */
export interface SiteContext {
  hsr: PreparedLayer;
  rail: PreparedLayer;
  airport: PreparedLayer;
  water: PreparedLayer;
  taiyuan: PreparedLayer;
  xinzhou: PreparedLayer;
  counties: PreparedLayer;
  newCities: PreparedLayer;
  parks: PreparedLayer;
}

/**
 * The layers a site is measured against, each narrowed by the user's attribute filter on it
 * (`filters`, by layer id): a distance counts only the features the map shows.
 */
export function siteContext(c: Readonly<Record<string, FeatureCollection>>, filters: LayerFilters = {}): SiteContext {
  const features = (id: (typeof SITE_LAYER_IDS)[number], keep: (f: Feature) => boolean = () => true): Feature[] => passing((c[id]?.features ?? []).filter(keep), filters[id]);
  // `?.`: a catalogue layer may list features without geometry (projects known only to a county).
  const isPolygon = (f: Feature) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';
  return {
    hsr: prepareLayer(features('stations', (f) => f.properties?.hsr === true)),
    rail: prepareLayer(features('stations', (f) => f.properties?.hsr !== true)),
    airport: prepareLayer(features('airports')),
    water: prepareLayer(features('water_supply', (f) => f.geometry?.type === 'LineString')),
    taiyuan: prepareLayer(features('towns', (f) => f.properties?.id === 'city-taiyuan')),
    xinzhou: prepareLayer(features('towns', (f) => f.properties?.id === 'city-xinzhou')),
    counties: prepareLayer(features('counties')),
    newCities: prepareLayer([...features('dayu', isPolygon), ...features('xindong', isPolygon)]),
    parks: prepareLayer(features('parks')),
  };
}

/** Beyond this a "nearest" feature says nothing useful about a site. */
export const FAR_M = 150_000;
const ORDER: Confidence[] = ['surveyed', 'sourced', 'schematic'];
const weaker = (a: Confidence | null, b: Confidence | null): Confidence | null =>
  a === null || b === null ? null : (ORDER[Math.max(ORDER.indexOf(a), ORDER.indexOf(b))] ?? 'schematic');
const confidenceOf = (f: Feature): Confidence => (ORDER.includes(f.properties?.confidence) ? f.properties?.confidence : 'schematic') as Confidence;
const refOf = (f: Feature): FeatureRef => ({ id: String(f.properties?.id ?? ''), name_zh: String(f.properties?.name_zh ?? ''), name_en: String(f.properties?.name_en ?? '') });

function nearestFigure(layer: PreparedLayer, site: Feature, what: Localized): Figure {
  if (layer.features.length === 0) return { value: null, ref: null, confidence: null, reason: { zh: `无${what.zh}数据`, en: `no ${what.en} data` } };
  const [hit] = nearest(layer, site, 1);
  if (!hit || hit.distance_m > FAR_M) {
    return { value: null, ref: null, confidence: null, reason: { zh: `${FAR_M / 1000} 公里内没有${what.zh}`, en: `no ${what.en} within ${FAR_M / 1000} km` } };
  }
  return { value: hit.distance_m / 1000, ref: refOf(hit.feature), confidence: weaker(confidenceOf(site), confidenceOf(hit.feature)), reason: null };
}

/**
 * Why a point site has no measured area; a published area is quoted as published, so the card
 * agrees with the feature's popup and table without measuring what has no outline.
 */
function pointAreaReason(official: unknown): Localized {
  if (typeof official !== 'number' || !Number.isFinite(official) || official <= 0) return { zh: '点位选址，无面积', en: 'a point site has no area' };
  return { zh: `点位选址，无轮廓；官方面积 ${official} 平方公里`, en: `a point site, no outline; official area ${official} km²` };
}

/**
 * Everything a site card shows, computed from geometry with the query engine: nothing here
 * is typed in by hand. Distances are in km, areas in km².
 */
export function siteAttributes(site: Feature, ctx: SiteContext): SiteAttributes {
  const p = site.properties ?? {};
  const anchor = site.geometry.type === 'Point' ? (site as Feature<Point>) : pointOnFeature(site);
  const county = nearest(ctx.counties, anchor, 1)[0];
  const inside = withinDistance(ctx.newCities, prepareLayer([anchor]), 0).map((m) => refOf(m.feature));
  const isArea = site.geometry.type === 'Polygon' || site.geometry.type === 'MultiPolygon';
  const parks10 = withinDistance(ctx.parks, prepareLayer([site]), 10_000).filter((m) => m.feature.properties?.id !== p.id);
  const figures: Record<MeasuredId, Figure> = {
    hsr: nearestFigure(ctx.hsr, site, { zh: '高铁站', en: 'HSR station' }),
    rail: nearestFigure(ctx.rail, site, { zh: '普速车站', en: 'conventional station' }),
    airport: nearestFigure(ctx.airport, site, { zh: '机场', en: 'airport' }),
    water: nearestFigure(ctx.water, site, { zh: '供水线路', en: 'water-supply route' }),
    taiyuan: nearestFigure(ctx.taiyuan, site, { zh: '太原市区', en: 'Taiyuan city centre' }),
    xinzhou: nearestFigure(ctx.xinzhou, site, { zh: '忻州市区', en: 'Xinzhou city centre' }),
    area: isArea
      ? { value: area(site) / 1e6, ref: null, confidence: confidenceOf(site), reason: null }
      : { value: null, ref: null, confidence: null, reason: pointAreaReason(p.area_km2_official) },
    parks10: { value: parks10.length, ref: null, confidence: weaker(confidenceOf(site), parks10.length ? 'schematic' : confidenceOf(site)), reason: null },
  };
  return {
    id: String(p.id ?? ''),
    name_zh: String(p.name_zh ?? p.id ?? ''),
    name_en: String(p.name_en ?? p.id ?? ''),
    kind: String(p.kind ?? ''),
    confidence: confidenceOf(site),
    geometryType: site.geometry.type,
    county: county && county.distance_m === 0 ? refOf(county.feature) : null,
    within: inside,
    industries: typeof p.industries === 'string' ? { zh: p.industries, en: typeof p.industries_en === 'string' ? p.industries_en : p.industries } : null,
    figures,
  };
}

/** The values the scoring reads, one per criterion; `access` is the rail time in minutes, when known. */
export function criterionValues(a: SiteAttributes, accessMinutes: number | null = null): Record<CriterionId, number | null> {
  return { ...(Object.fromEntries(MEASURED.map((c) => [c.id, a.figures[c.id].value])) as Record<MeasuredId, number | null>), access: accessMinutes };
}
