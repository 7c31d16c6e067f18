import { describe, expect, it } from 'vitest';
import { CRITERIA, type Weights } from './criteria.ts';
import { rank, scoreSites, thresholdScore } from './score.ts';

const zero: Weights = { hsr: 0, rail: 0, airport: 0, water: 0, taiyuan: 0, xinzhou: 0, area: 0, parks10: 0, access: 0 };

describe('scoreSites, relative (min–max over the candidates)', () => {
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
    const s = scoreSites(sites, { ...zero, hsr: 2, area: 1 }, 'relative');
    expect(s.map((x) => Number(x.score.toFixed(2)))).toEqual([66.67, 66.67, 16.67]);
    const c = s[2]?.contributions.find((x) => x.criterion === 'area');
    expect(c).toMatchObject({ value: 3, normalised: 0.5, weight: 1 });
    expect(c?.points).toBeCloseTo(16.667, 3);
  });

  it('ranks ties in candidate order and changes the ranking when weights change', () => {
    expect(rank(scoreSites(sites, { ...zero, hsr: 2, area: 1 }, 'relative')).map((x) => x.id)).toEqual(['A', 'B', 'C']);
    expect(rank(scoreSites(sites, { ...zero, area: 1 }, 'relative')).map((x) => x.id)).toEqual(['B', 'C', 'A']);
  });

  it('gives a single candidate full marks on every criterion it has data for', () => {
    const [only] = scoreSites([{ id: 'X', values: { hsr: 4, area: 2 } }], { ...zero, hsr: 1, area: 1 }, 'relative');
    expect(only?.score).toBe(100);
  });

  it('scores equal values as 1 (a tie is not a penalty)', () => {
    const s = scoreSites([{ id: 'A', values: { hsr: 5 } }, { id: 'B', values: { hsr: 5 } }], { ...zero, hsr: 1 }, 'relative');
    expect(s.map((x) => x.score)).toEqual([100, 100]);
  });

  it('gives 0 for a criterion a site has no data for, and says so', () => {
    const s = scoreSites([{ id: 'A', values: { hsr: 2, area: null } }, { id: 'B', values: { hsr: 4, area: 3 } }], { ...zero, hsr: 1, area: 1 }, 'relative');
    // A: hsr 1, area none → 50; B: hsr 0, area (only value) 1 → 50.
    expect(s.map((x) => x.score)).toEqual([50, 50]);
    expect(s[0]?.contributions.find((c) => c.criterion === 'area')).toMatchObject({ value: null, normalised: null, points: 0 });
  });

  it('scores 0 everywhere when all weights are 0', () => {
    expect(scoreSites(sites, zero, 'relative').map((x) => x.score)).toEqual([0, 0, 0]);
  });
});

describe('scoreSites, absolute (stated thresholds)', () => {
  const hsr = CRITERIA.find((c) => c.id === 'hsr');
  const area = CRITERIA.find((c) => c.id === 'area');
  const access = CRITERIA.find((c) => c.id === 'access');

  it('states the thresholds: HSR ≤ 5 km → 100, ≥ 40 km → 0; area ≥ 30 km² → 100; rail time ≤ 60 min → 100, ≥ 300 min → 0', () => {
    expect(hsr).toMatchObject({ full: 5, zero: 40 });
    expect(area).toMatchObject({ full: 30, zero: 0 });
    expect(access).toMatchObject({ full: 60, zero: 300, unit: 'min' });
  });

  it('maps a value through the thresholds, clamped, linear between', () => {
    if (!hsr || !access || !area) throw new Error('criteria');
    expect([2, 5, 22.5, 40, 90].map((v) => thresholdScore(hsr, v))).toEqual([1, 1, 0.5, 0, 0]);
    // 120 min: (300 − 120) / 240 = 0.75.
    expect(thresholdScore(access, 120)).toBeCloseTo(0.75, 12);
    expect([0, 15, 30, 60].map((v) => thresholdScore(area, v))).toEqual([0, 0.5, 1, 1]);
  });

  it('matches a hand-worked example', () => {
    // Weights hsr 2, area 1, access 1 (sum 4). Site: hsr 12 km → (40−12)/35 = 0.8; area 6 km² → 0.2;
    // access 180 min → 0.5. Score = 100 · (2·0.8 + 0.2 + 0.5) / 4 = 57.5.
    const [s] = scoreSites([{ id: 'A', values: { hsr: 12, area: 6, access: 180 } }], { ...zero, hsr: 2, area: 1, access: 1 });
    expect(s?.score).toBeCloseTo(57.5, 10);
    expect(s?.contributions.find((c) => c.criterion === 'hsr')).toMatchObject({ value: 12, weight: 2 });
    expect(s?.contributions.find((c) => c.criterion === 'hsr')?.normalised).toBeCloseTo(0.8, 12);
  });

  it('leaves every other site\'s score unchanged when a site is added (the relative view does not)', () => {
    const w = { ...zero, hsr: 2, area: 1, access: 3 };
    const before = scoreSites([{ id: 'A', values: { hsr: 8, area: 3, access: 200 } }, { id: 'B', values: { hsr: 20, area: 12, access: 90 } }], w);
    const after = scoreSites([{ id: 'A', values: { hsr: 8, area: 3, access: 200 } }, { id: 'B', values: { hsr: 20, area: 12, access: 90 } }, { id: 'C', values: { hsr: 1, area: 50, access: 61 } }], w);
    expect(after.slice(0, 2).map((s) => s.score)).toEqual(before.map((s) => s.score));
    const rel = (n: number) => scoreSites([{ id: 'A', values: { hsr: 8 } }, { id: 'B', values: { hsr: 20 } }, { id: 'C', values: { hsr: 1 } }].slice(0, n), { ...zero, hsr: 1 }, 'relative');
    expect(rel(3)[0]?.score).not.toBe(rel(2)[0]?.score);
  });

  it('never scores a better value lower (monotone in every criterion), and stays within 0–100', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (const c of CRITERIA) {
      const w = { ...zero, [c.id]: 1 + Math.floor(rnd() * 5) };
      for (let i = 0; i < 200; i++) {
        const a = rnd() * 2 * Math.max(c.full, c.zero);
        const b = rnd() * 2 * Math.max(c.full, c.zero);
        const [better, worse] = c.better === 'lower' ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
        const [sb, sw] = scoreSites([{ id: 'b', values: { [c.id]: better } }, { id: 'w', values: { [c.id]: worse } }], w);
        expect(sb?.score ?? NaN).toBeGreaterThanOrEqual(sw?.score ?? NaN);
        expect(sb?.score).toBeLessThanOrEqual(100);
        expect(sw?.score).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('gives 0 for a criterion without a value (e.g. a rail time still being computed)', () => {
    const [s] = scoreSites([{ id: 'A', values: { hsr: 5, access: null } }], { ...zero, hsr: 1, access: 1 });
    expect(s?.score).toBe(50);
  });
});
