import { describe, expect, it } from 'vitest';
import { PRESETS } from './criteria.ts';
import { formatWeights, parseSiteIds, parseWeights } from './sitesUrl.ts';

describe('sites in the URL', () => {
  it('round-trips weights in criteria order', () => {
    const w = PRESETS.logistics.weights;
    expect(formatWeights(w)).toBe('3.4.4.0.2.1.1.1');
    expect(parseWeights(formatWeights(w))).toEqual(w);
  });
  it.each(['1.2', '9.1.1.1.1.1.1.1', 'a.b.c.d.e.f.g.h', '<x>'])('rejects weights %s', (w) => {
    expect(parseWeights(w)).toBeNull();
  });
  it('keeps at most four distinct, plain site ids', () => {
    expect(parseSiteIds('a,b,a,<img>,c,d,e')).toEqual(['a', 'b', 'c', 'd']);
  });
});
