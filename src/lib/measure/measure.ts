import { area, length } from '@turf/turf';
import type { Feature, LineString, Polygon } from 'geojson';
import type { Lang } from '../catalogue/types.ts';
import { tf } from '../i18n/describe.ts';

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

/** Lines a planner reads: "长度 12.35 公里" / "面积 4.6 平方公里 · 6,900 亩 · 460 公顷" (or in English). */
export function describeMeasurement(m: Measurement, lang: Lang): string[] {
  const km = fmt(m.lengthKm, lang, 2);
  if (m.areaKm2 === null || m.areaMu === null || m.areaHa === null) return [tf('measureLength', lang, { km })];
  return [tf('measurePerimeter', lang, { km }), tf('measureAreaLine', lang, { km2: fmt(m.areaKm2, lang, 3), mu: fmt(m.areaMu, lang, 0), ha: fmt(m.areaHa, lang, 1) })];
}
