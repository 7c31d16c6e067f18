import type { LayerSpecification, LngLat, Map as MapLibreMap, Point } from 'maplibre-gl';
import { Popup } from 'maplibre-gl';
import { mount, unmount } from 'svelte';
import { styleLayerOwner } from '../../../styles/zoneStyle.ts';
import FeaturePopup from '../../components/FeaturePopup.svelte';
import type { AtlasState } from '../state/atlasState.svelte.ts';
import { popupContent } from './popupFields.ts';

/**
 * Opens the popup of the feature under a click (symbols aside: a label is not a feature) and
 * marks it as the selection a query can start from. Returns the popup, or null for a miss.
 */
export function openFeaturePopup(map: MapLibreMap, atlas: AtlasState, point: Point, lngLat: LngLat): Popup | null {
  const hit = map
    .queryRenderedFeatures([
      [point.x - 4, point.y - 4],
      [point.x + 4, point.y + 4],
    ])
    .find((f) => f.layer.type !== 'symbol' && styleLayerOwner(f.layer as LayerSpecification));
  if (!hit) return null;
  const owner = styleLayerOwner(hit.layer as LayerSpecification) ?? '';
  const layer = atlas.layer(owner) ?? atlas.userLayerAsPublished(owner);
  if (!layer) return null;
  const id = hit.properties.id;
  if (typeof id === 'string') atlas.selected = { layer: layer.id, id, name: String(hit.properties[`name_${atlas.lang}`] ?? id) };
  const target = document.createElement('div');
  const component = mount(FeaturePopup, { target, props: { content: popupContent(hit.properties, layer, atlas.lang), lang: atlas.lang } });
  const popup = new Popup({ maxWidth: '340px', focusAfterOpen: false }).setLngLat(lngLat).setDOMContent(target).addTo(map);
  popup.on('close', () => void unmount(component));
  return popup;
}
