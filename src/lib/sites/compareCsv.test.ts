import { describe, expect, it } from 'vitest';
import { journey } from '../access/journey.ts';
import { committedNetwork } from '../access/testNetwork.ts';
import { DEFAULT_ASSUMPTIONS } from '../access/types.ts';
import { compareCsv } from './compareCsv.ts';
import { travelKey, type SiteTravel } from './siteTravel.ts';
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

describe('compareCsv with rail times', () => {
  const network = committedNetwork();
  const point: [number, number] = [112.73, 38.42];
  const a2027 = { ...DEFAULT_ASSUMPTIONS, scenario: { year: '2027' as const } };
  const j = journey(network, point, 'xiongan', a2027);

  it('adds minutes, confidence and route per destination and year, and the assumptions', () => {
    const travel: SiteTravel = new Map([['a', { [travelKey('xiongan', '2027')]: j, [travelKey('xiongan', '2022')]: null }]]);
    const csv = compareCsv([site('a')], [], 'zh', { travel, network, assumptions: DEFAULT_ASSUMPTIONS });
    const [head, row] = csv.replace('\uFEFF', '').split('\r\n');
    const cells = head?.split(',') ?? [];
    const values = row?.split(',') ?? [];
    const at = cells.indexOf('到雄安·2027（分钟）');
    expect(at).toBeGreaterThan(0);
    expect(Number(values[at])).toBeCloseTo(j?.minutes ?? NaN, 1);
    expect(cells[at + 1]).toBe('到雄安·2027·可信度');
    expect(values[cells.indexOf('到雄安·2022·路线')]).toBe('无法到达');
    // Not yet computed: blank, not zero.
    expect(values[cells.indexOf('到北京·2022（分钟）')]).toBe('');
    expect(cells).toContain('铁路时间假设');
    expect(head?.endsWith(',铁路时间假设,主导产业,说明')).toBe(true);
  });
});
