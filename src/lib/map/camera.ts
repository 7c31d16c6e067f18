import type { Feature } from 'geojson';
import type { JumpToOptions, Map as MapLibreMap } from 'maplibre-gl';
import { geometryBox, type Box } from '../fgb/bbox.ts';

/** A point is shown at least this close: enough to see what surrounds it without losing the town. */
export const POINT_ZOOM = 11;
/** An outline is framed no closer than this, so a small parcel keeps some context. */
export const FIT_MAX_ZOOM = 13;
/** Room around a framed outline so its edge is not hidden under the map's controls. */
export const FIT_PADDING = 60;

export interface MoveOptions {
  /** Jump instead of flying; when left out, the user's `prefers-reduced-motion` setting decides. */
  reducedMotion?: boolean;
}

/** Where the camera should go for a feature: a centre and zoom for a point, a box to frame otherwise. */
export type FeatureView = { center: [number, number]; zoom: number } | { bounds: Box };

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** `null` for a feature with no coordinates (an empty geometry), which has nowhere to go. */
export function featureView(feature: Feature, currentZoom: number): FeatureView | null {
  if (!feature.geometry) return null;
  const box = geometryBox(feature.geometry);
  if (!box.every(Number.isFinite)) return null;
  const [x0, y0, x1, y1] = box;
  if (x0 === x1 && y0 === y1) return { center: [x0, y0], zoom: Math.max(currentZoom, POINT_ZOOM) };
  return { bounds: box };
}

/** The one way panels move the camera, so reduced motion is honoured everywhere alike. */
export function moveCamera(map: MapLibreMap, camera: JumpToOptions, { reducedMotion = prefersReducedMotion() }: MoveOptions = {}): void {
  if (reducedMotion) map.jumpTo(camera);
  else map.flyTo(camera);
}

/** Flies to a feature: a point centred at a street-ish zoom, anything else framed with padding. */
export function flyToFeature(map: MapLibreMap, feature: Feature, options: MoveOptions = {}): void {
  const view = featureView(feature, map.getZoom());
  if (!view) return;
  // cameraForBounds gives nothing when the padding leaves no room (a tiny map): stay put then.
  const camera = 'bounds' in view ? map.cameraForBounds(view.bounds, { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM }) : view;
  if (camera) moveCamera(map, camera, options);
}
