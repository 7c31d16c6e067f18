import { describe, expect, it } from 'vitest';
import { StillCache } from './stillCache.ts';

describe('StillCache', () => {
  it('renders each key once, one render at a time, and remembers a failure as null', async () => {
    const cache = new StillCache();
    let running = 0;
    let most = 0;
    const calls: string[] = [];
    const render = (name: string, fail = false) => async () => {
      calls.push(name);
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 5));
      running -= 1;
      if (fail) throw new Error('no WebGL');
      return `data:${name}`;
    };
    const [a, b, a2, c] = await Promise.all([cache.get('a', render('a')), cache.get('b', render('b', true)), cache.get('a', render('a again')), cache.get('c', render('c'))]);
    expect([a, b, a2, c]).toEqual(['data:a', null, 'data:a', 'data:c']);
    expect(calls).toEqual(['a', 'b', 'c']);
    expect(most).toBe(1);
  });
});
