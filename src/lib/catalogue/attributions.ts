import type { CatalogueLayer, Lang } from './types.ts';

/** The credits of all catalogue layers, once each, in the UI's language (map and exports alike). */
export function layerAttributions(layers: readonly Pick<CatalogueLayer, 'attribution'>[], lang: Lang): string[] {
  return [...new Set(layers.flatMap((l) => (l.attribution ? [l.attribution[lang]] : [])))];
}
