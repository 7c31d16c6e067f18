/** What a layer's attribute holds, summed up for panels, filters and exports without the rows. */
export interface FieldSummary {
  name: string;
  type: 'number' | 'string' | 'boolean' | 'mixed' | 'empty';
  /** Rows with a value (not null). */
  count: number;
  min?: number;
  max?: number;
  /** Up to 20 distinct values, for a category picker; `distinctCapped` when there were more. */
  distinct?: string[];
  distinctCapped?: boolean;
}

const MAX_DISTINCT = 20;
const MAX_FIELDS = 200;

interface Acc {
  numbers: number;
  strings: number;
  booleans: number;
  min: number;
  max: number;
  distinct: Set<string>;
  capped: boolean;
}

/** Accumulates field summaries batch by batch (one pass, bounded memory). */
export class FieldStats {
  private fields = new Map<string, Acc>();

  add(properties: Record<string, unknown> | null | undefined): void {
    if (!properties) return;
    for (const key in properties) {
      const v = properties[key];
      let a = this.fields.get(key);
      if (!a) {
        if (this.fields.size >= MAX_FIELDS) continue;
        a = { numbers: 0, strings: 0, booleans: 0, min: Infinity, max: -Infinity, distinct: new Set(), capped: false };
        this.fields.set(key, a);
      }
      if (v === null || v === undefined) continue;
      if (typeof v === 'number') {
        a.numbers++;
        if (v < a.min) a.min = v;
        if (v > a.max) a.max = v;
      } else if (typeof v === 'boolean') a.booleans++;
      else a.strings++;
      if (!a.capped) {
        const s = String(v);
        if (!a.distinct.has(s)) {
          if (a.distinct.size >= MAX_DISTINCT) a.capped = true;
          else a.distinct.add(s.slice(0, 200));
        }
      }
    }
  }

  summary(): FieldSummary[] {
    return [...this.fields].map(([name, a]) => {
      const count = a.numbers + a.strings + a.booleans;
      const kinds = [a.numbers, a.strings, a.booleans].filter((n) => n > 0).length;
      const type: FieldSummary['type'] = count === 0 ? 'empty' : kinds > 1 ? 'mixed' : a.numbers ? 'number' : a.booleans ? 'boolean' : 'string';
      const out: FieldSummary = { name, type, count };
      if (a.numbers) Object.assign(out, { min: a.min, max: a.max });
      if (type !== 'number') Object.assign(out, { distinct: [...a.distinct], distinctCapped: a.capped });
      return out;
    });
  }
}
