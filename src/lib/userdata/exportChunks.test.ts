import type { Feature } from 'geojson';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvChunks, geojsonChunks } from './exportChunks.ts';

const features: Feature[] = Array.from({ length: 25_003 }, (_, i) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [112 + i * 1e-5, 38] },
  properties: { id: `p${i}`, name_zh: `点 ${i}`, name_en: `pt ${i}`, value: i % 7 === 0 ? null : i, note: i === 5 ? '=cmd|"x",\n' : 'ok' },
}));

describe('export chunks', () => {
  it('GeoJSON chunks join into the same FeatureCollection', () => {
    const text = [...geojsonChunks(features.length, (i) => features[i] as Feature)].join('');
    expect(JSON.parse(text)).toEqual({ type: 'FeatureCollection', features });
  });

  it('CSV chunks: one header, every row, WKT geometry, hostile text defused', () => {
    const text = [...csvChunks(features.length, (i) => features[i] as Feature, ['value', 'note'])].join('');
    expect(text.startsWith('\uFEFFid,name_zh,name_en,value,note,wkt\r\n')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(features.length);
    expect(rows[5]).toMatchObject({ id: 'p5', note: `'=cmd|"x",\n`, wkt: 'POINT (112.00005 38)' });
    expect(rows[7]?.value).toBe('');
  });

  it('an empty layer is a valid empty collection', () => {
    expect(JSON.parse([...geojsonChunks(0, () => features[0] as Feature)].join(''))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
