import { describe, expect, it } from 'vitest';
import { FieldStats } from './fieldStats.ts';

describe('FieldStats', () => {
  it('types, counts, ranges and distinct values per field', () => {
    const s = new FieldStats();
    const rows = [
      { name: '甲', value: 3, ok: true, mix: 1 },
      { name: '乙', value: -2.5, ok: false, mix: 'a' },
      { name: '甲', value: null, ok: null, mix: null },
    ];
    for (const r of rows) s.add(r);
    const by = Object.fromEntries(s.summary().map((f) => [f.name, f]));
    expect(by.name).toEqual({ name: 'name', type: 'string', count: 3, distinct: ['甲', '乙'], distinctCapped: false });
    expect(by.value).toEqual({ name: 'value', type: 'number', count: 2, min: -2.5, max: 3 });
    expect(by.ok).toMatchObject({ type: 'boolean', count: 2 });
    expect(by.mix).toMatchObject({ type: 'mixed', count: 2, min: 1, max: 1 });
  });

  it('caps distinct values at 20 and says so; an all-null field is empty', () => {
    const s = new FieldStats();
    for (let i = 0; i < 100; i++) s.add({ code: `c${i}`, nothing: null });
    const [code, nothing] = s.summary();
    expect(code?.distinct).toHaveLength(20);
    expect(code?.distinctCapped).toBe(true);
    expect(nothing).toMatchObject({ type: 'empty', count: 0 });
  });
});
