import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { distance } from '@turf/turf';
import type { Point } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { describe as word } from '../i18n/describe.ts';
import type { Coded } from '../i18n/format.ts';
import { ImportError } from './importError.ts';
import { importFile } from './importFile.ts';
import { HOSTILE_INPUTS } from '../../../test/fixtures/hostileInputs.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../../test/fixtures', name)));
const m = (a: number[], b: number[]) => distance(a, b, { units: 'meters' });

beforeAll(() => {
  // Browsers have DOMParser; Node tests borrow xmldom's for the KML parser.
  (globalThis as { DOMParser?: unknown }).DOMParser ??= DOMParser;
});

describe('importFile: each format', () => {
  it('GeoJSON: keeps good features, repairs an open ring, skips a 1-position line, and keeps hostile text inert', async () => {
    const layer = await importFile('points.geojson', fixture('points.geojson'), 'u1');
    expect(layer.report).toMatchObject({ format: 'geojson', count: 2, geometryTypes: ['Point', 'Polygon'], repaired: [{ key: 'importRepair.closedRing', params: { n: 1 } }] });
    expect(layer.report.skipped).toEqual([{ key: 'importSkip.item', params: { n: 3, reason: { key: 'importSkip.lineTooShort', params: { count: 1 } } } }]);
    expect(layer.report.skipped.map((s) => word(s, 'zh'))).toEqual(['第 3 个：线只有 1 个点']);
    expect(layer.report.repaired.map((s) => word(s, 'en'))).toEqual(['closed an open polygon ring ×1']);
    expect(layer.features[0]?.properties).toMatchObject({ id: 'a', name_zh: '忻州西站附近', note: '<img src=x onerror=alert(1)>', link: 'javascript:alert(1)' });
    expect(layer.report.attributes).toEqual(expect.arrayContaining(['name', 'kind', 'note', 'link']));
  });

  it('FlatGeobuf', async () => {
    const layer = await importFile('points.fgb', fixture('points.fgb'), 'u2');
    expect(layer.report).toMatchObject({ format: 'fgb', count: 2 });
  });

  it('KML and KMZ', async () => {
    const k = await importFile('placemarks.kml', fixture('placemarks.kml'), 'u3');
    expect(k.report).toMatchObject({ format: 'kml', count: 2, geometryTypes: ['Point', 'LineString'] });
    expect(k.features[0]?.properties?.name_zh).toBe('石岭关');
    const z = await importFile('placemarks.kmz', fixture('placemarks.kmz'), 'u4');
    expect(z.features.map((f) => f.properties?.name)).toEqual(['石岭关', '太忻大道示意']);
  });

  it('zipped shapefile in CGCS2000 GK zone 38 with GBK names and no .cpg: names decode, points land within 1 m', async () => {
    const layer = await importFile('gbk.zip', fixture('gbk-gk38-shapefile.zip'), 'u5');
    expect(layer.report.format).toBe('shapefile');
    expect(layer.features.map((f) => f.properties?.['名称'])).toEqual(['五台县城', '定襄县城']);
    expect(m((layer.features[0]?.geometry as Point).coordinates, [113.2, 38.7])).toBeLessThan(1);
    expect(m((layer.features[1]?.geometry as Point).coordinates, [112.96, 38.474])).toBeLessThan(1);
    expect(layer.report.notes).toContainEqual({ key: 'importNote.noCpg', params: {} });
    expect(layer.report.notes.map((n) => word(n, 'zh')).join(' ')).toMatch(/缺少 \.cpg：属性文本按 GBK 读取/);
  });

  it('GeoJSON in GK zone 38 without any CRS: detected from the zone-prefixed eastings, within 1 m', async () => {
    const layer = await importFile('gk.geojson', fixture('gk-zone38.geojson'), 'u6');
    expect(layer.report.crs).toMatchObject({ needsConfirmation: false, reason: { key: 'importCrsReason.zone', params: { zone: 38 } }, label: { key: 'importCrs.gkZone', params: { cm: 114, zone: 38 } } });
    expect(word(layer.report.crs.label as Coded, 'zh')).toBe('CGCS2000 高斯–克吕格 中央经线 114°（带号前缀 38）→ WGS84');
    expect(m((layer.features[0]?.geometry as Point).coordinates, [113.2, 38.7])).toBeLessThan(1);
  });

  it('CSV with 经度/纬度 in GCJ-02, converted when chosen: 太原站 lands within 5 m of 112.5814, 37.8600', async () => {
    const raw = await importFile('sites.csv', fixture('sites-gcj02.csv'), 'u7');
    expect(m((raw.features[0]?.geometry as Point).coordinates, [112.581385, 37.860017])).toBeGreaterThan(500);
    const fixed = await importFile('sites.csv', fixture('sites-gcj02.csv'), 'u7', { kind: 'gcj02' });
    expect(m((fixed.features[0]?.geometry as Point).coordinates, [112.581385, 37.860017])).toBeLessThan(5);
    expect(fixed.features[0]?.properties?.['名称']).toBe('太原站');
  });

  it('CSV with a WKT column', async () => {
    const layer = await importFile('wkt.csv', fixture('sites-wkt.csv'), 'u8');
    expect(layer.report.geometryTypes).toEqual(['Polygon', 'Point']);
  });
});

describe('importFile: a workbook whose name or first bytes hide it', () => {
  it('an .xlsx saved as .zip is read as the workbook its central directory shows, not as a shapefile', async () => {
    const layer = await importFile('projects.zip', fixture('projects-zh.xlsx'), 'u9');
    expect(layer.report).toMatchObject({ format: 'xlsx', count: 3 });
    expect(layer.report.attributes).toEqual(expect.arrayContaining(['名称', '投资额（亿元）', '类别']));
  });
});

describe('importFile: hostile input gets a clear message, never an exception of another kind', () => {
  it.each(HOSTILE_INPUTS)('%s', async (_what, name, bytes, message, zh) => {
    const err = await importFile(name, bytes(), 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toMatch(message);
    // The page words the same error from its code, in Chinese.
    expect(word(err as ImportError, 'zh')).toMatch(zh);
  }, 60_000);

  it('keeps property values as data, dropping prototype keys', async () => {
    const layer = await importFile('p.geojson', new TextEncoder().encode('{"type":"Feature","geometry":{"type":"Point","coordinates":[112,38]},"properties":{"__proto__":{"x":1},"n":{"deep":[1,2]},"s":"<script>alert(1)</script>"}}'), 'x');
    const p = layer.features[0]?.properties ?? {};
    expect(p.n).toBe('{"deep":[1,2]}');
    expect(p.s).toBe('<script>alert(1)</script>');
    expect(Object.prototype.hasOwnProperty.call(p, '__proto__')).toBe(false);
  });
});
