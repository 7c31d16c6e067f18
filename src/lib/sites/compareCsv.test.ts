import { describe, expect, it } from 'vitest';
import { compareCsv } from './compareCsv.ts';
import type { Figure, SiteAttributes } from './siteAttributes.ts';

const none: Figure = { value: null, ref: null, confidence: null, reason: { zh: '150 公里内没有机场', en: 'no airport within 150 km' } };
const fig = (value: number, name: string): Figure => ({ value, ref: { id: 'x', name_zh: name, name_en: name }, confidence: 'schematic', reason: null });
const site = (id: string): SiteAttributes => ({
  id, name_zh: `地块${id}`, name_en: `Site ${id}`, kind: 'industrial_park', confidence: 'schematic', geometryType: 'Point',
  county: { id: 'c', name_zh: '忻府区', name_en: 'Xinfu District' }, within: [], industries: { zh: '新材料', en: 'New materials' },
  figures: { hsr: fig(3.456, '忻州西站'), rail: fig(1, '忻州站'), airport: none, water: fig(2, '供水'), taiyuan: fig(60, '太原'), xinzhou: fig(5, '忻州'), area: { ...none, reason: { zh: '点位', en: 'point' } }, parks10: fig(2, '') },
});

describe('compareCsv', () => {
  it('writes one row per site with values, what they were measured to, and the reason for a blank', () => {
    const csv = compareCsv([site('a'), site('b')], [{ id: 'a', score: 71.25, contributions: [] }], 'zh');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    // Headers, units and confidence in the language the page is in at export.
    expect(lines[0]?.startsWith('\uFEFF编号,名称,得分,所在县区,距高铁站（公里）,距高铁站·参照,距高铁站·可信度')).toBe(true);
    expect(lines[0]).toContain(',面积（平方公里）,');
    expect(lines[0]?.endsWith(',10 公里内其他园区,10 公里内其他园区·参照,10 公里内其他园区·可信度,主导产业,说明')).toBe(true);
    expect(lines[1]).toContain('a,地块a,71.3,忻府区,3.46,忻州西站,示意');
    expect(lines[1]).toContain(',,150 公里内没有机场,,');
    expect(lines[2]?.startsWith('b,地块b,,')).toBe(true);
  });

  it('heads the columns in English for an English page', () => {
    const csv = compareCsv([site('a')], [], 'en');
    expect(csv.startsWith('\uFEFFid,name,score,county,To HSR station (km),To HSR station: measured to,To HSR station: confidence')).toBe(true);
    expect(csv).toContain('Site a,,Xinfu District,3.46,忻州西站,schematic');
  });
});
