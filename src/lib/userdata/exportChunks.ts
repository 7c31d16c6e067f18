import type { Feature } from 'geojson';
import wellknown from 'wellknown';
import { csvCell } from '../csv.ts';

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

/**
 * The same as CSV (UTF-8 with BOM), over the columns the layer is known to have. A layer of
 * points gets its coordinates back as `lon`, `lat` columns, as a point file usually had them;
 * any other layer gets a `wkt` column.
 */
export function* csvChunks(count: number, feature: (i: number) => Feature, columns: readonly string[], geometry: 'lonlat' | 'wkt'): Generator<string> {
  const own = columns.filter((c) => c !== 'id');
  const geo = geometry === 'lonlat' ? ['lon', 'lat'] : ['wkt'];
  const keys = ['id', ...own.filter((c) => !geo.includes(c))];
  yield `\uFEFF${[...keys, ...geo].join(',')}\r\n`;
  for (let i = 0; i < count; i += CHUNK) {
    const lines: string[] = [];
    for (let j = i; j < Math.min(count, i + CHUNK); j++) {
      const f = feature(j);
      const p = (f.properties ?? {}) as Record<string, unknown>;
      const cells = keys.map((k) => csvCell(p[k]));
      if (geometry === 'lonlat' && f.geometry.type === 'Point') cells.push(String(f.geometry.coordinates[0]), String(f.geometry.coordinates[1]));
      else cells.push(csvCell(wellknown.stringify(f.geometry)));
      lines.push(cells.join(','));
    }
    yield `${lines.join('\r\n')}\r\n`;
  }
}
