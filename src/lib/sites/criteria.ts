import type { Localized } from '../catalogue/types.ts';

export type CriterionId = 'hsr' | 'rail' | 'airport' | 'water' | 'taiyuan' | 'xinzhou' | 'area' | 'parks10' | 'access';
/** The criteria measured from the map's layers (the site card's figures); `access` comes from the rail model. */
export type MeasuredId = Exclude<CriterionId, 'access'>;

export interface Criterion {
  id: CriterionId;
  label: Localized;
  unit: string;
  /** lower: nearer is better; higher: larger is better. */
  better: 'lower' | 'higher';
  /**
   * The stated thresholds of the absolute score: a value at `full` or better scores 100, at `zero`
   * or worse 0, linear between. Fixed, so one site's score never depends on the others.
   */
  full: number;
  zero: number;
}

/**
 * Thresholds chosen for the 太忻 zone's scale (the zone is ≈ 100 km north–south): a station within
 * a short drive, an airport within an hour, the water route within a pipe's reach, a city centre
 * within commuting distance. The rail time's band spans the zone's 2022 and 2027 times to 雄安 and
 * 北京 (≈ 1 h 15 min to 5 h 20 min with the default assumptions).
 */
export const CRITERIA: readonly Criterion[] = [
  { id: 'hsr', label: { zh: '距高铁站', en: 'To HSR station' }, unit: 'km', better: 'lower', full: 5, zero: 40 },
  { id: 'rail', label: { zh: '距普速车站', en: 'To conventional station' }, unit: 'km', better: 'lower', full: 5, zero: 40 },
  { id: 'airport', label: { zh: '距机场', en: 'To airport' }, unit: 'km', better: 'lower', full: 20, zero: 100 },
  { id: 'water', label: { zh: '距供水线路', en: 'To water-supply route' }, unit: 'km', better: 'lower', full: 2, zero: 20 },
  { id: 'taiyuan', label: { zh: '距太原市区', en: 'To Taiyuan' }, unit: 'km', better: 'lower', full: 20, zero: 120 },
  { id: 'xinzhou', label: { zh: '距忻州市区', en: 'To Xinzhou' }, unit: 'km', better: 'lower', full: 10, zero: 80 },
  { id: 'area', label: { zh: '面积', en: 'Area' }, unit: 'km²', better: 'higher', full: 30, zero: 0 },
  { id: 'parks10', label: { zh: '10 公里内其他园区', en: 'Other parks within 10 km' }, unit: '', better: 'higher', full: 3, zero: 0 },
  { id: 'access', label: { zh: '铁路通达时间', en: 'Rail travel time' }, unit: 'min', better: 'lower', full: 60, zero: 300 },
];

export const MEASURED = CRITERIA.filter((c): c is Criterion & { id: MeasuredId } => c.id !== 'access');

export type Weights = Record<CriterionId, number>;

export const PRESETS: Record<'balanced' | 'logistics' | 'manufacturing', { label: Localized; weights: Weights }> = {
  balanced: { label: { zh: '均衡', en: 'Balanced' }, weights: { hsr: 2, rail: 1, airport: 1, water: 1, taiyuan: 1, xinzhou: 1, area: 1, parks10: 1, access: 0 } },
  logistics: { label: { zh: '物流', en: 'Logistics' }, weights: { hsr: 3, rail: 4, airport: 4, water: 0, taiyuan: 2, xinzhou: 1, area: 1, parks10: 1, access: 0 } },
  manufacturing: { label: { zh: '制造', en: 'Manufacturing' }, weights: { hsr: 1, rail: 2, airport: 0, water: 4, taiyuan: 1, xinzhou: 0, area: 4, parks10: 2, access: 0 } },
};

export const WEIGHT_MAX = 5;
