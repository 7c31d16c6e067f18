import { describe, expect, it } from 'vitest';
import { resultToCsv, resultToGeoJSON } from './exportResult.ts';
import type { QueryResult } from './runQuery.ts';

const result: QueryResult = {
  spec: { op: 'within', target: 'parks', source: { kind: 'layer', layer: 'stations' }, meters: 5000 },
  sources: [],
  matches: [
    { index: 0, distance_m: 1234.5678, nearest_source_id: 'stn-a', feature: { type: 'Feature', id: 'p1', geometry: { type: 'Point', coordinates: [112.5, 38] }, properties: { id: 'p1', name_zh: '园区，一', name_en: 'Park "One"', confidence: 'schematic' } } },
    { index: 1, distance_m: 0, nearest_source_id: 'stn-b', feature: { type: 'Feature', geometry: { type: 'Point', coordinates: [112.6, 38] }, properties: { id: 'p2', name_zh: '=HYPERLINK("x")', name_en: 'Two', extra: { a: 1 } } } },
  ],
};

describe('resultToGeoJSON', () => {
  it('keeps every property and id, adding the distance (to 0.1 m) and the nearest source', () => {
    const fc = resultToGeoJSON(result);
    expect(fc.features[0]).toEqual({
      type: 'Feature', id: 'p1', geometry: { type: 'Point', coordinates: [112.5, 38] },
      properties: { id: 'p1', name_zh: '园区，一', name_en: 'Park "One"', confidence: 'schematic', distance_m: 1234.6, nearest_source_id: 'stn-a' },
    });
  });
});

describe('resultToCsv', () => {
  const csv = resultToCsv(result);
  it('starts with a UTF-8 BOM and a header, one row per match', () => {
    expect(csv.startsWith('\uFEFFid,name_zh,name_en,distance_m,nearest_source_id,confidence,extra\r\n')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(3);
  });
  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    // The full-width comma (，) is text, not a separator.
    expect(csv).toContain('p1,园区，一,"Park ""One""",1234.6,stn-a,schematic,');
    expect(csv).toContain(`p2,"'=HYPERLINK(""x"")",Two,0,stn-b,,"{""a"":1}"`);
  });
});
