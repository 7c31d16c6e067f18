import { describe, expect, it } from 'vitest';
import { CodedError } from '../i18n/codedError.ts';
import { scanText } from '../i18n/scanText.ts';
import { checkRailNetwork } from './network.ts';
import { committedNetwork } from './testNetwork.ts';

const good = () => JSON.parse(JSON.stringify(committedNetwork())) as Record<string, unknown> & { nodes: Array<Record<string, unknown>>; edges: Array<Record<string, unknown>>; lines: Array<Record<string, unknown>>; destinations: Record<string, unknown> };

function codeOf(f: () => unknown): { key: string; params: unknown } | null {
  try {
    f();
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(CodedError);
    return { key: (e as CodedError).key, params: (e as CodedError).params };
  }
}

describe('checkRailNetwork', () => {
  it('accepts the committed network: its lines, nodes and the counts data/README.md states', () => {
    const n = committedNetwork();
    expect(n.nodes).toHaveLength(26);
    expect(n.lines.map((l) => l.id)).toEqual(['daxi', 'jidayuan', 'dazhang', 'shitai', 'taiyuan-fengtai', 'jingguang', 'jingxiong', 'beijing-link', 'taiyuan-link', 'beitongpu', 'xiongxin']);
    const count = (c: string) => n.edges.filter((e) => e.confidence === c).length;
    expect([n.edges.length, count('confirmed'), count('inferred'), count('estimate')]).toEqual([41, 8, 4, 29]);
    // Only the 雄忻 is new in 2027.
    expect(n.lines.filter((l) => !l.years.includes('2022')).map((l) => l.id)).toEqual(['xiongxin']);
    // The official claims are data beside the model, never edges.
    expect(n.claims?.map((c) => c.minutes)).toEqual([60, 90]);
    expect(n.edges.some((e) => e.minutes === 90 || e.minutes === 60)).toBe(false);
  });

  it.each([
    ['not an object', () => 'x', 'accessError.notNetwork'],
    ['a node without a position', (j: ReturnType<typeof good>) => { (j.nodes[0] as Record<string, unknown>).coord = [200, 1]; return j; }, 'accessError.badNode'],
    ['a node twice', (j: ReturnType<typeof good>) => { j.nodes.push(j.nodes[0] as Record<string, unknown>); return j; }, 'accessError.duplicate'],
    ['an edge to an unknown station', (j: ReturnType<typeof good>) => { (j.edges[0] as Record<string, unknown>).to = 'stn-nowhere'; return j; }, 'accessError.badEdge'],
    ['an edge of zero minutes', (j: ReturnType<typeof good>) => { (j.edges[3] as Record<string, unknown>).minutes = 0; return j; }, 'accessError.badEdge'],
    ['an edge off its line', (j: ReturnType<typeof good>) => { (j.edges[0] as Record<string, unknown>).line = 'jingxiong'; return j; }, 'accessError.badEdge'],
    ['an unknown confidence', (j: ReturnType<typeof good>) => { (j.edges[0] as Record<string, unknown>).confidence = 'sure'; return j; }, 'accessError.badEdge'],
    ['a line in no year', (j: ReturnType<typeof good>) => { (j.lines[0] as Record<string, unknown>).years = []; return j; }, 'accessError.badLine'],
    ['a destination with no station', (j: ReturnType<typeof good>) => { j.destinations.beijing = []; return j; }, 'accessError.badDestination'],
  ])('refuses %s with a coded error', (_what, spoil, key) => {
    expect(codeOf(() => checkRailNetwork(spoil(good())))?.key).toBe(key);
  });

  it('names the entry at fault', () => {
    const j = good();
    (j.nodes[2] as Record<string, unknown>).name = { zh: '', en: 'x' };
    expect(codeOf(() => checkRailNetwork(j))).toEqual({ key: 'accessError.badNode', params: { at: '#2 (stn-xinzhouxi)', field: 'name' } });
  });
});

describe('the committed network’s words', () => {
  it('are Chinese in zh and English in en (names, sources, claims, caveats), as the UI scan judges them', () => {
    const n = committedNetwork();
    const texts = [
      ...n.nodes.flatMap((x) => [x.name, ...(x.source ? [x.source] : [])]),
      ...n.lines.map((x) => x.name),
      ...n.edges.map((x) => x.source),
      ...(n.claims ?? []).flatMap((x) => [x.text, x.source]),
      ...(n.caveats ?? []),
    ];
    const leaks = texts.flatMap((t) => (['zh', 'en'] as const).flatMap((lang) => scanText(t[lang], lang).map((w) => `${lang}: ${w} ← ${t[lang]}`)));
    expect(leaks).toEqual([]);
  });
});
