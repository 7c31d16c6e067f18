import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { MatchSource, queryColumns } from './queryColumns.ts';
import { buildView } from './rowView.ts';
import { runSteps } from './steps.ts';

const point = (id: string, properties: Record<string, unknown>): Feature => ({ type: 'Feature', id, properties: { id, ...properties }, geometry: { type: 'Point', coordinates: [112.7, 38.4] } });

describe('a query answer’s table', () => {
  // One park placed schematically (±2.3 km), one surveyed station; both measured from a surveyed source.
  const matches = [
    { index: 0, feature: point('park', { name_zh: '示意园区', confidence: 'schematic', accuracy_m: 2300 }), distance_m: 916, nearest_source_id: 'src' },
    { index: 1, feature: point('stn', { name_zh: '车站', confidence: 'surveyed' }), distance_m: 1234, nearest_source_id: 'src' },
  ];
  const sources = [point('src', { name_zh: '水源', confidence: 'surveyed' })];
  const source = new MatchSource(matches, sources);

  it('says how far a distance to a schematic position is known, and gives a surveyed one as measured', () => {
    for (const [lang, schematic, surveyed] of [['zh', '约 1 公里（示意位置）', '1.2 公里'], ['en', 'about 1 km (schematic position)', '1.2 km']] as const) {
      const columns = queryColumns(source, new Map([['src', '水源']]), null, lang);
      const at = columns.findIndex((c) => c.key === 'distance_m');
      const rows = runSteps(buildView(source, columns, { filter: [], search: '', sort: null })).page(0, 2);
      expect(rows.map((r) => r.cells[at])).toEqual([schematic, surveyed]);
      // Sorting and the CSV keep the number, rounded as far as the position allows.
      expect(columns[at]?.value(0)).toBe(1000);
    }
  });
});
