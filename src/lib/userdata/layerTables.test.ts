import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { FeatureTiles } from '../tiles/featureTiles.ts';
import { LayerTables } from './layerTables.ts';

const points: Feature[] = [
  { name: '乙', value: 3, kind: 'a' },
  { name: '甲', value: 10, kind: 'b' },
  { name: '丙', value: null, kind: 'a' },
].map((properties, i) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [112 + i / 10, 38] } }));

function tablesOf(features: Feature[]): LayerTables {
  const tiles = new FeatureTiles();
  tiles.add(features);
  return new LayerTables(async () => tiles);
}

const META = { id: 'u_test', fileName: 'pts.csv', fields: [{ name: 'name', type: 'string' as const, count: 3 }, { name: 'value', type: 'number' as const, count: 2 }, { name: 'kind', type: 'string' as const, count: 3 }], geometryTypes: ['Point'] };
const KEYS = ['name', 'value', 'kind'];

describe('LayerTables', () => {
  it('builds a view from the property columns, serves pages by version and finds a feature’s row', async () => {
    const tables = tablesOf(points);
    const s = await tables.view({ layer: 'u_test', keys: KEYS, lang: 'zh', query: { filter: [], search: '', sort: { column: 'value', descending: true } } });
    expect(s).toMatchObject({ length: 3, total: 3, sums: [{ key: 'value', sum: 13, count: 2 }] });
    expect(s.columns.map((c) => [c.key, c.numeric])).toEqual([['name', false], ['value', true], ['kind', false]]);
    expect(tables.page('u_test', s.version, 0, 10)).toEqual([
      { index: 1, cells: ['甲', '10', 'b'], located: true },
      { index: 0, cells: ['乙', '3', 'a'], located: true },
      { index: 2, cells: ['丙', '', 'a'], located: true },
    ]);
    expect(tables.positionOf('u_test', s.version, 2)).toBe(2);
    const next = await tables.view({ layer: 'u_test', keys: KEYS, lang: 'zh', query: { filter: [{ kind: 'category', field: 'kind', values: ['a'] }], search: '丙', sort: null } });
    expect(next.length).toBe(1);
    // A page of the old view is refused, not answered with the new view's rows.
    expect(() => tables.page('u_test', s.version, 0, 10)).toThrow(/changed/);
    tables.close('u_test');
    expect(() => tables.page('u_test', next.version, 0, 10)).toThrow(/no open table/);
  });

  it('exports the rows in view with the user’s own columns, in view order', async () => {
    const tables = tablesOf(points);
    const s = await tables.view({ layer: 'u_test', keys: KEYS, lang: 'en', query: { filter: [], search: '', sort: { column: 'name', descending: false } } });
    const csv = await tables.exportView(META, s.version, 'csv').text();
    // 丙 bing, 甲 jia, 乙 yi: pinyin order.
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')).toEqual(['id,name,value,kind,lon,lat', ',丙,,a,112.2,38', ',甲,10,b,112.1,38', ',乙,3,a,112,38', '']);
    const geojson = JSON.parse(await tables.exportView(META, s.version, 'geojson').text()) as { features: Feature[] };
    expect(geojson.features.map((f) => f.properties?.name)).toEqual(['丙', '甲', '乙']);
  });
});
