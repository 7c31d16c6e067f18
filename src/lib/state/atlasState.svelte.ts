import { getContext, setContext } from 'svelte';
import type { FeatureCollection } from 'geojson';
import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import type { Fact } from '../catalogue/facts.ts';
import type { Lang, PublishedCatalogue } from '../catalogue/types.ts';
import type { ThemeName } from '../url/hashState.ts';

export type LayerStatus = 'loading' | 'ready' | 'error';

/** The one piece of app state the panels and the map share (catalogue → loaders → here → UI). */
export class AtlasState {
  lang = $state<Lang>('zh');
  theme = $state<ThemeName>('light');
  catalogue = $state<PublishedCatalogue | null>(null);
  catalogueError = $state<string | null>(null);
  visible = new SvelteSet<string>();
  opacity = new SvelteMap<string, number>();
  status = new SvelteMap<string, LayerStatus>();
  layerErrors = new SvelteMap<string, string>();
  notices = $state<string[]>([]);
  cursor = $state<[number, number] | null>(null);
  /** Loaded layer data by catalogue id; replaced (not mutated) as each layer arrives. */
  collections = $state.raw<Readonly<Record<string, FeatureCollection>>>({});
  facts = $state.raw<Fact[]>([]);

  /** Catalogue ids in panel order, for the legend and the URL. */
  order = $derived(this.catalogue ? this.catalogue.layers.map((l) => l.id) : []);
  loadedCount = $derived([...this.status.values()].filter((s) => s !== 'loading').length);

  layer(id: string) {
    return this.catalogue?.layers.find((l) => l.id === id) ?? null;
  }

  notify(message: string): void {
    this.notices = [...this.notices, message];
  }

  dismiss(index: number): void {
    this.notices = this.notices.filter((_, i) => i !== index);
  }
}

const KEY = Symbol('atlas');

export function provideAtlas(state: AtlasState): AtlasState {
  return setContext(KEY, state);
}

export function useAtlas(): AtlasState {
  const state = getContext<AtlasState | undefined>(KEY);
  if (!state) throw new Error('useAtlas() outside <App>');
  return state;
}
