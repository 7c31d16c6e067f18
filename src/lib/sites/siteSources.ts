import type { Lang, PublishedLayer } from '../catalogue/types.ts';
import { SITE_LAYER_IDS } from './siteAttributes.ts';

export interface SourceLine {
  layer: string;
  title: string;
  source: string;
  licence: string;
  accuracy: string;
  /** How many of the layer's features were digitised from a description (示意). */
  schematic: number;
  total: number;
}

/**
 * Where the figures of a site comparison come from, one line per layer they rest on, for the
 * printed comparison: a page taken away from the app must carry its sources and how reliable
 * each is, not point back to the layer panel.
 */
export function siteSources(layers: readonly PublishedLayer[], lang: Lang): SourceLine[] {
  const wanted: readonly string[] = SITE_LAYER_IDS;
  return layers
    .filter((l) => wanted.includes(l.id))
    .map((l) => ({
      layer: l.id,
      title: l.title[lang],
      source: l.source[lang],
      licence: l.licence[lang],
      accuracy: l.accuracy[lang],
      schematic: l.confidenceCounts.schematic,
      total: l.featureCount,
    }));
}
