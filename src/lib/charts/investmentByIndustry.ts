import type { ChartData } from './chartData.ts';
import { figureBasis } from './figureBasis.ts';
import { groupRows, textOf, type ValueWords, type Row } from './groupRows.ts';

/** Statuses of a project whose works have begun; any other (signed, planned, talks, unclear) is not under way. */
const UNDER_WAY: readonly string[] = ['under_construction', 'in_operation'];

/** True when the project's figure is money promised for works not yet begun. */
export const notUnderWay = (f: Row): boolean => !UNDER_WAY.includes(String(f.properties?.status));

/** A published investment in yuan, or null (absent, not a number, negative). */
export function investmentOf(f: Row): number | null {
  const v = f.properties?.investment_cny;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null;
}

/**
 * Published planned investment (yuan, not money spent) by industry over the given rows; a bar
 * holding figures of projects not yet under way is marked. A project without a published figure adds
 * nothing to its bar's sum but is counted as unpublished, so a bar of 0 never hides projects.
 * Bars run from the largest sum down; the industries' own order breaks ties.
 */
export function investmentByIndustry(rows: readonly Row[], industryWords: ValueWords, statusWords: ValueWords): ChartData {
  const order = Object.keys(industryWords);
  const bars = groupRows(
    rows,
    (f) => {
      const code = textOf(f.properties?.industry) ?? 'unknown';
      const yuan = investmentOf(f);
      const basis = yuan === null ? 'reported' : figureBasis(f.properties);
      return {
        key: code,
        label: industryWords[code] ?? { zh: code, en: code },
        clause: { kind: 'category', field: 'industry', values: [code] },
        value: yuan ?? 0,
        basis,
        unpublished: yuan === null,
        marks: [
          ...(basis === 'reported' ? [] : [basis]),
          ...(yuan !== null && yuan > 0 && notUnderWay(f) ? (['notUnderWay'] as const) : []),
          ...(f.properties?.industry_inferred === true ? (['inferredIndustry'] as const) : []),
        ],
      };
    },
    statusWords,
  );
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  bars.sort((a, b) => b.value - a.value || rank(a.key) - rank(b.key));
  return {
    id: 'investmentByIndustry',
    unit: 'yuan',
    bars,
    total: bars.reduce((s, b) => s + b.value, 0),
    rows: rows.length,
    unpublished: bars.reduce((s, b) => s + b.unpublished, 0),
  };
}
