import { CRITERIA, type Criterion, type CriterionId, type Weights } from './criteria.ts';

/**
 * absolute: each value through its criterion's stated thresholds (criteria.ts), so adding or
 * removing a site changes no other site's score. relative: min–max over the candidates shown
 * (the nearest scores 1, the farthest 0) — it spreads sites that the thresholds score alike.
 */
export type ScoreMode = 'absolute' | 'relative';
export const SCORE_MODES: readonly ScoreMode[] = ['absolute', 'relative'];

export interface Contribution {
  criterion: CriterionId;
  value: number | null;
  /** 0–1: the value through the thresholds (or the candidates' range, relative); null where the site has no value. */
  normalised: number | null;
  weight: number;
  /** Share of the 0–100 score this criterion gave. */
  points: number;
}

export interface Scored {
  id: string;
  score: number;
  contributions: Contribution[];
}

/** A value on the 0–1 scale of its criterion's thresholds: `full` or better 1, `zero` or worse 0, linear between. */
export function thresholdScore(c: Pick<Criterion, 'full' | 'zero'>, v: number): number {
  if (c.full === c.zero) return v === c.full ? 1 : 0;
  return Math.min(1, Math.max(0, (v - c.zero) / (c.full - c.zero)));
}

type Site = { id: string; values: Partial<Record<CriterionId, number | null>> };
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Each criterion's min–max over the candidates: the relative view's scale. */
function ranges(sites: Site[]): Map<CriterionId, [number, number] | null> {
  return new Map(
    CRITERIA.map((c) => {
      const vs = sites.map((s) => s.values[c.id]).filter(finite);
      return [c.id, vs.length ? ([Math.min(...vs), Math.max(...vs)] as [number, number]) : null] as const;
    }),
  );
}

/**
 * Weighted score 0–100 = 100 · Σ wᵢ·nᵢ / Σ wᵢ over criteria with weight > 0, nᵢ as `mode` says.
 * Relative: when every candidate has the same value — ties, or a single candidate — all score 1.
 * A site without a value for a criterion gets 0 for it (it cannot be credited with what the data
 * does not show).
 */
export function scoreSites(sites: Site[], weights: Weights, mode: ScoreMode = 'absolute'): Scored[] {
  const totalWeight = CRITERIA.reduce((s, c) => s + Math.max(0, weights[c.id] ?? 0), 0);
  const range = mode === 'relative' ? ranges(sites) : null;
  return sites.map((site) => {
    const contributions = CRITERIA.map((c): Contribution => {
      const weight = Math.max(0, weights[c.id] ?? 0);
      const v = site.values[c.id];
      let normalised: number | null = null;
      if (finite(v)) {
        if (!range) normalised = thresholdScore(c, v);
        else {
          const r = range.get(c.id);
          if (r) normalised = r[1] === r[0] ? 1 : c.better === 'lower' ? (r[1] - v) / (r[1] - r[0]) : (v - r[0]) / (r[1] - r[0]);
        }
      }
      const points = totalWeight > 0 ? (100 * weight * (normalised ?? 0)) / totalWeight : 0;
      return { criterion: c.id, value: finite(v) ? v : null, normalised, weight, points };
    });
    return { id: site.id, score: contributions.reduce((s, c) => s + c.points, 0), contributions };
  });
}

/** Best first; equal scores keep the candidates' order. */
export function rank(scored: Scored[]): Scored[] {
  return scored.map((s, i) => [s, i] as const).sort((a, b) => b[0].score - a[0].score || a[1] - b[1]).map(([s]) => s);
}
