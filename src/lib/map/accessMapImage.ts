/**
 * A travel-time grid as one image on the map (a MapLibre `image` source), under the zone's data
 * layers: ~100 000 cells as one picture, never as features.
 */
import type { ImageSourceSpecification, LayerSpecification, Map as MapLibreMap, RasterLayerSpecification } from 'maplibre-gl';
import type { MinutesGrid } from '../access/types.ts';
import { basemapBeforeId } from '../basemap/styleWithBasemap.ts';
import { TERRAIN_PREFIX } from '../basemap/terrain.ts';
import type { ThemeName } from '../url/hashState.ts';
import { ACCESS_AREA_LAYER, ACCESS_AREA_SOURCE, accessAreaLayer, accessAreaSource } from './accessMapArea.ts';
import { gridCorners, gridPixels, type AccessView } from './accessMapBands.ts';

export const ACCESS_SOURCE = 'access-map';
export const ACCESS_LAYER = 'access-map--bands';

/** The grid's bands as a PNG data URL, one pixel per cell (the map smooths nothing: see the layer's resampling). */
export function gridImageUrl(grid: MinutesGrid, view: AccessView, theme: ThemeName): string {
  const canvas = document.createElement('canvas');
  canvas.width = grid.width;
  canvas.height = grid.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.putImageData(new ImageData(gridPixels(grid, view, theme), grid.width, grid.height), 0, 0);
  return canvas.toDataURL('image/png');
}

export function accessSource(grid: MinutesGrid, url: string): ImageSourceSpecification {
  return { type: 'image', url, coordinates: gridCorners(grid) };
}

/** Cells drawn as crisp squares: a band edge is where the model puts it, not blurred across cells. */
export const ACCESS_RASTER: RasterLayerSpecification = {
  id: ACCESS_LAYER, type: 'raster', source: ACCESS_SOURCE, paint: { 'raster-resampling': 'nearest', 'raster-fade-duration': 0 },
};

/** Where the bands go: above any basemap and hillshade, under every layer of the zone's data. */
export function accessBeforeId(layers: readonly LayerSpecification[]): string | null {
  return basemapBeforeId(layers.filter((l) => l.id !== ACCESS_LAYER && l.id !== ACCESS_AREA_LAYER && !l.id.startsWith(TERRAIN_PREFIX)));
}

/** Puts the bands and the outline of the area computed on the map (replacing earlier ones); returns how to take them away. */
export function drawAccessImage(map: MapLibreMap, grid: MinutesGrid, url: string, theme: ThemeName): () => void {
  removeAccessImage(map);
  const before = accessBeforeId(map.getStyle().layers) ?? undefined;
  map.addSource(ACCESS_SOURCE, accessSource(grid, url));
  map.addLayer(ACCESS_RASTER, before);
  map.addSource(ACCESS_AREA_SOURCE, accessAreaSource(grid));
  map.addLayer(accessAreaLayer(theme), before);
  return () => removeAccessImage(map);
}

function removeAccessImage(map: MapLibreMap): void {
  try {
    for (const id of [ACCESS_AREA_LAYER, ACCESS_LAYER]) if (map.getLayer(id)) map.removeLayer(id);
    for (const id of [ACCESS_AREA_SOURCE, ACCESS_SOURCE]) if (map.getSource(id)) map.removeSource(id);
  } catch {
    // The map is already gone (MapView removes it on unmount): nothing left to clean.
  }
}
