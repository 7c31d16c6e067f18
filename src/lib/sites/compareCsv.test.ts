import { describe, expect, it } from 'vitest';
import { compareCsv } from './compareCsv.ts';
import type { Figure, SiteAttributes } from './siteAttributes.ts';

const none: Figure = { value: null, ref: null, confidence: null, reason: { zh: '150 公里内没有机场', en: 'no airport within 150 km' } };
const fig = (value: number, name: string): Figure => ({ value, ref: { id: 'x', name_zh: name, name_en: name }, confidence: 'schematic', reason: null });
const site = (id: string): SiteAttributes => ({
  id, name_zh: `地块${id}`, name_en: `Site ${id}`, kind: 'industrial_park', confidence: 'schematic', geometryType: 'Point',
  county: { id: 'c', name_zh: '忻府区', name_en: 'Xinfu District' }, within: [], industries: '新材料',
  figures: { hsr: fig(3.456, '忻州西站'), rail: fig(1, '忻州站'), airport: none, water: fig(2, '供水'), taiyuan: fig(60, '太原'), xinzhou: fig(5, '忻州'), area: { ...none, reason: { zh: '点位', en: 'point' } }, parks10: fig(2, '') },
});

describe('compareCsv', () => {
  it('writes one row per site with values, what they were measured to, and the reason for a blank', () => {
    const csv = compareCsv([site('a'), site('b')], [{ id: 'a', score: 71.25, contributions: [] }], 'zh');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[0]?.startsWith('\uFEFFid,name,score,county,hsr (km),hsr_to,hsr_confidence')).toBe(true);
    expect(lines[1]).toContain('a,地块a,71.3,忻府区,3.46,忻州西站,schematic');
    expect(lines[1]).toContain(',,150 公里内没有机场,,');
    expect(lines[2]?.startsWith('b,地块b,,')).toBe(true);
  });
});
