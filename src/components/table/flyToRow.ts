import type { Feature } from 'geojson';
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { featureView, FIT_MAX_ZOOM, FIT_PADDING, flyToFeature, moveCamera } from '../../lib/map/camera.ts';

/**
 * Flies to a row's feature (a point at a street-ish zoom, anything else framed) in the part of
 * the map the table's drawer leaves free: `covered` px at the bottom are under the drawer.
 * The map's own padding is left alone (it would stick to every later move). Reduced motion is
 * honoured as everywhere (camera.ts).
 */
export function flyToRow(map: MapLibreMap, feature: Feature, covered: number): void {
  const view = featureView(feature, map.getZoom());
  if (!view) return;
  const padding: PaddingOptions = { top: FIT_PADDING, left: FIT_PADDING, right: FIT_PADDING, bottom: covered + FIT_PADDING / 2 };
  const [w, s, e, n] = 'bounds' in view ? view.bounds : [view.center[0], view.center[1], view.center[0], view.center[1]];
  // A point is a box of no size: framed, it sits at the free part's centre at the point's zoom.
  const camera = map.cameraForBounds([w, s, e, n], { padding, maxZoom: 'bounds' in view ? FIT_MAX_ZOOM : view.zoom });
  // No room left above the drawer (a tiny map): frame it on the whole map instead.
  if (camera) moveCamera(map, camera);
  else flyToFeature(map, feature);
}
