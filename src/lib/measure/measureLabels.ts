import { centroid, length, midpoint } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point, Polygon, Position } from 'geojson';
import type { Lang } from '../catalogue/types.ts';
import { tf } from '../i18n/describe.ts';
import { describeMeasurement, fmt, measure } from './measure.ts';

export interface MeasureLabel {
  label: string;
  kind: 'segment' | 'total';
}

/**
 * Labels for a shape being measured: each segment's geodesic length at its midpoint, and the
 * running total (a line) or area and perimeter (a polygon) — so a planner reads the figures on
 * the map while drawing, not only in the panel.
 */
export function measureLabels(shape: Feature<LineString | Polygon>, lang: Lang): FeatureCollection<Point, MeasureLabel> {
  const g = shape.geometry;
  const ring: Position[] = g.type === 'Polygon' ? (g.coordinates[0] ?? []) : g.coordinates;
  const features: Array<Feature<Point, MeasureLabel>> = [];
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1] as Position;
    const b = ring[i] as Position;
    if (a[0] === b[0] && a[1] === b[1]) continue;
    const km = length({ type: 'Feature', geometry: { type: 'LineString', coordinates: [a, b] }, properties: {} }, { units: 'kilometers' });
    features.push({ ...midpoint(a, b), properties: { label: tf('measureSegment', lang, { km: fmt(km, lang, 2) }), kind: 'segment' } });
  }
  if (ring.length >= 2) {
    const m = measure(shape);
    const at: Feature<Point> = g.type === 'Polygon' ? centroid(shape) : { type: 'Feature', geometry: { type: 'Point', coordinates: ring[ring.length - 1] as Position }, properties: {} };
    const label = g.type === 'Polygon' ? describeMeasurement(m, lang).join('\n') : tf('measureTotal', lang, { km: fmt(m.lengthKm, lang, 2) });
    features.push({ type: 'Feature', geometry: at.geometry, properties: { label, kind: 'total' } });
  }
  return { type: 'FeatureCollection', features };
}
