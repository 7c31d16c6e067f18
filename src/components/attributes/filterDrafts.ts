import type { Lang } from '../../lib/catalogue/types.ts';
import { amountText, readAmount } from '../../lib/filter/amountInput.ts';
import type { MessageKey } from '../../lib/i18n/messages.ts';
import { isDateBound, isReversed } from '../../lib/filter/dateBounds.ts';
import type { FilterClause } from '../../lib/filter/filterSpec.ts';

/**
 * A condition as the editor holds it while it is being written: the inputs' text as typed, so a
 * half-typed number is kept (and explained) rather than lost. `readDraft` says which clause it
 * makes, if any, and what is wrong otherwise.
 */
export type Draft =
  | { key: number; kind: 'category'; field: string; values: string[] }
  | { key: number; kind: 'range'; field: string; min: string; max: string }
  | { key: number; kind: 'date'; field: string; from: string; to: string };

export interface ReadDraft {
  clause: FilterClause | null;
  /** Why the condition does not filter yet; null when it does. */
  problem: MessageKey | null;
  /** The input the problem is about, for aria-invalid. */
  input: 'min' | 'max' | 'from' | 'to' | null;
}

let next = 0;
const newKey = (): number => ++next;

/**
 * How a range's boxes are read: plain numbers, or (`amount`) amounts of yuan typed in the
 * language's unit, 亿元 or ¥ bn (see readAmount).
 */
export type RangeInput = { amount: Lang } | null;

const numberText = (n: number | undefined, input: RangeInput): string => (n === undefined ? '' : input ? amountText(n, input.amount) : String(n));

export function draftOf(c: FilterClause, input: RangeInput = null): Draft {
  const key = newKey();
  if (c.kind === 'category') return { key, kind: 'category', field: c.field, values: [...c.values] };
  if (c.kind === 'range') return { key, kind: 'range', field: c.field, min: numberText(c.min, input), max: numberText(c.max, input) };
  return { key, kind: 'date', field: c.field, from: c.from ?? '', to: c.to ?? '' };
}

export function emptyDraft(kind: Draft['kind'], field: string): Draft {
  const key = newKey();
  if (kind === 'category') return { key, kind, field, values: [] };
  if (kind === 'range') return { key, kind, field, min: '', max: '' };
  return { key, kind, field, from: '', to: '' };
}

/** A number as people type it: thousands separators (also full-width) and spaces are allowed. */
export function readNumber(text: string): number | null | undefined {
  const s = text.replace(/[\s,，_]/g, '').replace(/^＋|^\+/, '').replace(/^－/, '-');
  if (s === '') return undefined;
  const n = Number(s);
  return /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s) && Number.isFinite(n) ? n : null;
}

const ok = (clause: FilterClause): ReadDraft => ({ clause, problem: null, input: null });
const fail = (problem: MessageKey, input: ReadDraft['input'] = null): ReadDraft => ({ clause: null, problem, input });

export function readDraft(d: Draft, input: RangeInput = null): ReadDraft {
  if (d.kind === 'category') return d.values.length ? ok({ kind: 'category', field: d.field, values: [...d.values] }) : fail('attrErrNoneTicked');
  if (d.kind === 'range') {
    const read = (text: string) => (input ? readAmount(text, input.amount) : readNumber(text));
    const min = read(d.min);
    const max = read(d.max);
    const problem = input ? 'attrErrAmount' : 'attrErrNumber';
    if (min === null) return fail(problem, 'min');
    if (max === null) return fail(problem, 'max');
    if (min === undefined && max === undefined) return fail('attrErrRangeEmpty');
    if (min !== undefined && max !== undefined && min > max) return fail('attrErrRangeReversed', 'min');
    return ok({ kind: 'range', field: d.field, ...(min === undefined ? {} : { min: min === 0 ? 0 : min }), ...(max === undefined ? {} : { max: max === 0 ? 0 : max }) });
  }
  const from = d.from.trim();
  const to = d.to.trim();
  if (from && !isDateBound(from)) return fail('attrErrMonth', 'from');
  if (to && !isDateBound(to)) return fail('attrErrMonth', 'to');
  if (!from && !to) return fail('attrErrDateEmpty');
  if (from && to && isReversed(from, to)) return fail('attrErrDateReversed', 'from');
  return ok({ kind: 'date', field: d.field, ...(from ? { from } : {}), ...(to ? { to } : {}) });
}

/** A range draft's boxes rewritten from one language's amount unit to another's (50 亿 → 5 bn), so a switch keeps its meaning. */
export function restateAmounts(d: Draft, from: Lang, to: Lang): Draft {
  if (d.kind !== 'range' || from === to) return d;
  const again = (text: string) => {
    const yuan = readAmount(text, from);
    // Text that is not an amount, or carries its own unit, means the same in both languages.
    return typeof yuan === 'number' && readAmount(text, to) !== yuan ? amountText(yuan, to) : text;
  };
  return { ...d, min: again(d.min), max: again(d.max) };
}

const sameClause = (a: FilterClause | null, b: FilterClause): boolean => a !== null && JSON.stringify(a) === JSON.stringify(b);

const isBlank = (d: Draft): boolean => (d.kind === 'category' ? d.values.length === 0 : d.kind === 'range' ? !d.min.trim() && !d.max.trim() : !d.from.trim() && !d.to.trim());

/**
 * The editor's drafts after the layer's filter was changed elsewhere (a chart's bar, a link):
 * a draft whose condition still applies stays as typed; one whose condition was taken away goes;
 * each condition added elsewhere gets a draft, in place of an untouched draft for the same field
 * if there is one, else at the end. Drafts still being written (no condition yet) stay, so
 * nothing typed is lost.
 */
export function followApplied(drafts: readonly Draft[], applied: readonly FilterClause[], read: (d: Draft) => FilterClause | null, make: (c: FilterClause) => Draft): Draft[] {
  const unclaimed = [...applied];
  const kept: Array<Draft | null> = drafts.map((d) => {
    const clause = read(d);
    if (clause === null) return d;
    const i = unclaimed.findIndex((c) => sameClause(clause, c));
    if (i < 0) return null;
    unclaimed.splice(i, 1);
    return d;
  });
  for (const c of unclaimed) {
    const i = kept.findIndex((d) => d !== null && read(d) === null && isBlank(d) && d.field === c.field && d.kind === c.kind);
    if (i >= 0) kept[i] = make(c);
    else kept.push(make(c));
  }
  return kept.filter((d): d is Draft => d !== null);
}
