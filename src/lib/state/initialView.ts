import type { PublishedCatalogue } from '../catalogue/types.ts';
import { parseHash, type ViewState } from '../url/hashState.ts';

/** Opening view: the whole zone, 阳曲 to 繁峙, on a laptop screen. */
export const DEFAULT_CAMERA = { center: [112.78, 38.52] as [number, number], zoom: 7.7, bearing: 0, pitch: 0 };

/**
 * The view a page load starts from: the link's valid parts over the defaults, plus what was
 * ignored. It needs only the layer ids (the style's sources), not the published catalogue, so
 * the map can start while the catalogue is still on its way; `layers` stays null when the link
 * does not name any, meaning "the catalogue's defaults".
 */
export function initialView(layerIds: Iterable<string>, hash: string): { view: ViewState; problems: string[] } {
  const { state, problems } = parseHash(hash, new Set(layerIds));
  return { view: { ...DEFAULT_CAMERA, layers: null, lang: 'zh', theme: 'light', ...state }, problems };
}

export function defaultLayers(catalogue: PublishedCatalogue): string[] {
  return catalogue.layers.filter((l) => l.visible).map((l) => l.id);
}
