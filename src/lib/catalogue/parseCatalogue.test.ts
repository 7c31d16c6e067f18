import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogueError, parseCatalogue } from './parseCatalogue.ts';

const good = () => ({
  groups: [{ id: 'zone', title: { zh: '规划', en: 'Plan' } }],
  layers: [
    {
      id: 'dayu', file: 'dayu.geojson', group: 'zone', geometry: 'Polygon', visible: true,
      title: { zh: '大盂', en: 'Dayu' }, source: { zh: '来源', en: 's' }, licence: { zh: '许可', en: 'l' }, accuracy: { zh: '精度', en: 'a' }, date: { zh: '2022', en: '2022' },
      fields: {
        status: { label: { zh: '状态', en: 'Status' }, values: { existing: { zh: '已建成', en: 'Existing' } } },
        area_km2: { label: { zh: '面积', en: 'Area' }, unit: 'km²' },
        note: { label: { zh: '说明', en: 'Note' }, localized: true },
        investment_cny: { label: { zh: '投资额', en: 'Investment' }, format: 'yuan' },
        kind: { hidden: true },
      } as Record<string, unknown>,
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
    for (const l of c.layers) for (const k of ['source', 'licence', 'accuracy', 'date'] as const) expect(l[k].zh && l[k].en, `${l.id} ${k}`).toBeTruthy();
  });

  it('reads provenance in both languages and the field schema, a one-language unit written once', () => {
    const l = parseCatalogue(good()).layers[0];
    expect(l?.source).toEqual({ zh: '来源', en: 's' });
    expect(l?.fields).toEqual({
      status: { label: { zh: '状态', en: 'Status' }, values: { existing: { zh: '已建成', en: 'Existing' } } },
      area_km2: { label: { zh: '面积', en: 'Area' }, unit: { zh: 'km²', en: 'km²' } },
      note: { label: { zh: '说明', en: 'Note' }, localized: true },
      investment_cny: { label: { zh: '投资额', en: 'Investment' }, format: 'yuan' },
      kind: { label: { zh: '', en: '' }, hidden: true },
    });
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
    ['missing licence', () => ({ ...good(), layers: [{ ...good().layers[0], licence: '' }] }), /"licence" with non-empty/],
    ['English-only source', () => ({ ...good(), layers: [{ ...good().layers[0], source: 'only English' }] }), /"source" with non-empty "zh" and "en"/],
    ['a field without a label', () => ({ ...good(), layers: [{ ...good().layers[0], fields: { status: { values: {} } } }] }), /field "status": needs a "label"/],
    ['a value without English', () => ({ ...good(), layers: [{ ...good().layers[0], fields: { status: { label: { zh: '状态', en: 'Status' }, values: { existing: { zh: '已建成' } } } } }] }), /value "existing"/],
    ['a misspelt field key', () => ({ ...good(), layers: [{ ...good().layers[0], fields: { kind: { hiden: true } } }] }), /unknown key "hiden"/],
    ['an unknown number format', () => ({ ...good(), layers: [{ ...good().layers[0], fields: { cost: { label: { zh: '费用', en: 'Cost' }, format: 'usd' } } }] }), /"format" must be one of yuan/],
    ['path in file', () => ({ ...good(), layers: [{ ...good().layers[0], file: '../etc/passwd' }] }), /plain name/],
  ])('rejects %s', (_name, make, message) => {
    expect(problemsOf(make()).join('\n')).toMatch(message);
  });

  it('reports every problem at once, naming the layer', () => {
    const problems = problemsOf({ ...good(), layers: [{ ...good().layers[0], source: '', licence: '' }] });
    expect(problems).toEqual(['layer dayu: needs a "source" with non-empty "zh" and "en"', 'layer dayu: needs a "licence" with non-empty "zh" and "en"']);
  });
});
