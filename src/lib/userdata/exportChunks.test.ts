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

  it('CSV chunks: one header, every row, the geometry as WKT, hostile text defused', () => {
    const text = [...csvChunks(features.length, (i) => features[i] as Feature, ['id', 'value', 'note'], 'wkt')].join('');
    expect(text.startsWith('\uFEFFid,value,note,wkt\r\n')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(features.length);
    expect(rows[5]).toMatchObject({ id: 'p5', note: `'=cmd|"x",\n`, wkt: 'POINT (112.00005 38)' });
    expect(rows[7]?.value).toBe('');
  });

  it('CSV of points: lon and lat columns, as a point file had them', () => {
    const text = [...csvChunks(3, (i) => features[i] as Feature, ['value', 'lon'], 'lonlat')].join('');
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(rows[0] ?? {})).toEqual(['id', 'value', 'lon', 'lat']);
    expect(rows[2]).toMatchObject({ id: 'p2', lon: '112.00002', lat: '38' });
  });

  it('an empty layer is a valid empty collection', () => {
    expect(JSON.parse([...geojsonChunks(0, () => features[0] as Feature)].join(''))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
