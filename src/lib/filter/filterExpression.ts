import { dateInterval, PERIOD_END } from './dateBounds.ts';
import type { FilterClause, FilterSpec } from './filterSpec.ts';

/**
 * A MapLibre expression as plain JSON. Typed here rather than with maplibre-gl's types so this
 * module stays engine code (workers, Node); the map glue passes it on as a FilterSpecification.
 */
export type ExpressionJson = string | number | boolean | null | ExpressionJson[];
export type FilterExpression = [operator: string, ...args: ExpressionJson[]];

/** Feature properties as GeoJSON carries them; anything else fails every clause. */
export type Properties = Record<string, unknown> | null | undefined;

/**
 * The numbers a category clause's values stand for: a value written as a number's plain text
 * ('3', '1.5') also matches that number, so a filter on a numeric code column works.
 */
const numbersOf = (values: readonly string[]): number[] => values.filter((v) => v !== '' && String(Number(v)) === v).map(Number);
/** Likewise 'true' / 'false' match a yes/no property (a catalogue field such as industry_inferred). */
const booleansOf = (values: readonly string[]): boolean[] => values.filter((v) => v === 'true' || v === 'false').map((v) => v === 'true');

function clauseExpression(c: FilterClause): FilterExpression {
  const value: FilterExpression = ['get', c.field];
  // Each clause first checks the property's type: a comparison of mixed types is an error in
  // MapLibre, and an error would hide the feature only by accident.
  const isType = (t: string): FilterExpression => ['==', ['typeof', value], t];
  switch (c.kind) {
    case 'category': {
      const literal: ExpressionJson[] = [...c.values, ...numbersOf(c.values), ...booleansOf(c.values)];
      return ['match', ['typeof', value], ['string', 'number', 'boolean'], ['in', value, ['literal', literal]], false];
    }
    case 'range': {
      const parts: FilterExpression[] = [isType('number')];
      if (c.min !== undefined) parts.push(['>=', value, c.min]);
      if (c.max !== undefined) parts.push(['<=', value, c.max]);
      return ['all', ...parts];
    }
    case 'date': {
      const [lower, upper] = dateInterval(c.from, c.to);
      // `value + PERIOD_END` sorts after every day of the value's own period and before the next,
      // so a '2022' passes only a clause that takes in all of 2022 (see dateBounds.ts).
      return ['all', isType('string'), ['>=', value, lower], ['<', ['concat', value, PERIOD_END], upper]];
    }
  }
}

/** The filter as a MapLibre expression; null when it has no clauses (every feature passes). */
export function toMapLibreFilter(spec: FilterSpec): FilterExpression | null {
  if (spec.length === 0) return null;
  const clauses = spec.map(clauseExpression);
  return clauses.length === 1 ? (clauses[0] as FilterExpression) : ['all', ...clauses];
}

/**
 * A style layer's own filter (an expression, e.g. schematic or not) narrowed by the user's.
 * Either may be absent; undefined means "no filter" as it does in a style layer.
 */
export function combineFilters(existing: ExpressionJson[] | undefined, ours: FilterExpression | null): ExpressionJson[] | undefined {
  if (!ours) return existing;
  if (!existing) return ours;
  return ['all', existing, ours];
}

function matchesClause(properties: Record<string, unknown>, c: FilterClause): boolean {
  // Own properties only, as MapLibre's `get` reads them ('constructor' is not a property).
  const v = Object.hasOwn(properties, c.field) ? properties[c.field] : undefined;
  switch (c.kind) {
    case 'category':
      if (typeof v === 'string') return c.values.includes(v);
      if (typeof v === 'boolean') return c.values.includes(String(v));
      return typeof v === 'number' && Number.isFinite(v) && c.values.includes(String(v));
    case 'range':
      return typeof v === 'number' && (c.min === undefined || v >= c.min) && (c.max === undefined || v <= c.max);
    case 'date': {
      if (typeof v !== 'string') return false;
      const [lower, upper] = dateInterval(c.from, c.to);
      return v >= lower && v + PERIOD_END < upper;
    }
  }
}

/** The same test as `toMapLibreFilter`, in plain code: for queries, tables and site cards. */
export function matchesFilter(properties: Properties, spec: FilterSpec): boolean {
  const props = properties ?? {};
  return spec.every((c) => matchesClause(props, c));
}
