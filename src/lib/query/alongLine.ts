import type { Feature, LineString, MultiLineString } from 'geojson';
import { prepareLayer, type PreparedLayer } from './preparedLayer.ts';
import type { QueryControl, QueryMatch } from './types.ts';
import { withinDistance } from './withinDistance.ts';

/** Corridor query: targets within `meters` of a line (the 雄忻高铁, the water-supply route…). */
export function alongLine(targets: PreparedLayer, line: Feature<LineString | MultiLineString> | PreparedLayer, meters: number, control?: QueryControl): QueryMatch[] {
  const sources = 'parts' in line ? line : prepareLayer([line]);
  for (const f of sources.features) {
    if (f.geometry.type !== 'LineString' && f.geometry.type !== 'MultiLineString') throw new TypeError(`alongLine needs line geometry, got ${f.geometry.type}`);
  }
  return withinDistance(targets, sources, meters, control);
}
