import { describe, expect, it } from 'vitest';
import { thinnedWhenZoomedOut } from './overviewThinning.ts';

describe('thinnedWhenZoomedOut', () => {
  it('says so for a large points file, not for a small one or for areas alone', () => {
    expect(thinnedWhenZoomedOut({ count: 200_000, geometryTypes: ['Point'] })).toBe(true);
    expect(thinnedWhenZoomedOut({ count: 50_000, geometryTypes: ['Polygon', 'MultiPoint'] })).toBe(true);
    expect(thinnedWhenZoomedOut({ count: 2, geometryTypes: ['Point'] })).toBe(false);
    expect(thinnedWhenZoomedOut({ count: 50_000, geometryTypes: ['Polygon'] })).toBe(false);
  });
});
