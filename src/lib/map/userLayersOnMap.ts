import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { UserLayer } from '../state/userLayers.ts';

const KINDS = ['fill', 'line', 'circle'] as const;
const styleId = (id: string, kind: string) => `${id}--${kind}`;

/**
 * Keeps the map's imported layers in step with the state: one GeoJSON source and three style
 * layers each (metadata names the layer, like the catalogue's, so rendering tests and popups
 * treat them alike). Drawn below the query and briefing overlays.
 */
export function syncUserLayers(map: MapLibreMap, layers: UserLayer[]): void {
  const wanted = new Set(layers.map((l) => l.id));
  for (const src of Object.keys(map.getStyle().sources)) {
    if (src.startsWith('u_') && !wanted.has(src)) {
      for (const k of KINDS) if (map.getLayer(styleId(src, k))) map.removeLayer(styleId(src, k));
      map.removeSource(src);
    }
  }
  const before = map.getLayer('user-sites--fill') ? 'user-sites--fill' : undefined;
  for (const l of layers) {
    const src = map.getSource(l.id) as GeoJSONSource | undefined;
    if (!src) {
      map.addSource(l.id, { type: 'geojson', data: { type: 'FeatureCollection', features: l.features } });
      const metadata = { 'atlas:layer': l.id };
      map.addLayer({ id: styleId(l.id, 'fill'), type: 'fill', source: l.id, filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]], paint: { 'fill-color': l.color, 'fill-opacity': 0.25 }, metadata }, before);
      map.addLayer({ id: styleId(l.id, 'line'), type: 'line', source: l.id, filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': l.color, 'line-width': 2 }, metadata }, before);
      map.addLayer({ id: styleId(l.id, 'circle'), type: 'circle', source: l.id, filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-radius': 5, 'circle-color': l.color, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5 }, metadata }, before);
    } else {
      src.setData({ type: 'FeatureCollection', features: l.features });
    }
    map.setPaintProperty(styleId(l.id, 'fill'), 'fill-color', l.color);
    map.setPaintProperty(styleId(l.id, 'line'), 'line-color', l.color);
    map.setPaintProperty(styleId(l.id, 'circle'), 'circle-color', l.color);
    for (const k of KINDS) map.setLayoutProperty(styleId(l.id, k), 'visibility', l.visible ? 'visible' : 'none');
  }
}
