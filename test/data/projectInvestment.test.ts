/**
 * No investment figure of a project is quoted two ways (issue 16): the projects layer's own
 * figure and words agree, and every figure that the seed article (人民网 2022-03-24, its
 * paragraphs kept in data/sources), the facts table or another layer's prose attaches to a
 * project agrees with it — or, for an "over ¥10 bn" kind of figure, is a lower bound of it
 * that the project's words quote, so the popup says which source says what.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { PROJECT_KEYS } from '../../scripts/derive/projectKeys.ts';

const dataDir = join(import.meta.dirname, '../../data');
const read = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
const projects = read<FeatureCollection>('projects.geojson').features.map((f) => f.properties ?? {});
const byId = new Map(projects.map((p) => [String(p.id), p]));

const YI = 1e8;
/** Amounts in Chinese words: "36 亿元", "80–100 亿元" (both ends), "9.98 亿元"; not "百亿级" (a class of cluster). */
const zhAmounts = (text: string): number[] =>
  [...text.matchAll(/(\d+(?:\.\d+)?)(?:\s*[–-]\s*(\d+(?:\.\d+)?))?\s*亿(?!级)/g)].flatMap((m) => [m[1], m[2]].filter((x) => x !== undefined).map((x) => Math.round(Number(x) * YI)));
/** Amounts in English words: "¥14.0 bn", "¥8–10 bn", "¥998 m". */
const enAmounts = (text: string): number[] =>
  [...text.matchAll(/¥(\d+(?:\.\d+)?)(?:[–-](\d+(?:\.\d+)?))?\s*(bn|m)\b/g)].flatMap((m) =>
    [m[1], m[2]].filter((x) => x !== undefined).map((x) => Math.round(Number(x) * (m[3] === 'bn' ? 1e9 : 1e6))),
  );

interface Quote {
  where: string;
  ids: string[];
  /** Yuan; a lower bound for "投资过百亿". */
  amount: number;
  over: boolean;
  words: string;
}

const CN_NUMBER: Record<string, number> = { 百: 100, 千: 1000 };
const FIGURE = /(?:总?投资(?:额)?(?:达|约)?)?(过|超过?|逾)?(\d+(?:\.\d+)?|百|千)\s*亿(?!级)元?/g;
const namedIn = (s: string): string[] => Object.entries(PROJECT_KEYS).filter(([, keys]) => keys.some((k) => s.includes(k))).map(([id]) => id);

/**
 * The investment figures a text attaches to projects. A sentence's figure belongs to the
 * projects the sentence names, or — when it names none ("该项目…投资过百亿") — to those of the
 * sentence before it in the same paragraph.
 */
function quotesIn(text: string, where: string): Quote[] {
  const out: Quote[] = [];
  for (const paragraph of text.split('\n')) {
    let previous: string[] = [];
    for (const sentence of paragraph.split(/[。；;！？]/)) {
      const named = namedIn(sentence);
      const ids = named.length ? named : previous;
      for (const m of sentence.matchAll(FIGURE)) {
        const n = CN_NUMBER[m[2] as string] ?? Number(m[2]);
        if (ids.length) out.push({ where, ids, amount: Math.round(n * YI), over: m[1] !== undefined, words: m[0] });
      }
      previous = named;
    }
  }
  return out;
}

const seed = readFileSync(join(dataDir, 'sources/renmin-2022-03-24-excerpts.txt'), 'utf8').split('\n').filter((l) => !l.startsWith('#')).join('\n');
const facts = read<{ facts: Array<{ id: string; value: { zh: string } }> }>('facts.json').facts;
const catalogue = read<{ layers: Array<{ id: string; file: string }> }>('catalogue.json').layers.filter((l) => l.file.endsWith('.geojson'));

function allQuotes(): Quote[] {
  const quotes = quotesIn(seed, '人民网 2022-03-24');
  for (const f of facts) quotes.push(...quotesIn(f.value.zh, `facts.json ${f.id}`));
  for (const layer of catalogue) {
    for (const f of read<FeatureCollection>(layer.file).features) {
      const p = f.properties ?? {};
      // The project's own figure and words are checked apart, below; its sources are quotes.
      for (const [k, v] of Object.entries(p)) {
        if (typeof v !== 'string' || (layer.id === 'projects' && /^investment_/.test(k))) continue;
        quotes.push(...quotesIn(v, `${layer.id}/${String(p.id)} ${k}`));
      }
    }
  }
  return quotes;
}

/** What is wrong with one quote, or null. */
function conflict(q: Quote): string | null {
  for (const id of q.ids) {
    const p = byId.get(id);
    const own = typeof p?.investment_cny === 'number' ? p.investment_cny : null;
    const words = String(p?.investment_zh ?? '');
    if (q.over) {
      if (own === null || own < q.amount) return `${q.where}: “${q.words}” for ${id}, whose figure is ${String(own)}`;
      if (!words.includes(q.words.replace(/^总?投资/, ''))) return `${q.where}: “${q.words}” for ${id} is not quoted in its investment_zh (${words})`;
    } else if (own !== q.amount && !zhAmounts(words).includes(q.amount)) {
      return `${q.where}: ${q.amount} yuan (“${q.words}”) for ${id}, whose figure is ${String(own)} (${words})`;
    }
  }
  return null;
}

describe('project investment figures', () => {
  it('the seed article, facts and other layers attach figures to projects (the checks below are not vacuous)', () => {
    const seen = allQuotes().filter((q) => q.where === '人民网 2022-03-24').map((q) => [q.ids.join(), q.words]);
    expect(seen).toEqual([
      ['TX04', '投资36亿元'],
      ['TX03', '投资过百亿'],
    ]);
  });

  it('are quoted nowhere in a way that contradicts the projects layer', () => {
    expect(allQuotes().map(conflict).filter((c) => c !== null)).toEqual([]);
  });

  it('a conflicting figure would be caught, as would an “over” figure the project’s words leave out', () => {
    expect(conflict({ where: 't', ids: ['TX04'], amount: 40 * YI, over: false, words: '投资40亿元' })).toMatch(/TX04, whose figure is 3600000000/);
    expect(conflict({ where: 't', ids: ['TX17'], amount: 50 * YI, over: true, words: '投资过50亿' })).toMatch(/not quoted in its investment_zh/);
    expect(conflict({ where: 't', ids: ['TX03'], amount: 200 * YI, over: true, words: '投资过200亿' })).toMatch(/whose figure is 14000000000/);
  });

  it('each project’s figure is one its own words give, in Chinese and in English, by the rule of its basis', () => {
    for (const p of projects) {
      const cny = p.investment_cny;
      const zh = String(p.investment_zh ?? '');
      const en = String(p.investment_en ?? '');
      if (p.investment_basis === null) {
        expect([cny, p.investment_zh, p.investment_en], String(p.id)).toEqual([null, null, null]);
        continue;
      }
      if (p.investment_basis === 'plan') {
        expect(cny, String(p.id)).toBeNull();
        expect(zh).toMatch(/规划/);
        expect(en).toMatch(/plan/);
        continue;
      }
      expect(typeof cny, String(p.id)).toBe('number');
      expect(zhAmounts(zh), `${String(p.id)} ${zh}`).toContain(cny);
      expect(enAmounts(en), `${String(p.id)} ${en}`).toContain(cny);
      // A range's low end, never a made-up point within it.
      if (p.investment_basis === 'lowerBound') expect(Math.min(...zhAmounts(zh).filter((a) => a !== 0))).toBe(cny);
    }
  });
});
