import { describe, expect, it } from 'vitest';
import { scanText } from '../i18n/scanText.ts';
import { glossCitation } from './citationGloss.ts';

describe('glossCitation', () => {
  it('glosses Chinese names for English readers, keeping the original beside the gloss', () => {
    expect(glossCitation('人民网 2022-03-24《太忻一体化经济区建设大步向前》(曹婷婷)')).toBe('People’s Daily Online (人民网) 2022-03-24《太忻一体化经济区建设大步向前》, by Cao Tingting (曹婷婷)');
    expect(glossCitation('ceremony at 忻府区芝郡村 2022-06-25')).toBe('ceremony at Zhijun village, Xinfu District (忻府区芝郡村) 2022-06-25');
    expect(glossCitation('清水河 intake, 3000万→5000万 m3/a')).toBe('Qingshui River (清水河) intake, 30 million→50 million m3/a');
  });

  it('leaves URLs, titles and names already glossed alone', () => {
    const s = 'DataV.GeoAtlas (阿里云) via http://mbji.cn/mbji/雄安城际站/1 and 《大盂产业新城空间发展战略规划》';
    expect(glossCitation(s)).toBe(s);
  });

  it('leaves no bare Chinese in the citations of the shipped data', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(import.meta.dirname, '../../../data');
    const texts: string[] = [];
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.geojson'))) {
      const fc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { features: Array<{ properties: Record<string, unknown> }> };
      for (const ft of fc.features) for (const k of ['source', 'facts_source']) if (typeof ft.properties[k] === 'string') texts.push(ft.properties[k] as string);
    }
    const facts = JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8')) as { facts: Array<{ source: { en: string } | string }> };
    for (const f of facts.facts) texts.push(typeof f.source === 'string' ? f.source : f.source.en);
    const left = texts.map((t) => [t, scanText(glossCitation(t), 'en')] as const).filter(([, w]) => w.length);
    expect(left).toEqual([]);
  });
});
