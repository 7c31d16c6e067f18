import type { FeatureCollection } from 'geojson';
import type { PublishedCatalogue } from '../catalogue/types.ts';
import { loadLayer } from '../data/loadPublished.ts';
import { bracketed, describeError } from '../i18n/describe.ts';
import { t } from '../i18n/messages.ts';
import type { AtlasState } from './atlasState.svelte.ts';

/**
 * Loads every catalogue layer into the state. Each layer reports its own status as it goes and
 * one layer's failure never blocks the others; the data itself is handed over in one batch,
 * because every hand-over makes the map redraw, and with software WebGL (projector laptops,
 * CI) fifteen redraws cost more than the downloads.
 */
export async function loadCatalogueLayers(atlas: AtlasState, catalogue: PublishedCatalogue, base: string, signal?: AbortSignal): Promise<void> {
  // Streamed layers are read by viewport as the map moves, never whole.
  const whole = catalogue.layers.filter((l) => !l.streamed);
  for (const layer of catalogue.layers) atlas.status.set(layer.id, layer.streamed ? 'ready' : 'loading');
  const loaded: Record<string, FeatureCollection> = {};
  await Promise.all(
    whole.map((layer) =>
      loadLayer(base, layer, signal)
        .then((fc) => {
          loaded[layer.id] = fc;
        })
        .catch((e: unknown) => {
          if (signal?.aborted) return;
          atlas.status.set(layer.id, 'error');
          atlas.layerErrors.set(layer.id, (e as Error).message);
          atlas.notify((lang) => `${t('loadFailed', lang)}: ${layer.title[lang]}${bracketed(describeError(e, lang), lang)}`);
        }),
    ),
  );
  if (signal?.aborted) return;
  atlas.collections = { ...atlas.collections, ...loaded };
  for (const id of Object.keys(loaded)) atlas.status.set(id, 'ready');
}
