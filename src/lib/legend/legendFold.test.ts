import { describe, expect, it } from 'vitest';
import { keepLegendFolded, legendFolded } from './legendFold.ts';

function memoryStore(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
}

describe('the legend’s fold', () => {
  it('opens by default and keeps a fold until it is opened again', () => {
    const store = memoryStore();
    expect(legendFolded(store)).toBe(false);
    keepLegendFolded(true, store);
    expect(legendFolded(store)).toBe(true);
    keepLegendFolded(false, store);
    expect(legendFolded(store)).toBe(false);
  });

  it('opens when storage is missing or refused', () => {
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => undefined };
    expect(legendFolded()).toBe(false);
    expect(() => keepLegendFolded(true, refusing)).not.toThrow();
    expect(legendFolded(refusing)).toBe(false);
  });
});
