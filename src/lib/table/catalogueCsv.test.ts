import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { catalogueCsvExtras } from './catalogueColumns.ts';
import { FeatureSource } from './featureSource.ts';

describe('catalogueCsvExtras', () => {
  it('heads the id and source columns like the table’s other columns, in both languages', () => {
    const rows = new FeatureSource([{ type: 'Feature', geometry: null as unknown as Feature['geometry'], properties: { id: 'TX01', source: 'Shanxi Daily' } }]);
    const zh = catalogueCsvExtras(rows, 'zh');
    const en = catalogueCsvExtras(rows, 'en');
    expect([zh.first.label, zh.last.label]).toEqual(['编号', '来源']);
    expect([en.first.label, en.last.label]).toEqual(['ID', 'Source']);
  });
});
