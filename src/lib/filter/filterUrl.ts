import type { Coded } from '../i18n/format.ts';
import { checkFilter, filterProblem, type FilterClause, type FilterSpec } from './filterSpec.ts';

/**
 * A layer's filter in the URL hash, one `f=` entry per filtered layer, in the style of `q=`:
 *
 *   f=projects~industry:in:new_materials,high_end_equipment~investment_cny:num:1000000000..~date:date:2022-06..
 *
 * The layer id comes first, then one clause per `~`: `field:kind:args`, where kind is `in`
 * (values joined by `,`), `num` (`min..max`) or `date` (`from..to`); either end of a range may
 * be empty. Field names and values are free text (imported columns), so the four characters the
 * format uses, `! ~ , :`, are written `!21 !7E !2C !3A`. `!` was chosen as the escape because
 * URLSearchParams leaves it alone (a `%` escape would be undone once by the hash reader).
 * Category values are the data's codes (new_materials), not their words; a link that names the
 * words is mended, or the value dropped, once the layer's fields are known (fitFilter).
 */

export const FILTER_KEY = 'f';

const ESCAPED = /[!~,:]/g;
export const escapeText = (s: string): string => s.replace(ESCAPED, (c) => `!${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
const ESCAPE = /!([0-9A-Fa-f]{2})/g;
/** Null when a `!` is not one of the four escapes: a damaged link, not a value to guess at. */
export function unescapeText(s: string): string | null {
  if (/!(?![0-9A-Fa-f]{2})/.test(s)) return null;
  let damaged = false;
  const out = s.replace(ESCAPE, (_, hex: string) => {
    const c = String.fromCharCode(parseInt(hex, 16));
    if (!'!~,:'.includes(c)) damaged = true;
    return c;
  });
  return damaged ? null : out;
}

const KIND_CODE = { category: 'in', range: 'num', date: 'date' } as const;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function formatClause(c: FilterClause): string {
  const args =
    c.kind === 'category'
      ? c.values.map(escapeText).join(',')
      : c.kind === 'range'
        ? `${c.min === undefined ? '' : String(c.min)}..${c.max === undefined ? '' : String(c.max)}`
        : `${c.from ?? ''}..${c.to ?? ''}`;
  return `${escapeText(c.field)}:${KIND_CODE[c.kind]}:${args}`;
}

/**
 * The `f=` value for a layer's filter, as URLSearchParams would read it back; null for an empty
 * filter (the entry is left out). Use `filterHashEntry` to write it into a hash.
 */
export function formatLayerFilter(layer: string, spec: FilterSpec): string | null {
  if (spec.length === 0) return null;
  return [layer, ...spec.map(formatClause)].join('~');
}

/**
 * `f=<value>` ready to join into the hash with `&`: only the characters that would end or
 * change the entry (`% & = + #`, spaces, controls) are percent-encoded, so Chinese values stay
 * readable in the address bar.
 */
export function filterHashEntry(layer: string, spec: FilterSpec): string | null {
  const value = formatLayerFilter(layer, spec);
  return value === null ? null : `${FILTER_KEY}=${value.replace(/[%&=+#\s\p{Cc}]/gu, (c) => encodeURIComponent(c))}`;
}

function parseClause(text: string): { clause: unknown } | null {
  const parts = text.split(':');
  if (parts.length !== 3) return null;
  const [rawField, kind, args] = parts as [string, string, string];
  const field = unescapeText(rawField);
  if (field === null) return null;
  if (kind !== 'in' && kind !== 'num' && kind !== 'date') return { clause: { kind, field } };
  if (kind === 'in') {
    const values = args.split(',').map(unescapeText);
    if (values.some((v) => v === null)) return null;
    return { clause: { kind: 'category', field, values } };
  }
  const ends = args.split('..');
  if (ends.length !== 2) return null;
  const [a, b] = ends as [string, string];
  if (kind === 'num') {
    if ((a && !NUMBER.test(a)) || (b && !NUMBER.test(b))) return { clause: { kind: 'range', field, min: Number.NaN } };
    return { clause: { kind: 'range', field, ...(a ? { min: Number(a) } : {}), ...(b ? { max: Number(b) } : {}) } };
  }
  return { clause: { kind: 'date', field, ...(a ? { from: a } : {}), ...(b ? { to: b } : {}) } };
}

export interface ParsedLayerFilter {
  /** Null when the entry names no layer id. */
  layer: string | null;
  spec: FilterSpec;
  problems: Coded[];
}

export const LAYER_ID = /^[\w.-]{1,120}$/;

/**
 * Reads an `f=` value (as URLSearchParams gives it). Never throws: each unreadable clause is
 * dropped with a coded problem (filterProblem.*) and the rest are kept. Whether the layer exists
 * is the caller's question, as for `q=`.
 */
export function parseLayerFilter(value: string): ParsedLayerFilter {
  const [layer = '', ...clauses] = value.split('~');
  if (!LAYER_ID.test(layer)) return { layer: null, spec: [], problems: [filterProblem('badLayer', { value: layer })] };
  const problems: Coded[] = [];
  const valid: FilterClause[] = [];
  clauses.forEach((text, i) => {
    const parsed = parseClause(text);
    // Each clause is checked alone so that its problem names the clause as the link wrote it.
    const checked = parsed ? checkFilter([parsed.clause]) : { spec: [], problems: [filterProblem('badClause')] };
    valid.push(...checked.spec);
    for (const p of checked.problems) problems.push({ key: p.key, params: { ...p.params, clause: i + 1, text } });
  });
  const checked = checkFilter(valid);
  return { layer, spec: checked.spec, problems: [...problems, ...checked.problems] };
}
