import { describe, expect, it } from 'vitest';
import type { Weights } from './criteria.ts';
import { rank, scoreSites } from './score.ts';

const zero: Weights = { hsr: 0, rail: 0, airport: 0, water: 0, taiyuan: 0, xinzhou: 0, area: 0, parks10: 0 };

describe('scoreSites', () => {
  // Worked by hand: weights hsr 2, area 1 (sum 3).
  // hsr km: A 2, B 6, C 10 → normalised (10−v)/8: A 1, B 0.5, C 0.
  // area km²: A 1, B 5, C 3 → (v−1)/4: A 0, B 1, C 0.5.
  // A = 100·(2·1 + 1·0)/3 = 66.67; B = 100·(2·0.5 + 1·1)/3 = 66.67; C = 100·(0 + 0.5)/3 = 16.67.
  const sites = [
    { id: 'A', values: { hsr: 2, area: 1 } },
    { id: 'B', values: { hsr: 6, area: 5 } },
    { id: 'C', values: { hsr: 10, area: 3 } },
  ];

  it('matches the hand-worked 3-site example, with each criterion\'s contribution', () => {
    const s = scoreSites(sites, { ...zero, hsr: 2, area: 1 });
    expect(s.map((x) => Number(x.score.toFixed(2)))).toEqual([66.67, 66.67, 16.67]);
    const c = s[2]?.contributions.find((x) => x.criterion === 'area');
    expect(c).toMatchObject({ value: 3, normalised: 0.5, weight: 1 });
    expect(c?.points).toBeCloseTo(16.667, 3);
  });

  it('ranks ties in candidate order and changes the ranking when weights change', () => {
    expect(rank(scoreSites(sites, { ...zero, hsr: 2, area: 1 })).map((x) => x.id)).toEqual(['A', 'B', 'C']);
    expect(rank(scoreSites(sites, { ...zero, area: 1 })).map((x) => x.id)).toEqual(['B', 'C', 'A']);
  });

  it('gives a single candidate full marks on every criterion it has data for', () => {
    const [only] = scoreSites([{ id: 'X', values: { hsr: 4, area: 2 } }], { ...zero, hsr: 1, area: 1 });
    expect(only?.score).toBe(100);
  });

  it('scores equal values as 1 (a tie is not a penalty)', () => {
    const s = scoreSites([{ id: 'A', values: { hsr: 5 } }, { id: 'B', values: { hsr: 5 } }], { ...zero, hsr: 1 });
    expect(s.map((x) => x.score)).toEqual([100, 100]);
  });

  it('gives 0 for a criterion a site has no data for, and says so', () => {
    const s = scoreSites([{ id: 'A', values: { hsr: 2, area: null } }, { id: 'B', values: { hsr: 4, area: 3 } }], { ...zero, hsr: 1, area: 1 });
    // A: hsr 1, area none → 50; B: hsr 0, area (only value) 1 → 50.
    expect(s.map((x) => x.score)).toEqual([50, 50]);
    expect(s[0]?.contributions.find((c) => c.criterion === 'area')).toMatchObject({ value: null, normalised: null, points: 0 });
  });

  it('scores 0 everywhere when all weights are 0', () => {
    expect(scoreSites(sites, zero).map((x) => x.score)).toEqual([0, 0, 0]);
  });
});
