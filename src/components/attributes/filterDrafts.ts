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

export function draftOf(c: FilterClause): Draft {
  const key = newKey();
  if (c.kind === 'category') return { key, kind: 'category', field: c.field, values: [...c.values] };
  if (c.kind === 'range') return { key, kind: 'range', field: c.field, min: c.min === undefined ? '' : String(c.min), max: c.max === undefined ? '' : String(c.max) };
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

export function readDraft(d: Draft): ReadDraft {
  if (d.kind === 'category') return d.values.length ? ok({ kind: 'category', field: d.field, values: [...d.values] }) : fail('attrErrNoneTicked');
  if (d.kind === 'range') {
    const min = readNumber(d.min);
    const max = readNumber(d.max);
    if (min === null) return fail('attrErrNumber', 'min');
    if (max === null) return fail('attrErrNumber', 'max');
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
