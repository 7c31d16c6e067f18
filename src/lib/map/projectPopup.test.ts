/** The popup of a key project (issue 16), from the shipped data and catalogue. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../catalogue/parseCatalogue.ts';
import type { Lang, PublishedLayer } from '../catalogue/types.ts';
import { popupContent } from './popupFields.ts';

const dataDir = join(import.meta.dirname, '../../../data');
const entry = parseCatalogue(JSON.parse(readFileSync(join(dataDir, 'catalogue.json'), 'utf8'))).layers.find((l) => l.id === 'projects');
if (!entry) throw new Error('no projects layer in the catalogue');
const layer: PublishedLayer = { ...entry, url: '', featureCount: 30, confidenceCounts: { surveyed: 0, sourced: 0, schematic: 14 }, bbox: [0, 0, 0, 0] };
const features = (JSON.parse(readFileSync(join(dataDir, 'projects.geojson'), 'utf8')) as FeatureCollection).features;
const popup = (id: string, lang: Lang) => {
  const f = features.find((x) => x.properties?.id === id);
  const c = popupContent(f?.properties ?? null, layer, lang);
  return { ...c, row: Object.fromEntries(c.rows.map((r) => [r.key, r.value])) };
};

describe('a key project’s popup', () => {
  it('says 示意, and quotes company, industry, investment with the sources’ words, timeline and certainty', () => {
    const zh = popup('TX17', 'zh');
    expect(zh).toMatchObject({ title: '太原惠科20万吨电子铜箔项目（深圳惠科电子新材料项目）', confidenceLabel: '示意', layerTitle: '重点项目' });
    expect(zh.row).toMatchObject({
      company: '惠科股份有限公司（深圳）',
      industry: '新材料',
      status: '已投产（运营）',
      date: '2022-12（签约）',
      investment_cny: '90 亿元',
      investment: '90 亿元',
      certainty: expect.stringContaining('有据（4 个来源）'),
      placed_at: expect.stringContaining('示意位置：大盂产业新城'),
    });
    expect(zh.row.timeline?.split('\n')).toEqual(['2022-06 预选址 2,050 亩', '2022-12 签约', '2023-03-18 开工', '2024-01-16 一期投产']);
    expect(zh.source.split('\n')).toHaveLength(4);
    const en = popup('TX17', 'en');
    expect(en.row).toMatchObject({ company: 'HKC Corporation (Shenzhen)', industry: 'New materials', date: '2022-12 (signing)', investment_cny: '¥9 bn', status: 'In production / operating' });
    expect(en.source).toContain('《全球最大铜箔制造基地太原投产》');
  });

  it('marks an inferred industry and an inferred date 推定 / inferred, with what the date marks', () => {
    expect(popup('TX12', 'zh').row.industry).toBe('新型绿色能源（推定）');
    expect(popup('TX12', 'en').row.industry).toBe('New green energy (inferred)');
    expect(popup('TX27', 'zh').row.date).toBe('2022-07-13（签约；推定）');
    expect(popup('TX27', 'en').row.date).toBe('2022-07-13 (signing; inferred)');
  });

  it('says when a figure is the low end of a range, beside the range as published; a plan’s figure is words only', () => {
    expect(popup('TX28', 'zh').row).toMatchObject({ investment_cny: '80 亿元（区间下限）', investment: '80–100 亿元（计划）；投资额取下限 80 亿元' });
    expect(popup('TX28', 'en').row.investment_cny).toBe('¥8 bn (low end of a range)');
    expect(popup('TX22', 'zh').row.investment_cny).toBeUndefined();
    expect(popup('TX22', 'zh').row.investment).toContain('规划数');
    // 人民网 says "over ¥10 bn" of 中来's ¥14 bn: the popup says which source says what.
    expect(popup('TX03', 'en').row.investment).toContain('People’s Daily Online, 2022-03-24, says “over ¥10 bn”');
  });

  it('folds the bookkeeping into the rows it qualifies: no rows of its own', () => {
    const keys = popup('TX04', 'zh').rows.map((r) => r.key);
    for (const k of ['industry_inferred', 'date_basis', 'date_inferred', 'investment_basis', 'located', 'placement', 'kind']) expect(keys).not.toContain(k);
    expect(keys.slice(0, 3)).toEqual(['company', 'industry', 'industry_note']);
  });
});
