import { describe, expect, it } from 'vitest';
import { english } from '../i18n/codedError.ts';
import type { Coded } from '../i18n/format.ts';
import { formatQuerySpec, parseQuerySpec } from './querySpecUrl.ts';
import type { QuerySpec } from './runQuery.ts';

const known = new Set(['parks', 'stations', 'xiongxin']);

describe('query spec in the URL', () => {
  it.each<QuerySpec>([
    { op: 'within', target: 'parks', source: { kind: 'layer', layer: 'stations' }, meters: 5000 },
    { op: 'along', target: 'parks', source: { kind: 'layer', layer: 'xiongxin' }, meters: 3000 },
    { op: 'nearest', target: 'stations', source: { kind: 'feature', layer: 'parks', id: 'park-zhongbei' }, k: 3 },
    { op: 'inside', target: 'stations', source: { kind: 'layer', layer: 'parks' } },
  ])('round-trips %j', (spec) => {
    const text = formatQuerySpec(spec);
    expect(text).not.toBeNull();
    expect(parseQuerySpec(text as string, known)).toEqual({ spec, problem: null });
  });

  it('writes the documented form', () => {
    expect(formatQuerySpec({ op: 'within', target: 'parks', source: { kind: 'layer', layer: 'stations' }, meters: 5000 })).toBe('within~parks~layer.stations~5000');
  });

  it('carries a drawn area or line, but no other geometry', () => {
    expect(formatQuerySpec({ op: 'inside', target: 'parks', source: { kind: 'geometry', geometry: { type: 'Point', coordinates: [1, 2] } } })).toBeNull();
    const area = { type: 'Polygon' as const, coordinates: [[[112.62, 38.2], [112.72, 38.2], [112.72, 38.28], [112.62, 38.2]]] };
    const text = formatQuerySpec({ op: 'inside', target: 'parks', source: { kind: 'geometry', geometry: area, id: 'drawn' } }) as string;
    expect(text).toMatch(/^inside~parks~geom\.p\.[0-9a-z_-]+~$/);
    expect(parseQuerySpec(text, new Set(['parks']))).toEqual({ spec: { op: 'inside', target: 'parks', source: { kind: 'geometry', geometry: area, id: 'drawn' } }, problem: null });
    expect(parseQuerySpec('inside~parks~geom.p.1_2', new Set(['parks']))).toMatchObject({ spec: null, problem: { key: 'linkQuery.shapeDamaged', params: {} } });
  });

  it.each([
    ['fly~parks~layer.stations~5000', /unknown operation/],
    ['within~nope~layer.stations~5000', /unknown target/],
    ['within~parks~layer.nope~5000', /unknown source/],
    ['within~parks~<img onerror=x>~5000', /source must be/],
    ['within~parks~layer.stations~-5', /distance out of range/],
    ['within~parks~layer.stations~', /needs a distance/],
    ['nearest~parks~layer.stations~~0', /k out of range/],
  ])('rejects %s', (text, why) => {
    const { spec, problem } = parseQuerySpec(text, known);
    expect(spec).toBeNull();
    expect(english(problem as Coded)).toMatch(why);
  });
});
