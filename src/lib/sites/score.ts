import { CRITERIA, type CriterionId, type Weights } from './criteria.ts';

export interface Contribution {
  criterion: CriterionId;
  value: number | null;
  /** 0–1 after normalising across the candidates; null where the site has no value. */
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

/**
 * Weighted score 0–100. Each criterion is normalised across the candidates (min–max; for
 * "nearer is better" the nearest scores 1, the farthest 0); when every candidate has the same
 * value — ties, or a single candidate — all score 1. A site without a value for a criterion
 * gets 0 for it (it cannot be credited with what the data does not show).
 * Score = 100 · Σ wᵢ·nᵢ / Σ wᵢ over criteria with weight > 0.
 */
export function scoreSites(sites: Array<{ id: string; values: Partial<Record<CriterionId, number | null>> }>, weights: Weights): Scored[] {
  const totalWeight = CRITERIA.reduce((s, c) => s + Math.max(0, weights[c.id] ?? 0), 0);
  const ranges = new Map(
    CRITERIA.map((c) => {
      const vs = sites.map((s) => s.values[c.id]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
      return [c.id, vs.length ? ([Math.min(...vs), Math.max(...vs)] as [number, number]) : null] as const;
    }),
  );
  return sites.map((site) => {
    const contributions = CRITERIA.map((c): Contribution => {
      const weight = Math.max(0, weights[c.id] ?? 0);
      const v = site.values[c.id];
      const range = ranges.get(c.id);
      let normalised: number | null = null;
      if (typeof v === 'number' && Number.isFinite(v) && range) {
        const [lo, hi] = range;
        normalised = hi === lo ? 1 : c.better === 'lower' ? (hi - v) / (hi - lo) : (v - lo) / (hi - lo);
      }
      const points = totalWeight > 0 ? (100 * weight * (normalised ?? 0)) / totalWeight : 0;
      return { criterion: c.id, value: typeof v === 'number' ? v : null, normalised, weight, points };
    });
    return { id: site.id, score: contributions.reduce((s, c) => s + c.points, 0), contributions };
  });
}

/** Best first; equal scores keep the candidates' order. */
export function rank(scored: Scored[]): Scored[] {
  return scored.map((s, i) => [s, i] as const).sort((a, b) => b[0].score - a[0].score || a[1] - b[1]).map(([s]) => s);
}
