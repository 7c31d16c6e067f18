import type { CircleLayerSpecification, ExpressionSpecification, FillLayerSpecification, LineLayerSpecification, Map as MapLibreMap, MapSourceDataEvent, VectorTileSource } from 'maplibre-gl';
import type { UserLayer } from '../state/userLayerTypes.ts';
import { FULL_DETAIL_ZOOM } from '../userdata/overviewThinning.ts';
import { userLayersBefore } from './userLayersBefore.ts';
import { userTileUrl } from './userTileProtocol.ts';

const KINDS = ['fill', 'line', 'circle'] as const;
const styleId = (id: string, kind: string) => `${id}--${kind}`;
/** The layer worker cuts tiles down to the zoom of full detail; the map over-zooms them beyond. */
const MAX_ZOOM = FULL_DETAIL_ZOOM;
const TYPES = (types: string[]): ExpressionSpecification => ['in', ['geometry-type'], ['literal', types]];

/**
 * An imported layer's three style layers (polygons, lines and outlines, points), as first added:
 * the attribute filter and colour glue (layerAttributesOnMap.ts) starts from these too.
 */
export function userStyleLayers(l: Pick<UserLayer, 'id' | 'color'>): Array<FillLayerSpecification | LineLayerSpecification | CircleLayerSpecification> {
  const common = { source: l.id, 'source-layer': 'features', metadata: { 'atlas:layer': l.id } };
  return [
    { ...common, id: styleId(l.id, 'fill'), type: 'fill', filter: TYPES(['Polygon', 'MultiPolygon']), paint: { 'fill-color': l.color, 'fill-opacity': 0.25 } },
    { ...common, id: styleId(l.id, 'line'), type: 'line', filter: TYPES(['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']), paint: { 'line-color': l.color, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.6, 13, 2] } },
    {
      ...common, id: styleId(l.id, 'circle'), type: 'circle', filter: TYPES(['Point', 'MultiPoint']),
      // Small at the zone's scale, where a file's points are dense; full size close up.
      paint: { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 1.5, 12, 3.5, 15, 5], 'circle-color': l.color, 'circle-stroke-color': '#fff', 'circle-stroke-width': ['step', ['zoom'], 0, 11, 1.5] },
    },
  ];
}

const versions = new WeakMap<MapLibreMap, Map<string, number>>();
/** The colour each layer was last given, per map. */
const colours = new WeakMap<MapLibreMap, Map<string, string>>();

/**
 * Keeps the map's imported layers in step with the state: one vector source (tiles from the
 * layer worker) and three style layers each, metadata naming the layer like the catalogue's so
 * popups and rendering tests treat them alike. Drawn over the zone’s features and under its labels, highlights and overlays (userLayersBefore.ts).
 */
export function syncUserLayers(map: MapLibreMap, layers: UserLayer[]): void {
  let seen = versions.get(map);
  if (!seen) versions.set(map, (seen = new Map()));
  let painted = colours.get(map);
  if (!painted) colours.set(map, (painted = new Map()));
  // A layer whose worker holds nothing yet (tileVersion 0, restoring) is added once it does:
  // asking earlier would only fetch empty tiles and then ask again.
  const drawable = layers.filter((l) => l.tileVersion > 0);
  const wanted = new Set(drawable.map((l) => l.id));
  // The sources this module added (getStyle() would serialise every source's data each time).
  for (const src of [...seen.keys()]) {
    if (!wanted.has(src)) {
      for (const k of KINDS) if (map.getLayer(styleId(src, k))) map.removeLayer(styleId(src, k));
      map.removeSource(src);
      seen.delete(src);
      painted.delete(src);
    }
  }
  const before = userLayersBefore(map.getLayersOrder(), (id) => map.getLayer(id)?.type);
  for (const l of drawable) {
    const src = map.getSource(l.id) as VectorTileSource | undefined;
    if (!src) {
      map.addSource(l.id, { type: 'vector', tiles: [userTileUrl(l.id, l.tileVersion)], minzoom: 0, maxzoom: MAX_ZOOM });
      for (const layer of userStyleLayers(l)) map.addLayer(layer, before);
      seen.set(l.id, l.tileVersion);
    } else if (seen.get(l.id) !== l.tileVersion) {
      src.setTiles([userTileUrl(l.id, l.tileVersion)]);
      seen.set(l.id, l.tileVersion);
    }
    // Only a new colour is set: the paint may hold a colour-by-attribute (layerAttributesOnMap.ts).
    if (painted.get(l.id) !== l.color) {
      map.setPaintProperty(styleId(l.id, 'fill'), 'fill-color', l.color);
      map.setPaintProperty(styleId(l.id, 'line'), 'line-color', l.color);
      map.setPaintProperty(styleId(l.id, 'circle'), 'circle-color', l.color);
      painted.set(l.id, l.color);
    }
    for (const k of KINDS) {
      const v = l.visible ? 'visible' : 'none';
      if (map.getLayoutProperty(styleId(l.id, k), 'visibility') !== v) map.setLayoutProperty(styleId(l.id, k), 'visibility', v);
    }
  }
}

/**
 * Performance marks for the first tile of an imported layer the map receives: during an
 * import (`atlas:import-first-features:<id>`) or after a reload (`atlas:user-layer-visible:<id>`).
 * The benchmark and the end-to-end tests read them.
 */
export function markFirstUserTiles(map: MapLibreMap, statusOf: (id: string) => UserLayer['status'] | null): void {
  const marked = new Set<string>();
  map.on('sourcedata', (e: MapSourceDataEvent) => {
    const id = e.sourceId;
    if (!id.startsWith('u_') || !e.tile || marked.has(id)) return;
    const status = statusOf(id);
    if (!status) return;
    marked.add(id);
    map.once('render', () => performance.mark(status === 'importing' ? `atlas:import-first-features:${id}` : `atlas:user-layer-visible:${id}`));
  });
}
