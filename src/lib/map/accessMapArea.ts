/**
 * The edge of a travel-time grid, drawn as a dashed outline and named in the legend ("计算范围" /
 * "Area computed"). The grid covers the zone's map area, the same box the zone's own context
 * layers are clipped to, so beyond it there is neither a figure nor a map: without the outline
 * the bands would stop at an edge that looks like a fault. The grid is not stretched past it,
 * since bands over a blank page would be figures with nothing to read them against.
 */
import type { GeoJSONSourceSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { MinutesGrid } from '../access/types.ts';
import type { ThemeName } from '../url/hashState.ts';

export const ACCESS_AREA_SOURCE = 'access-map-area';
export const ACCESS_AREA_LAYER = 'access-map--area';

/** Slate on the light map, pale on the contrast one: an edge, quieter than any of the zone's lines. */
export const areaColour = (theme: ThemeName): string => (theme === 'contrast' ? '#cbd5e1' : '#475569');

/** The grid's box as one closed ring. */
export function accessAreaSource(grid: Pick<MinutesGrid, 'bbox'>): GeoJSONSourceSpecification {
  const [w, s, e, n] = grid.bbox;
  return {
    type: 'geojson',
    data: { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[w, n], [e, n], [e, s], [w, s], [w, n]] } },
  };
}

export function accessAreaLayer(theme: ThemeName): LineLayerSpecification {
  return {
    id: ACCESS_AREA_LAYER, type: 'line', source: ACCESS_AREA_SOURCE,
    paint: { 'line-color': areaColour(theme), 'line-width': 1.2, 'line-dasharray': [4, 3], 'line-opacity': 0.85 },
  };
}
