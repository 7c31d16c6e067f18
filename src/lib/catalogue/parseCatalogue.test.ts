import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogueError, parseCatalogue } from './parseCatalogue.ts';

const good = () => ({
  groups: [{ id: 'zone', title: { zh: '规划', en: 'Plan' } }],
  layers: [
    {
      id: 'dayu', file: 'dayu.geojson', group: 'zone', geometry: 'Polygon', visible: true,
      title: { zh: '大盂', en: 'Dayu' }, source: 's', licence: 'l', accuracy: 'a', date: '2022',
    },
  ],
});

function problemsOf(input: unknown): string[] {
  try {
    parseCatalogue(input);
  } catch (e) {
    if (e instanceof CatalogueError) return e.problems;
    throw e;
  }
  return [];
}

describe('parseCatalogue', () => {
  it('accepts the shipped catalogue and every layer has a licence, source and accuracy', () => {
    const raw: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/catalogue.json'), 'utf8'));
    const c = parseCatalogue(raw);
    expect(c.layers.length).toBeGreaterThanOrEqual(15);
    expect(c.layers.map((l) => l.id)).toEqual(expect.arrayContaining(['parks', 'stations', 'dayu', 'xindong', 'xiongxin', 'water_supply']));
  });

  it('defaults visible to true', () => {
    const c = good();
    delete (c.layers[0] as { visible?: boolean }).visible;
    const parsed = parseCatalogue(c);
    expect(parsed.layers[0]).toMatchObject({ visible: true });
  });

  it.each([
    ['not an object', () => 42, /groups.*layers/],
    ['bad id', () => ({ ...good(), layers: [{ ...good().layers[0], id: 'Bad Id' }] }), /id must match/],
    ['duplicate id', () => ({ ...good(), layers: [good().layers[0], good().layers[0]] }), /duplicate id/],
    ['unknown group', () => ({ ...good(), layers: [{ ...good().layers[0], group: 'nope' }] }), /unknown group "nope"/],
    ['bad geometry', () => ({ ...good(), layers: [{ ...good().layers[0], geometry: 'Blob' }] }), /geometry must be/],
    ['missing English title', () => ({ ...good(), layers: [{ ...good().layers[0], title: { zh: '大盂' } }] }), /"zh" and "en"/],
    ['missing licence', () => ({ ...good(), layers: [{ ...good().layers[0], licence: '' }] }), /"licence" must be/],
    ['path in file', () => ({ ...good(), layers: [{ ...good().layers[0], file: '../etc/passwd' }] }), /plain name/],
  ])('rejects %s', (_name, make, message) => {
    expect(problemsOf(make()).join('\n')).toMatch(message);
  });

  it('reports every problem at once, naming the layer', () => {
    const problems = problemsOf({ ...good(), layers: [{ ...good().layers[0], source: '', licence: '' }] });
    expect(problems).toEqual(['layer dayu: "source" must be a non-empty string', 'layer dayu: "licence" must be a non-empty string']);
  });
});
