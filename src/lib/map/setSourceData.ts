import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

// Whether each overlay source holds nothing now; sources we never set are empty in our styles.
const emptyNow = new WeakMap<GeoJSONSource, boolean>();

/**
 * Sets a GeoJSON source's data, except when it would go from empty to empty: every `setData`
 * re-tiles the source and redraws the map, which on software WebGL costs a tenth of a second
 * or more, and clearing overlays that show nothing is the common case at start-up.
 */
export function setSourceData(map: MapLibreMap, id: string, data: FeatureCollection): void {
  const source = map.getSource(id) as GeoJSONSource | undefined;
  if (!source) return;
  const empty = data.features.length === 0;
  if (empty && (emptyNow.get(source) ?? true)) return;
  emptyNow.set(source, empty);
  void source.setData(data);
}
