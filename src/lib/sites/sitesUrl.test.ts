import { describe, expect, it } from 'vitest';
import { PRESETS } from './criteria.ts';
import { defaultScoring, formatScoring, formatWeights, parseScoring, parseSiteIds, parseWeights } from './sitesUrl.ts';

describe('sites in the URL', () => {
  it('round-trips weights in criteria order', () => {
    const w = PRESETS.logistics.weights;
    expect(formatWeights(w)).toBe('3.4.4.0.2.1.1.1.0');
    expect(parseWeights(formatWeights(w))).toEqual(w);
  });
  it('opens a link from before the rail-time criterion with that criterion off', () => {
    expect(parseWeights('5.0.0.0.0.0.0.0')).toEqual({ hsr: 5, rail: 0, airport: 0, water: 0, taiyuan: 0, xinzhou: 0, area: 0, parks10: 0, access: 0 });
    expect(parseWeights('0.0.0.0.0.0.0.0.4')?.access).toBe(4);
  });
  it.each(['1.2', '9.1.1.1.1.1.1.1', 'a.b.c.d.e.f.g.h', '<x>'])('rejects weights %s', (w) => {
    expect(parseWeights(w)).toBeNull();
  });
  it('keeps at most four distinct, plain site ids', () => {
    expect(parseSiteIds('a,b,a,<img>,c,d,e')).toEqual(['a', 'b', 'c', 'd']);
  });
  it('round-trips the scoring mode and the rail-time target, leaving defaults out', () => {
    expect(formatScoring(defaultScoring())).toBeNull();
    const s = { mode: 'relative' as const, target: { to: 'beijing' as const, year: '2022' as const } };
    expect(formatScoring(s)).toBe('relative~beijing-2022');
    expect(parseScoring('relative~beijing-2022')).toEqual(s);
    expect(parseScoring('taiyuan-2027')).toEqual({ mode: 'absolute', target: { to: 'taiyuan', year: '2027' } });
  });
  it.each(['paris-2027', 'xiongan-2030', 'best', '<x>'])('rejects scoring %s', (x) => {
    expect(parseScoring(x)).toBeNull();
  });
});
