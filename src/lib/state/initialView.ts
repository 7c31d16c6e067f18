import type { Coded } from '../i18n/format.ts';
import type { PublishedCatalogue } from '../catalogue/types.ts';
import { parseAppHash, viewState } from '../url/appHash.ts';
import type { ViewState } from '../url/hashState.ts';

export { DEFAULT_CAMERA } from '../url/appHash.ts';

/**
 * The view a page load starts from: the link's valid parts over the defaults, plus what was
 * ignored. It needs only the layer ids (the style's sources), not the published catalogue, so
 * the map can start while the catalogue is still on its way; `layers` stays null when the link
 * does not name any, meaning "the catalogue's defaults".
 */
export function initialView(layerIds: Iterable<string>, hash: string): { view: ViewState; problems: Coded[] } {
  const { state, problems } = parseAppHash(hash, { layers: new Set(layerIds) });
  return { view: viewState(state), problems };
}

export function defaultLayers(catalogue: PublishedCatalogue): string[] {
  return catalogue.layers.filter((l) => l.visible).map((l) => l.id);
}
