import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe as group, expect, it } from 'vitest';
import type { Localized } from '../catalogue/types.ts';
import { ImportError } from '../import/importError.ts';
import { QueryError } from '../query/runQuery.ts';
import { ACCESS_MESSAGES } from './accessMessages.ts';
import { english } from './codedError.ts';
import { bracketed, describe, describeError, describeImportError, featureCount, labelled, reportLine, tf } from './describe.ts';
import { format } from './format.ts';
import { FILTER_MESSAGES } from './filterMessages.ts';
import { IMPORT_MESSAGES } from './importMessages.ts';
import { MESSAGES } from './messages.ts';
import { QUERY_MESSAGES } from './queryMessages.ts';
import { TABLE_MESSAGES } from './tableMessages.ts';

/** The coded messages of this area: the keys with a family prefix ("importError.notJson"). */
const CODED = Object.entries({ ...IMPORT_MESSAGES, ...QUERY_MESSAGES, ...TABLE_MESSAGES, ...FILTER_MESSAGES, ...ACCESS_MESSAGES } as Record<string, Localized>).filter(([k]) => k.includes('.'));
const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * Format names, CRS names and file extensions a Chinese sentence may carry as they are; any other
 * Latin word in a zh text is English left behind.
 */
const ZH_ALLOWED = new Set(['GeoJSON', 'FeatureCollection', 'Feature', 'features', 'FlatGeobuf', 'KML', 'KMZ', 'Shapefile', 'zip', 'CSV', 'Excel', 'xlsx', 'xls', 'JSON', 'XML', 'WKT', 'lon', 'lat', 'WGS84', 'CGCS2000', 'GCJ-02', 'BD-09', 'GBK', 'EPSG', 'MB', 'HTTP', 'Esc', 'km', 'x', 'y', 'N']);

group('format', () => {
  it('fills placeholders, groups large whole numbers by locale, and leaves unknown ones visible', () => {
    expect(format('{file}: {n} rows, {x}', { file: 'a.csv', n: 1234567, x: 0.5 }, 'en')).toBe('a.csv: 1,234,567 rows, 0.5');
    expect(format('{n} 行（{missing}）', { n: 12 }, 'zh-CN')).toBe('12 行（{missing}）');
  });

  it('words a coded parameter with the translator it is given', () => {
    expect(format('({reason})', { reason: { key: 'k', params: {} } }, 'en', (c) => `<${c.key}>`)).toBe('(<k>)');
  });
});

group('coded messages (import, query, link, CSV)', () => {
  it('have a zh and an en text, zh using no parameter the English lacks', () => {
    // The English may carry more (a parser's own words, for logs); the Chinese never something unset.
    // notJsonNear: the English detail already says where ("… at byte 8"); the Chinese says it itself.
    const zhOnly: Record<string, string[]> = { 'importError.notJsonNear': ['at'] };
    const mismatched = CODED.filter(([k, m]) => !m.zh.trim() || !m.en.trim() || !slots(m.zh).every((s) => slots(m.en).includes(s as string) || zhOnly[k]?.includes(s as string))).map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it('write zh in Chinese: no Latin word beyond format, CRS and file-type names', () => {
    const leaks = CODED.flatMap(([k, m]) => {
      const words = m.zh.replace(/\{\w+\}/g, ' ').replace(/\.(prj|cpg|shp|kml|xlsx)\b/g, ' ').match(/[A-Za-z][A-Za-z0-9-]*/g) ?? [];
      const bad = words.filter((w) => !ZH_ALLOWED.has(w));
      return bad.length ? [`${k}: ${bad.join(', ')}`] : [];
    });
    expect(leaks).toEqual([]);
  });

  it('name only keys that exist, wherever the engine writes one as a literal', () => {
    const root = join(import.meta.dirname, '..');
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|svelte)$/.test(name) && !name.endsWith('.test.ts')) files.push(p);
      }
    };
    walk(root);
    const FAMILY = /['`]((?:importError|importSkip|importNote|importRepair|importCrs|importCrsReason|layerError|queryError|linkProblem|linkQuery|drawRefused|queryCsv|siteCsv|crsChoice|geometryType|unit|chartTitle|chartAxis|chartPart|chartMark|tableError|filterProblem|accessError)\.[\w²]+)['`]/g;
    const unknown = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(FAMILY)].map((m) => m[1] as string).filter((k) => !(k in MESSAGES)));
    expect(unknown).toEqual([]);
  });
});

group('describe and describeError', () => {
  it('words an import error in the UI language, with a parser’s own detail quoted', () => {
    const e = new ImportError('notJson', { file: 'x.json', detail: 'Unexpected token } in JSON at position 7' });
    expect(e.message).toBe('x.json: not valid JSON (Unexpected token } in JSON at position 7)');
    expect(describeImportError(e, 'zh')).toBe('x.json 不是有效的 JSON');
    const near = new ImportError('notJsonNear', { file: 'x.json', detail: 'unexpected end of input at byte 8', at: 8 });
    expect(describeImportError(near, 'zh')).toBe('x.json 不是有效的 JSON（第 8 字节附近）');
    expect(near.message).toBe('x.json: not valid JSON (unexpected end of input at byte 8)');
    expect(describeImportError(e, 'en')).toBe(e.message);
  });

  it('words nested codes: a skipped feature’s reason, the first skip as the reason nothing was usable', () => {
    const reason = { key: 'importSkip.notLonLat', params: { x: '38500000', y: '4200000' } };
    expect(reportLine({ key: 'importSkip.item', params: { n: 3, reason } }, 'zh')).toBe('第 3 个：坐标 [38500000, 4200000] 不是经纬度（坐标系是否有误？）');
    const e = new ImportError('noUsableFeatures', { file: 'a.geojson', reason: { key: 'importSkip.item', params: { n: 1, reason } } });
    expect(describeError(e, 'zh')).toMatch(/^a\.geojson 中没有可用的要素（第 1 个：坐标/);
    expect(e.message).toMatch(/^a\.geojson: no usable features \(#1: coordinate \[38500000, 4200000\] is not a lon\/lat position/);
  });

  it('words query errors, and keeps English for the command line', () => {
    const e = new QueryError('noPolygonSource');
    expect(e.message).toBe('inside needs a polygon source (a drawn area or a polygon layer)');
    expect(describeError(e, 'zh')).toBe('“位于区域内”需要面状参照（绘制的区域或面图层）');
    expect(english({ key: 'queryError.badK', params: { value: '0' } })).toBe('k must be a whole number ≥ 1, got 0');
  });

  it('passes through a plain string (a report line stored before lines were coded) and an uncoded error', () => {
    expect(reportLine('no .cpg: attribute text read as GBK', 'zh')).toBe('no .cpg: attribute text read as GBK');
    expect(describeError(new TypeError('boom'), 'zh')).toBe('boom');
  });

  it('writes labels, brackets and parameters as each language punctuates them', () => {
    expect(labelled('导入失败', 'x.json', 'zh')).toBe('导入失败：x.json');
    expect(labelled('Import failed', 'x.json', 'en')).toBe('Import failed: x.json');
    expect(bracketed('HTTP 404', 'zh')).toBe('（HTTP 404）');
    expect(bracketed(undefined, 'en')).toBe('');
    expect(featureCount(1, 'en')).toBe('1 feature');
    expect(featureCount(0, 'en')).toBe('0 features');
    expect(featureCount(12000, 'en')).toBe('12,000 features');
    expect(featureCount(1, 'zh')).toBe('1 个要素');
    expect(tf('userSiteName', 'zh', { n: 2 })).toBe('自定义选址 2');
    expect(describe({ key: 'linkProblem.query', params: { value: 'x', reason: { key: 'linkQuery.needsDistance', params: { op: { key: 'opWithin', params: {} } } } } }, 'zh')).toBe('查询“x”：“距离范围内”需要距离');
  });
});
