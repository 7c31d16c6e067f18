import type { PublishedCatalogue } from '../catalogue/types.ts';
import { parseHash, type ViewState } from '../url/hashState.ts';

/** Opening view: the whole zone, 阳曲 to 繁峙, on a laptop screen. */
export const DEFAULT_CAMERA = { center: [112.78, 38.52] as [number, number], zoom: 7.7, bearing: 0, pitch: 0 };

export function defaultView(catalogue: PublishedCatalogue): ViewState {
  return { ...DEFAULT_CAMERA, layers: catalogue.layers.filter((l) => l.visible).map((l) => l.id), lang: 'zh', theme: 'light' };
}

/** The view a page load starts from: the link's valid parts over the defaults, plus what was ignored. */
export function initialView(catalogue: PublishedCatalogue, hash: string): { view: ViewState; problems: string[] } {
  const known = new Set(catalogue.layers.map((l) => l.id));
  const { state, problems } = parseHash(hash, known);
  const view = { ...defaultView(catalogue), ...state };
  if (view.layers === null) view.layers = defaultView(catalogue).layers;
  return { view, problems };
}
