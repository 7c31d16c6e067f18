import type { Localized } from '../catalogue/types.ts';

export type CriterionId = 'hsr' | 'rail' | 'airport' | 'water' | 'taiyuan' | 'xinzhou' | 'area' | 'parks10';

export interface Criterion {
  id: CriterionId;
  label: Localized;
  unit: string;
  /** lower: nearer is better; higher: larger is better. */
  better: 'lower' | 'higher';
}

export const CRITERIA: readonly Criterion[] = [
  { id: 'hsr', label: { zh: '距高铁站', en: 'To HSR station' }, unit: 'km', better: 'lower' },
  { id: 'rail', label: { zh: '距普速车站', en: 'To conventional station' }, unit: 'km', better: 'lower' },
  { id: 'airport', label: { zh: '距机场', en: 'To airport' }, unit: 'km', better: 'lower' },
  { id: 'water', label: { zh: '距供水线路', en: 'To water-supply route' }, unit: 'km', better: 'lower' },
  { id: 'taiyuan', label: { zh: '距太原市区', en: 'To Taiyuan' }, unit: 'km', better: 'lower' },
  { id: 'xinzhou', label: { zh: '距忻州市区', en: 'To Xinzhou' }, unit: 'km', better: 'lower' },
  { id: 'area', label: { zh: '面积', en: 'Area' }, unit: 'km²', better: 'higher' },
  { id: 'parks10', label: { zh: '10 公里内其他园区', en: 'Other parks within 10 km' }, unit: '', better: 'higher' },
];

export type Weights = Record<CriterionId, number>;

export const PRESETS: Record<'balanced' | 'logistics' | 'manufacturing', { label: Localized; weights: Weights }> = {
  balanced: { label: { zh: '均衡', en: 'Balanced' }, weights: { hsr: 2, rail: 1, airport: 1, water: 1, taiyuan: 1, xinzhou: 1, area: 1, parks10: 1 } },
  logistics: { label: { zh: '物流', en: 'Logistics' }, weights: { hsr: 3, rail: 4, airport: 4, water: 0, taiyuan: 2, xinzhou: 1, area: 1, parks10: 1 } },
  manufacturing: { label: { zh: '制造', en: 'Manufacturing' }, weights: { hsr: 1, rail: 2, airport: 0, water: 4, taiyuan: 1, xinzhou: 0, area: 4, parks10: 2 } },
};

export const WEIGHT_MAX = 5;
