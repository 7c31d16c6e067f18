import type { Feature } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { geometryBox } from '../fgb/bbox.ts';

/** Flies to a feature: a point at street-ish zoom, anything else framed with padding. */
export function fitFeature(map: MapLibreMap, f: Feature): void {
  const [x0, y0, x1, y1] = geometryBox(f.geometry);
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (x0 === x1 && y0 === y1) map.flyTo({ center: [x0, y0], zoom: Math.max(map.getZoom(), 11), animate: !reduce });
  else map.fitBounds([x0, y0, x1, y1], { padding: 60, maxZoom: 13, animate: !reduce });
}
