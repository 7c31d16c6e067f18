import type { LayerSpecification, Map as MapLibreMap, MapGeoJSONFeature, Point } from 'maplibre-gl';
import { styleLayerOwner } from '../../../styles/zoneStyle.ts';
import type { PublishedLayer } from '../catalogue/types.ts';
import { MERGED_FROM } from './mergeSources.ts';

export interface PickedFeature {
  feature: MapGeoJSONFeature;
  layer: PublishedLayer;
}

/**
 * The feature drawn under a click, within 4 px, and the catalogue (or imported) layer it belongs
 * to. Labels are skipped: a label is not a feature. Null for a miss.
 */
export function pickFeature(map: MapLibreMap, point: Point, layerOf: (id: string) => PublishedLayer | null): PickedFeature | null {
  const hit = map
    .queryRenderedFeatures([
      [point.x - 4, point.y - 4],
      [point.x + 4, point.y + 4],
    ])
    .find((f) => f.layer.type !== 'symbol' && styleLayerOwner(f.layer as LayerSpecification));
  if (!hit) return null;
  const layer = layerOf(styleLayerOwner(hit.layer as LayerSpecification) ?? '');
  if (!layer) return null;
  // The tag that keeps layers apart in the merged source is the map's, not the data's: the
  // popup shows the feature's own properties. `hit` is this query's own object.
  const properties = { ...hit.properties };
  delete properties[MERGED_FROM];
  hit.properties = properties;
  return { feature: hit, layer };
}
