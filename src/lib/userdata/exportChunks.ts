import type { Feature } from 'geojson';
import wellknown from 'wellknown';
import { csvCell } from '../query/exportResult.ts';

/** How many features go into one text chunk: big enough to be cheap, small enough to stay flat. */
const CHUNK = 10_000;

/**
 * A layer of any size as GeoJSON text, chunk by chunk, so the whole text never sits in one
 * string (a Blob of the chunks holds it outside the JS heap).
 */
export function* geojsonChunks(count: number, feature: (i: number) => Feature): Generator<string> {
  yield '{"type":"FeatureCollection","features":[\n';
  for (let i = 0; i < count; i += CHUNK) {
    const part: string[] = [];
    for (let j = i; j < Math.min(count, i + CHUNK); j++) part.push(JSON.stringify(feature(j)));
    yield (i ? ',\n' : '') + part.join(',\n');
  }
  yield '\n]}\n';
}

/** The same as CSV (UTF-8 with BOM, geometry as WKT), over the columns the layer is known to have. */
export function* csvChunks(count: number, feature: (i: number) => Feature, columns: readonly string[]): Generator<string> {
  const first = ['id', 'name_zh', 'name_en'];
  const keys = [...first, ...columns.filter((c) => !first.includes(c)), 'wkt'];
  yield `\uFEFF${keys.join(',')}\r\n`;
  for (let i = 0; i < count; i += CHUNK) {
    const lines: string[] = [];
    for (let j = i; j < Math.min(count, i + CHUNK); j++) {
      const f = feature(j);
      const p = (f.properties ?? {}) as Record<string, unknown>;
      lines.push(keys.map((k) => csvCell(k === 'wkt' ? wellknown.stringify(f.geometry) : p[k])).join(','));
    }
    yield `${lines.join('\r\n')}\r\n`;
  }
}
