import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { resultRows, sortRows, sourceNames } from './resultRows.ts';
import type { QueryMatch } from './types.ts';

const m = (index: number, id: string, zh: string, en: string, d: number, src: string | null): QueryMatch => ({
  index, distance_m: d, nearest_source_id: src,
  feature: { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { id, name_zh: zh, name_en: en, confidence: 'schematic' } },
});
const station = (id: string, zh: string, en: string): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { id, name_zh: zh, name_en: en } });
const matches = [m(0, 'a', '乙园', 'B park', 3000, 's1'), m(1, 'b', '甲园', 'A park', 1000, 's2')];
const stations = [station('s1', '忻州西站', 'Xinzhou West'), station('s2', '定襄站', 'Dingxiang')];

describe('result rows', () => {
  it('names the target and its nearest source in the UI language', () => {
    const rows = resultRows(matches, sourceNames(stations, 'zh', false), 'zh');
    expect(rows.map((r) => [r.name, r.source, r.distance_m])).toEqual([['乙园', '忻州西站', 3000], ['甲园', '定襄站', 1000]]);
    expect(resultRows(matches, sourceNames(stations, 'en', false), 'en')[0]).toMatchObject({ name: 'B park', source: 'Xinzhou West' });
  });

  it('calls a drawn shape 绘制的图形 / "Drawn shape", never by its id (bug: the source column showed "drawn")', () => {
    const drawn: Feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { id: 'drawn' } };
    const hits = [m(0, 'a', '乙园', 'B park', 0, 'drawn')];
    expect(resultRows(hits, sourceNames([drawn], 'zh', true), 'zh')[0]?.source).toBe('绘制的图形');
    expect(resultRows(hits, sourceNames([drawn], 'en', true), 'en')[0]?.source).toBe('Drawn shape');
  });

  it('names an imported source by its own name columns, and shows no id when a source is unknown or nameless', () => {
    const imported: Feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { id: 'u_ab12-3', name_zh: '我的地块', name_en: '我的地块' } };
    const nameless: Feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: {} };
    const names = sourceNames([imported, nameless], 'en', false);
    const rows = resultRows([m(0, 'a', '乙园', 'B park', 5, 'u_ab12-3'), m(1, 'b', '甲园', 'A park', 6, '#1'), m(2, 'c', '丙园', 'C park', 7, 'park-gone'), m(3, 'd', '丁园', 'D park', 8, null)], names, 'en');
    expect(rows.map((r) => r.source)).toEqual(['我的地块', '', '', '']);
  });

  it('sorts by distance or by name, either way', () => {
    const rows = resultRows(matches, sourceNames(stations, 'en', false), 'en');
    expect(sortRows(rows, 'distance_m', true).map((r) => r.distance_m)).toEqual([1000, 3000]);
    expect(sortRows(rows, 'distance_m', false).map((r) => r.distance_m)).toEqual([3000, 1000]);
    expect(sortRows(rows, 'name', true).map((r) => r.name)).toEqual(['A park', 'B park']);
  });
});
