import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english } from '../i18n/codedError.ts';
import type { Coded } from '../i18n/format.ts';
import { ID as BRIEFING_ID } from '../briefing/schema.ts';
import type { QuerySpec } from '../query/runQuery.ts';
import { CRITERIA, PRESETS, WEIGHT_MAX, type Weights } from '../sites/criteria.ts';
import type { ColourBy } from '../filter/colourBy.ts';
import type { FilterClause } from '../filter/filterSpec.ts';
import { DESTINATIONS } from '../access/types.ts';
import type { AccessLink } from './accessUrl.ts';
import { DEFAULT_CAMERA, defaultAppHash, formatAppHash, parseAppHash, type AppHash } from './appHash.ts';

const layerId = fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/);
const featureId = fc.stringMatching(/^[\w.-]{1,20}$/);
const siteId = fc.stringMatching(/^[\w.-]{1,80}$/);

function queryOf(layers: string[]): fc.Arbitrary<QuerySpec> {
  const layer = fc.constantFrom(...layers);
  const source = fc.oneof(
    layer.map((l): QuerySpec['source'] => ({ kind: 'layer', layer: l })),
    fc.tuple(layer, featureId).map(([l, id]): QuerySpec['source'] => ({ kind: 'feature', layer: l, id })),
  );
  const meters = fc.double({ min: 0, max: 1e7, noNaN: true });
  return fc.oneof(
    fc.record({ op: fc.constantFrom('within' as const, 'along' as const), target: layer, source, meters }),
    fc.record({ op: fc.constant('inside' as const), target: layer, source, meters: fc.option(meters, { nil: undefined }) }),
    fc.record({ op: fc.constant('nearest' as const), target: layer, source, meters: fc.option(meters, { nil: undefined }), k: fc.option(fc.integer({ min: 2, max: 1000 }), { nil: undefined }) }),
  ).map((q): QuerySpec => {
    // Absent optional fields are left out, as parseQuerySpec leaves them out.
    const spec: QuerySpec = { op: q.op, target: q.target, source: q.source };
    if (q.meters !== undefined) spec.meters = q.meters;
    if ('k' in q && q.k !== undefined) spec.k = q.k;
    return spec;
  });
}

const weights: fc.Arbitrary<Weights> = fc
  .array(fc.integer({ min: 0, max: WEIGHT_MAX }), { minLength: CRITERIA.length, maxLength: CRITERIA.length })
  .map((ns) => Object.fromEntries(CRITERIA.map((c, i) => [c.id, ns[i]])) as Weights);

const text = fc.string({ unit: fc.constantFrom('a', '新', '!', '~', ',', ':', '%', '&', '=', ' '), minLength: 1, maxLength: 6 });
const clause: fc.Arbitrary<FilterClause> = fc.oneof(
  fc.record({ kind: fc.constant('category' as const), field: text, values: fc.uniqueArray(text, { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('range' as const), field: text, min: fc.integer({ min: -5, max: 0 }), max: fc.integer({ min: 0, max: 1e9 }) }),
  fc.record({ kind: fc.constant('date' as const), field: text, from: fc.constantFrom('2022-06', '2021-01-31') }),
);
const colour: fc.Arbitrary<ColourBy> = fc.oneof(
  fc.record({ field: text, mode: fc.constant('category' as const) }),
  fc.record({ field: text, mode: fc.constantFrom('quantile' as const, 'jenks' as const), classes: fc.integer({ min: 3, max: 7 }) }),
);
/** Entries for distinct layers among the known ones and an imported one. */
const perLayer = <T>(known: string[], value: fc.Arbitrary<T>): fc.Arbitrary<Array<[string, T]>> =>
  fc.uniqueArray(fc.constantFrom(...known, 'u_1a2b'), { maxLength: 3 }).chain((ids) => fc.tuple(...ids.map((id) => value.map((v): [string, T] => [id, v]))));

/** A travel-time map and assumptions within the form's ranges, at the precision a link keeps. */
const access: fc.Arbitrary<AccessLink> = fc.record({
  map: fc.option(fc.record({ to: fc.constantFrom(...DESTINATIONS), view: fc.constantFrom('time' as const, 'saved' as const) }), { nil: null }),
  assumptions: fc.record({
    speedKmh: fc.integer({ min: 500, max: 12000 }).map((x) => x / 100),
    detour: fc.integer({ min: 100, max: 300 }).map((x) => x / 100),
    k: fc.integer({ min: 1, max: 10 }),
    transferMinutes: fc.integer({ min: 0, max: 120 }),
    scenario: fc.oneof(
      fc.constantFrom({ year: '2022' as const }, { year: '2027' as const }),
      fc.uniqueArray(fc.constantFrom('daxi', 'xiongxin', 'shitai', 'beijing-link'), { maxLength: 4 }).map((custom) => ({ custom })),
    ),
  }),
});

/** A valid state together with the catalogue its layer ids come from. */
const appHash: fc.Arbitrary<{ known: string[]; state: AppHash }> = fc.uniqueArray(layerId, { minLength: 1, maxLength: 8 }).chain((known) =>
  fc
    .record({
      camera: fc.record({
        center: fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true })),
        zoom: fc.double({ min: 0, max: 22, noNaN: true }),
        bearing: fc.double({ min: -360, max: 360, noNaN: true }),
        pitch: fc.double({ min: 0, max: 85, noNaN: true }),
      }),
      layers: fc.option(fc.subarray(known), { nil: null }),
      lang: fc.constantFrom('zh' as const, 'en' as const),
      theme: fc.constantFrom('light' as const, 'contrast' as const),
      query: fc.option(queryOf(known), { nil: null }),
      compare: fc.uniqueArray(siteId, { maxLength: 4 }),
      weights,
      briefing: fc.option(fc.record({ id: fc.stringMatching(BRIEFING_ID), scene: fc.integer({ min: 1, max: 999 }) }), { nil: null }),
      filters: perLayer(known, fc.array(clause, { minLength: 1, maxLength: 3 })),
      colours: perLayer(known, colour),
      access,
    })
    .map((state) => ({ known, state })),
);

/** Equal at the precision the hash keeps: `digits` decimals, rounded. */
const near = (a: number | undefined, b: number | undefined, digits: number): boolean =>
  a === b || (a !== undefined && b !== undefined && Math.abs(a - b) <= 0.5 * 10 ** -digits + 1e-9);

describe('formatAppHash → parseAppHash', () => {
  it('gives back any valid state, with no problems', () => {
    fc.assert(
      fc.property(appHash, ({ known, state }) => {
        const { state: back, problems } = parseAppHash(formatAppHash(state), { layers: new Set(known) });
        expect(problems).toEqual([]);
        const { camera, layers, query, ...rest } = back;
        expect(rest).toEqual({ lang: state.lang, theme: state.theme, compare: state.compare, weights: state.weights, briefing: state.briefing, filters: state.filters, colours: state.colours, access: state.access });
        expect(layers && [...layers].sort()).toEqual(state.layers && [...state.layers].sort());
        expect(near(camera.zoom, state.camera.zoom, 2)).toBe(true);
        expect(near(camera.center[0], state.camera.center[0], 5)).toBe(true);
        expect(near(camera.center[1], state.camera.center[1], 5)).toBe(true);
        expect(near(camera.bearing, state.camera.bearing, 1)).toBe(true);
        expect(near(camera.pitch, state.camera.pitch, 1)).toBe(true);
        if (state.query === null) expect(query).toBeNull();
        else {
          const { meters, ...q } = state.query;
          expect(query).toMatchObject(q);
          expect(near(query?.meters, meters, 3)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseAppHash', () => {
  const known = { layers: new Set(['dayu', 'parks', 'stations', 'towns']) };
  const good: AppHash = {
    camera: { center: [112.7, 38.2], zoom: 10, bearing: 30, pitch: 45 },
    layers: ['dayu', 'stations'],
    lang: 'en',
    theme: 'contrast',
    query: { op: 'within', target: 'parks', source: { kind: 'layer', layer: 'stations' }, meters: 5000 },
    compare: ['park-zhongbei', 'dayu-core'],
    weights: PRESETS.logistics.weights,
    briefing: { id: 'zone-overview', scene: 4 },
    filters: [['parks', [{ kind: 'category', field: 'industry', values: ['新材料', '高端装备'] }, { kind: 'range', field: 'area', min: 10 }]]],
    colours: [['stations', { field: 'status', mode: 'category' }], ['u_1a2b', { field: 'pop', mode: 'jenks', classes: 5 }]],
    access: { map: { to: 'xiongan', view: 'saved' }, assumptions: { speedKmh: 60, detour: 1.2, k: 3, transferMinutes: 15, scenario: { year: '2027' } } },
  };
  const defaults = defaultAppHash();

  it('reads a full hash', () => {
    expect(formatAppHash(good)).toBe(
      '#map=10/38.2/112.7/30/45&layers=dayu,stations&lang=en&style=contrast&briefing=zone-overview&scene=4&q=within~parks~layer.stations~5000&sites=park-zhongbei,dayu-core&w=3.4.4.0.2.1.1.1.0' +
        '&f=parks~industry:in:新材料,高端装备~area:num:10..&c=stations~status:category&c=u_1a2b~pop:jenks:5&acc=xiongan~2027~saved~v60~d1.2',
    );
    expect(parseAppHash(formatAppHash(good), known)).toEqual({ state: good, problems: [] });
  });

  it('carries the site scoring mode and the rail-time target (sc=), and leaves the defaults out', () => {
    const scoring = { mode: 'relative' as const, target: { to: 'beijing' as const, year: '2022' as const } };
    const hash = formatAppHash({ ...defaults, scoring });
    expect(hash).toContain('sc=relative~beijing-2022');
    expect(parseAppHash(hash, known)).toEqual({ state: { ...defaults, scoring }, problems: [] });
    expect(formatAppHash({ ...defaults, scoring: { mode: 'absolute', target: { to: 'xiongan', year: '2027' } } })).not.toContain('sc=');
    const bad = parseAppHash(`${formatAppHash(defaults)}&sc=paris-2027`, known);
    expect(bad.problems.map((p) => english(p))).toEqual(['scoring "paris-2027" is not valid']);
  });

  it('gives the defaults, without a notice, for an empty hash', () => {
    expect(parseAppHash('', known)).toEqual({ state: defaults, problems: [] });
    expect(parseAppHash('#', known)).toEqual({ state: defaults, problems: [] });
    expect(defaults.camera).toEqual(DEFAULT_CAMERA);
  });

  it.each<[key: string, junk: string, message: RegExp, fallback: Partial<AppHash>]>([
    ['map', 'NaN/<script>/alert(1)', /map view/, { camera: DEFAULT_CAMERA }],
    ['layers', '<img src=x onerror=alert(1)>', /unknown layer/, { layers: null }],
    ['lang', 'fr', /language/, { lang: 'zh' }],
    ['style', 'neon', /style/, { theme: 'light' }],
    ['q', 'within~nope~layer.stations~5000', /query/, { query: null }],
    ['sites', '<script>', /sites/, { compare: [] }],
    ['sites', 'dayu-core,<b>', /sites/, { compare: [] }],
    ['w', 'x', /weights/, { weights: defaults.weights }],
    ['w', '9.9.9.9.9.9.9.9', /weights/, { weights: defaults.weights }],
    ['briefing', '../secrets', /briefing/, { briefing: null }],
    ['scene', 'abc', /scene/, { briefing: { id: 'zone-overview', scene: 1 } }],
    ['scene', '-2', /scene/, { briefing: { id: 'zone-overview', scene: 1 } }],
    ['f', 'nope~industry:in:新材料', /filter: unknown layer "nope"/, { filters: [] }],
    ['f', '<script>', /filter: unknown layer/, { filters: [] }],
    ['f', 'parks~industry:within:x', /filter on layer parks: condition 1: unknown kind/, { filters: [] }],
    ['f', 'parks~area:num:9..1', /filter on layer parks: condition 1 \(area\): the minimum 9 is above the maximum 1/, { filters: [] }],
    // set() replaces both of the link's c= entries with the junk one.
    ['c', 'stations~status:rainbow', /colour "stations~status:rainbow"/, { colours: [] }],
    ['c', 'nope~status:category', /colour: unknown layer "nope"/, { colours: [] }],
  ])('%s=%s: a problem for that part, its default, and the rest intact', (key, junk, message, fallback) => {
    const params = new URLSearchParams(formatAppHash(good).slice(1));
    params.set(key, junk);
    const { state, problems } = parseAppHash(`#${params.toString()}`, known);
    expect(problems).toHaveLength(1);
    expect(english(problems[0] as Coded)).toMatch(message);
    expect(problems[0]?.key).toMatch(/^linkProblem\./);
    expect(state).toEqual({ ...good, ...fallback });
  });

  it('keeps the readable conditions of a filter whose other conditions are broken', () => {
    const { state, problems } = parseAppHash('#f=parks~industry:in:新材料~area:num:x..~date:date:2022-13..', known);
    expect(state.filters).toEqual([['parks', [{ kind: 'category', field: 'industry', values: ['新材料'] }]]]);
    expect(problems.map(english)).toEqual([
      'filter on layer parks: condition 2 (area): the range is not numbers',
      'filter on layer parks: condition 3 (date): "2022-13" is not a date as YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('keeps the known layers of a list that also names unknown ones', () => {
    const { state, problems } = parseAppHash('#layers=dayu,nope', known);
    expect(state.layers).toEqual(['dayu']);
    expect(problems).toEqual([{ key: 'linkProblem.layers', params: { ids: 'nope' } }]);
    expect(problems.map(english)).toEqual(['unknown layer(s): nope']);
  });

  it('compares the first four sites of a longer list, and says so', () => {
    const { state, problems } = parseAppHash('#sites=a,b,c,d,e', known);
    expect(state.compare).toEqual(['a', 'b', 'c', 'd']);
    expect(problems.map(english)).toEqual(['sites: only the first 4 of 5 are compared']);
  });

  it('ignores a scene number without a briefing', () => {
    expect(parseAppHash('#scene=3', known)).toEqual({ state: defaults, problems: [] });
  });

  it('leaves out a query from a point geometry, which links do not carry (drawn areas and lines they do)', () => {
    const drawn: AppHash = { ...defaults, query: { op: 'inside', target: 'parks', source: { kind: 'geometry', geometry: { type: 'Point', coordinates: [112, 38] } } } };
    expect(formatAppHash(drawn)).not.toContain('q=');
  });
});
