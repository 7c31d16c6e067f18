import { describe, expect, it } from 'vitest';
import { resultRows, sortRows } from './resultRows.ts';
import type { QueryMatch } from './types.ts';

const m = (index: number, id: string, zh: string, en: string, d: number, src: string): QueryMatch => ({
  index, distance_m: d, nearest_source_id: src,
  feature: { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { id, name_zh: zh, name_en: en, confidence: 'schematic' } },
});
const matches = [m(0, 'a', '乙园', 'B park', 3000, 's1'), m(1, 'b', '甲园', 'A park', 1000, 's2')];
const names: Record<string, string> = { s1: '忻州西站', s2: '定襄站' };

describe('result rows', () => {
  it('names the target and its nearest source in the UI language', () => {
    const rows = resultRows(matches, (id) => names[id] ?? null, 'zh');
    expect(rows.map((r) => [r.name, r.source, r.distance_m])).toEqual([['乙园', '忻州西站', 3000], ['甲园', '定襄站', 1000]]);
    expect(resultRows(matches, () => null, 'en')[0]).toMatchObject({ name: 'B park', source: 's1' });
  });

  it('sorts by distance or by name, either way', () => {
    const rows = resultRows(matches, (id) => names[id] ?? null, 'en');
    expect(sortRows(rows, 'distance_m', true).map((r) => r.distance_m)).toEqual([1000, 3000]);
    expect(sortRows(rows, 'distance_m', false).map((r) => r.distance_m)).toEqual([3000, 1000]);
    expect(sortRows(rows, 'name', true).map((r) => r.name)).toEqual(['A park', 'B park']);
  });
});
