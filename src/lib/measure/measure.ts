import { area, length } from '@turf/turf';
import type { Feature, LineString, Polygon } from 'geojson';
import type { Lang } from '../catalogue/types.ts';

/** 1 亩 = 10000/15 m² (666.67 m²); 1 公顷 = 10,000 m² = 15 亩. */
export const M2_PER_MU = 10000 / 15;
export const M2_PER_HA = 10000;

export interface Measurement {
  lengthKm: number;
  /** For polygons: area, and the perimeter as lengthKm. */
  areaKm2: number | null;
  areaMu: number | null;
  areaHa: number | null;
}

/** Geodesic length (km) of a line, or area (km², 亩, 公顷) and perimeter of a polygon. */
export function measure(f: Feature<LineString | Polygon>): Measurement {
  const lengthKm = length(f, { units: 'kilometers' });
  if (f.geometry.type !== 'Polygon') return { lengthKm, areaKm2: null, areaMu: null, areaHa: null };
  const m2 = area(f);
  return { lengthKm, areaKm2: m2 / 1e6, areaMu: m2 / M2_PER_MU, areaHa: m2 / M2_PER_HA };
}

export const fmt = (n: number, lang: Lang, digits: number): string => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits });

/** Lines a planner reads: "12.35 km" / "4.60 km² · 6,900 亩 · 460 公顷". */
export function describeMeasurement(m: Measurement, lang: Lang): string[] {
  const polygon = m.areaKm2 !== null;
  const label = lang === 'zh' ? (polygon ? '周长' : '长度') : polygon ? 'Perimeter' : 'Length';
  const out = [`${label} ${fmt(m.lengthKm, lang, 2)} km`];
  if (m.areaKm2 !== null && m.areaMu !== null && m.areaHa !== null) {
    out.push(`${lang === 'zh' ? '面积' : 'Area'} ${fmt(m.areaKm2, lang, 3)} km² · ${fmt(m.areaMu, lang, 0)} 亩 · ${fmt(m.areaHa, lang, 1)} ${lang === 'zh' ? '公顷' : 'ha'}`);
  }
  return out;
}
