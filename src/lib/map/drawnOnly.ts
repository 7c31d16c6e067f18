import type { FeatureCollection } from 'geojson';

/**
 * The features a map source can draw: those with a geometry. A catalogue layer may list
 * features without one (projects known only to their county, `located: false`): tables and
 * charts show them, the map leaves them out. The collection itself when nothing is left out.
 */
export function drawnOnly(fc: FeatureCollection): FeatureCollection {
  if (fc.features.every((f) => f.geometry)) return fc;
  return { ...fc, features: fc.features.filter((f) => f.geometry) };
}
