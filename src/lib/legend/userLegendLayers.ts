import type { LayerSpecification } from 'maplibre-gl';
import type { UserLayer } from '../state/userLayerTypes.ts';
import { userStyleLayers } from '../map/userLayersOnMap.ts';

/** Which of an imported layer's three style layers draws each geometry type it holds. */
const DRAWN_BY: Record<string, string> = {
  Point: 'circle', MultiPoint: 'circle', LineString: 'line', MultiLineString: 'line', Polygon: 'fill', MultiPolygon: 'fill',
};

/**
 * An imported layer's style layers as the legend reads them, titled with the layer's name: one
 * per kind of geometry it holds (a points file is not also listed as a line and an area).
 */
export function userLegendLayers(l: Pick<UserLayer, 'id' | 'color' | 'name' | 'geometryTypes'>): LayerSpecification[] {
  const kinds = new Set(l.geometryTypes.map((g) => DRAWN_BY[g]).filter((k): k is string => k !== undefined));
  return userStyleLayers(l)
    .filter((s) => kinds.has(s.type))
    .map((s) => ({ ...s, metadata: { ...(s.metadata as object), 'atlas:legend': { zh: l.name, en: l.name } } }));
}
