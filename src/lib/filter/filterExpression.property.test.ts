/**
 * Property test: for random features and random filters, MapLibre's own evaluator run on the
 * generated expression, `matchesFilter`, and a brute-force filter written here from the
 * clauses' meaning (dates parsed to day numbers, not compared as text) all keep the same features.
 */
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesFilter, toMapLibreFilter } from './filterExpression.ts';
import type { FilterClause, FilterSpec } from './filterSpec.ts';

const TEXT = ['新材料', '高端装备', 'a', '', '3', '1.5', '03', 'x,y', 'constructor', 'true', 'false'];
const FIELDS = ['industry', 'investment', 'signed', 'constructor'];

const pad = (n: number, w: number) => String(n).padStart(w, '0');
// Few years and the edges of months and years, so bounds and values often meet.
const year = fc.integer({ min: 2021, max: 2023 });
const month = fc.constantFrom(1, 2, 6, 7, 12);
const anyDay = fc.integer({ min: 0, max: 3 * 365 }).map((n) => new Date(Date.UTC(2021, 0, 1 + n)).toISOString().slice(0, 10));
const edgeDay = fc.tuple(year, month, fc.constantFrom(0, 1)).map(([y, m, first]) => new Date(Date.UTC(y, first ? m - 1 : m, first)).toISOString().slice(0, 10));
const dayBound = fc.oneof(anyDay, edgeDay);
const monthBound = fc.tuple(year, month).map(([y, m]) => `${y}-${pad(m, 2)}`);
// What a date property holds in data: a year, a month, a day or a date-time.
const dateValue = fc.oneof(year.map(String), monthBound, dayBound, dayBound.map((d) => `${d}T08:30:00+08:00`));

const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...TEXT),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom(0, -0, 1.5, 3, 1e9, 2.5e9, -1),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  dateValue,
  fc.constantFrom(null, true, false, [1], { a: 1 }),
);
// Each column mostly holds its own kind of value, sometimes anything (imported data is messy).
const column = (own: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: own, weight: 3 }, { arbitrary: value, weight: 1 });
const properties = fc.record(
  {
    industry: column(fc.oneof(fc.constantFrom(...TEXT), fc.boolean())),
    investment: column(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(1.5, 1e9, 2.5e9))),
    // Dates, or values that are plainly not dates (see the note on date clauses below).
    signed: fc.oneof({ arbitrary: dateValue, weight: 3 }, { arbitrary: fc.constantFrom('新材料', 'a', '', null, 3, 2022, true, [1]), weight: 1 }),
    constructor: value,
  },
  { requiredKeys: [] },
);

const bound = fc.option(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(1.5, 1e9, 0)), { nil: undefined });
const clause: fc.Arbitrary<FilterClause> = fc.oneof(
  fc.record({ kind: fc.constant('category' as const), field: fc.constantFrom(...FIELDS), values: fc.uniqueArray(fc.constantFrom(...TEXT), { minLength: 1, maxLength: 4 }) }),
  fc.tuple(fc.constantFrom(...FIELDS), bound, bound).map(([field, a, b]): FilterClause => {
    const [min, max] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
    return { kind: 'range', field, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
  }),
  // Date clauses go on the date column: the engine compares ISO text and does not check that a
  // text value is a date (see dateBounds.ts), so text such as '3' is only ordered, not read.
  fc
    .tuple(fc.option(fc.oneof(monthBound, dayBound), { nil: undefined }), fc.option(fc.oneof(monthBound, dayBound), { nil: undefined }))
    .filter(([from, to]) => from !== undefined || to !== undefined)
    .map(([from, to]): FilterClause => ({
    kind: 'date',
    field: 'signed',
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  })),
);
const spec = fc.array(clause, { maxLength: 4 });

/** Days since year 0 of the first day a date string names; null when it is not an ISO date. */
function firstDay(s: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T.*)?)?)?$/.exec(s);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)) / 864e5;
}
function lastDay(bound: string): number {
  const [y, m, d] = bound.split('-').map(Number) as [number, number, number | undefined];
  return d === undefined ? Date.UTC(y, m, 0) / 864e5 : Date.UTC(y, m - 1, d) / 864e5;
}

/** The last day of the period a date value names: its year, its month, or the day itself. */
function lastDayOfValue(v: string): number {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(v);
  return day ? (firstDay(day[0]) as number) : lastDay(v.length === 4 ? `${v}-12` : v);
}

function brute(props: Record<string, unknown>, s: FilterSpec): boolean {
  for (const c of s) {
    const v = Object.keys(props).includes(c.field) ? props[c.field] : undefined;
    if (c.kind === 'category') {
      const ok =
        typeof v === 'string'
          ? c.values.indexOf(v) >= 0
          : typeof v === 'boolean'
            ? c.values.indexOf(v ? 'true' : 'false') >= 0
            : typeof v === 'number' && c.values.some((t) => t.trim() !== '' && Number(t) === v && `${Number(t)}` === t);
      if (!ok) return false;
    } else if (c.kind === 'range') {
      if (typeof v !== 'number' || (c.min !== undefined && v < c.min) || (c.max !== undefined && v > c.max)) return false;
    } else {
      // A value is a period (a year, a month, a day): all of it must lie within the clause.
      const dayNo = typeof v === 'string' ? firstDay(v) : null;
      if (dayNo === null || typeof v !== 'string') return false;
      if (c.from !== undefined && dayNo < (firstDay(c.from) as number)) return false;
      if (c.to !== undefined && lastDayOfValue(v) > lastDay(c.to)) return false;
    }
  }
  return true;
}

function maplibre(props: Record<string, unknown>, s: FilterSpec): boolean {
  const expr = toMapLibreFilter(s);
  if (!expr) return true;
  const compiled = featureFilter(expr as unknown as FilterSpecification, 'filter');
  return compiled.filter({ zoom: 10 }, { type: 1, properties: props, geometry: [] });
}

describe('filter expression against MapLibre and brute force', () => {
  it('MapLibre, matchesFilter and the brute force keep the same features', () => {
    // Counted per clause kind, so a generator that never lets a feature through is caught.
    const kept = { category: 0, range: 0, date: 0 };
    fc.assert(
      fc.property(fc.array(properties, { maxLength: 12 }), spec, (features, s) => {
        for (const props of features) {
          const ours = matchesFilter(props, s);
          expect(ours).toBe(brute(props, s));
          expect(maplibre(props, s)).toBe(ours);
          if (ours && s.length === 1) kept[(s[0] as FilterClause).kind]++;
        }
      }),
      // A single category clause lets a feature through in about one run in sixty: at 600 runs the
      // guard below sometimes saw only five (CI, 2026-11-27); at 2,000 it sees about thirty.
      { numRuns: 2000 },
    );
    expect(Math.min(kept.category, kept.range, kept.date)).toBeGreaterThan(5);
  });
});
