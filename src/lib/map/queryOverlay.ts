import type { Feature, FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { WIDE_LABEL_FONT } from '../../../styles/labelFont.ts';
import { setSourceData } from './setSourceData.ts';
import type { Lang } from '../catalogue/types.ts';
import type { QueryMatch } from '../query/types.ts';
import type { QueryState } from '../state/atlasState.svelte.ts';
import type { StyleOverlay } from './styleWithState.ts';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const HIGHLIGHT = '#facc15';

/** Sources and layers for the user's sites and a query's rings and matches, over the zone style. */
export const QUERY_OVERLAY: StyleOverlay = {
  sources: {
    'user-sites': { type: 'geojson', data: EMPTY },
    'query-rings': { type: 'geojson', data: EMPTY },
    'query-shape': { type: 'geojson', data: EMPTY },
    'query-matches': { type: 'geojson', data: EMPTY },
  },
  layers: [
    { id: 'user-sites--fill', type: 'fill', source: 'user-sites', paint: { 'fill-color': '#059669', 'fill-opacity': 0.2 } },
    { id: 'user-sites--line', type: 'line', source: 'user-sites', paint: { 'line-color': '#047857', 'line-width': 2 } },
    {
      id: 'user-sites--circle', type: 'circle', source: 'user-sites', filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 7, 'circle-color': '#059669', 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 },
    },
    { id: 'query-rings--fill', type: 'fill', source: 'query-rings', paint: { 'fill-color': '#f59e0b', 'fill-opacity': 0.08 } },
    { id: 'query-rings--line', type: 'line', source: 'query-rings', paint: { 'line-color': '#d97706', 'line-width': 1.5, 'line-dasharray': [2, 2] } },
    // A drawn area or line the query was measured from: it stays with the answer (a measurement
    // or a shared link must not leave the answer without its shape).
    { id: 'query-shape--fill', type: 'fill', source: 'query-shape', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': '#f59e0b', 'fill-opacity': 0.1 } },
    { id: 'query-shape--line', type: 'line', source: 'query-shape', paint: { 'line-color': '#b45309', 'line-width': 2 } },
    { id: 'query-matches--line', type: 'line', source: 'query-matches', filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': HIGHLIGHT, 'line-width': 5, 'line-opacity': 0.85 } },
    {
      id: 'query-matches--circle', type: 'circle', source: 'query-matches', filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 10, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': HIGHLIGHT, 'circle-stroke-width': 3.5 },
    },
    // A ring says "this one"; the name says which. An answer can hold thousands of matches, so the
    // names take part in collision like every other label: MapLibre drops those that do not fit
    // (the rings stay), the nearest matches win the space, and the padding keeps a dense answer
    // from tiling the map with names. Smaller and thinner-haloed than before, so the names that are
    // placed still leave the map and other tools' labels (a measurement) legible; the yellow halo
    // keeps them reading as the answer's.
    {
      id: 'query-matches--label', type: 'symbol', source: 'query-matches',
      layout: {
        'text-field': ['get', 'name'], 'text-font': WIDE_LABEL_FONT, 'text-size': 12.5, 'text-max-width': 10, 'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
        'text-radial-offset': 1.3, 'text-justify': 'auto', 'symbol-placement': 'point',
        'text-allow-overlap': false, 'text-ignore-placement': false, 'text-padding': 4,
        'symbol-sort-key': ['get', 'distance_m'],
      },
      paint: { 'text-color': '#111827', 'text-halo-color': HIGHLIGHT, 'text-halo-width': 1.4 },
    },
  ],
};

export function showQueryOverlay(map: MapLibreMap, query: QueryState, lang: Lang): void {
  const done = query.status === 'done';
  const meters = query.spec?.op === 'within' || query.spec?.op === 'along' ? (query.spec.meters ?? 0) : 0;
  setSourceData(map, 'query-rings', EMPTY);
  // Rings need turf's buffer, which loads with the first result rather than with the page.
  if (done && meters > 0) void import('./queryRings.ts').then(({ queryRings }) => setSourceData(map, 'query-rings', queryRings(query.sources, query.matches, meters)));
  const drawn = query.spec?.source.kind === 'geometry' ? query.sources.filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'LineString') : [];
  setSourceData(map, 'query-shape', query.status === 'idle' ? EMPTY : { type: 'FeatureCollection', features: drawn });
  map.setGlobalStateProperty('matchIds', done ? query.matches.map((m) => String(m.feature.properties?.id ?? '')) : []);
  setSourceData(
    map,
    'query-matches',
    done ? matchedFeatures(query.matches, lang) : EMPTY,
  );
}

/** A query's matches as drawn: id, distance and the name in the UI language (for the label). */
export function matchedFeatures(matches: readonly QueryMatch[], lang: Lang): FeatureCollection {
  return { type: 'FeatureCollection', features: matches.map((m) => ({ ...m.feature, properties: { id: m.feature.properties?.id ?? null, distance_m: m.distance_m, name: matchName(m.feature, lang) } })) };
}

function matchName(f: Feature, lang: Lang): string {
  const p = f.properties ?? {};
  return String(p[`name_${lang}`] ?? p.name_zh ?? p.name ?? '');
}

export function showUserSites(map: MapLibreMap, sites: Feature[]): void {
  setSourceData(map, 'user-sites', { type: 'FeatureCollection', features: sites });
}
