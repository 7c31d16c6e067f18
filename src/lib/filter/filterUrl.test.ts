import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFilter, type FilterClause, type FilterSpec } from './filterSpec.ts';
import { filterHashEntry, formatLayerFilter, parseLayerFilter } from './filterUrl.ts';

const projects: FilterSpec = [
  { kind: 'category', field: 'industry', values: ['新材料', '高端装备'] },
  { kind: 'range', field: 'investment', min: 1e9 },
  { kind: 'date', field: 'signed', from: '2022-06' },
];

/** What the app does with a hash: URLSearchParams reads it, as parseHash does. */
const readBack = (entry: string) => parseLayerFilter(new URLSearchParams(entry).get('f') ?? '');

describe('filter in the URL', () => {
  it('writes a readable entry', () => {
    expect(formatLayerFilter('projects', projects)).toBe('projects~industry:in:新材料,高端装备~investment:num:1000000000..~signed:date:2022-06..');
    expect(formatLayerFilter('projects', [{ kind: 'range', field: 'x', min: -1.5, max: 2 }])).toBe('projects~x:num:-1.5..2');
    expect(formatLayerFilter('projects', [{ kind: 'date', field: 'd', to: '2022-12-31' }])).toBe('projects~d:date:..2022-12-31');
    expect(formatLayerFilter('projects', [])).toBeNull();
  });

  it('escapes its own separators in names and values, and the hash’s in the entry', () => {
    const spec: FilterSpec = [{ kind: 'category', field: 'a:b~c', values: ['x,y', '100%', 'R&D', 'a+b', '#1', '!', 'two words', ''] }];
    const entry = filterHashEntry('user-1a2b', spec);
    expect(entry).toBe('f=user-1a2b~a!3Ab!7Ec:in:x!2Cy,100%25,R%26D,a%2Bb,%231,!21,two%20words,');
    expect(readBack(entry as string)).toEqual({ layer: 'user-1a2b', spec, problems: [] });
  });

  it('reads back whatever it writes (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '新', '!', '~', ',', ':', '.', '%', '&', '=', '+', '#', ' ', '2', '-'), maxLength: 8 });
    const num = fc.double({ noNaN: true, noDefaultInfinity: true });
    const date = fc.constantFrom('2022-06', '2022-06-30', '2021-01-01', '2023-12');
    const clause: fc.Arbitrary<FilterClause> = fc.oneof(
      fc.record({ kind: fc.constant('category' as const), field: text.filter((s) => s !== ''), values: fc.uniqueArray(text, { minLength: 1, maxLength: 4 }) }),
      fc.record({ kind: fc.constant('range' as const), field: text.filter((s) => s !== ''), min: num, max: num }, { requiredKeys: ['kind', 'field'] }),
      fc.record({ kind: fc.constant('date' as const), field: text.filter((s) => s !== ''), from: date, to: date }, { requiredKeys: ['kind', 'field'] }),
    );
    fc.assert(
      fc.property(fc.array(clause, { maxLength: 5 }), (raw) => {
        // Only valid filters are written; checkFilter is what a panel's filter passes through.
        const { spec } = checkFilter(raw);
        const entry = filterHashEntry('projects', spec);
        if (entry === null) expect(spec).toEqual([]);
        else expect(readBack(entry)).toEqual({ layer: 'projects', spec, problems: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('drops junk clauses with a coded problem and keeps the rest', () => {
    const { layer, spec, problems } = parseLayerFilter('projects~industry:in:新材料~investment:num:lots..~~signed:date:2022-13..~x:regex:.*~a:b~bad!zz:in:1~ok:num:..5');
    expect(layer).toBe('projects');
    expect(spec).toEqual([
      { kind: 'category', field: 'industry', values: ['新材料'] },
      { kind: 'range', field: 'ok', max: 5 },
    ]);
    expect(problems.map((p) => p.key).sort()).toEqual([
      'filterProblem.badClause', // empty clause
      'filterProblem.badClause', // a:b
      'filterProblem.badClause', // bad!zz
      'filterProblem.dateFormat',
      'filterProblem.rangeNotNumber',
      'filterProblem.unknownKind',
    ]);
    // Each problem names the clause as the link wrote it, counted from 1 after the layer id.
    expect(problems).toContainEqual({ key: 'filterProblem.dateFormat', params: { clause: 4, field: 'signed', value: '2022-13', text: 'signed:date:2022-13..' } });
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const r = parseLayerFilter(s);
        expect(checkFilter(r.spec)).toEqual({ spec: r.spec, problems: [] });
      }),
    );
    expect(parseLayerFilter('')).toMatchObject({ layer: null, spec: [] });
    expect(parseLayerFilter('a b~x:in:1').problems[0]?.key).toBe('filterProblem.badLayer');
    expect(parseLayerFilter('projects~x:num:..').problems[0]?.key).toBe('filterProblem.rangeEmpty');
  });
});
