import { untrack } from 'svelte';
import type { Lang } from '../catalogue/types.ts';
import { catalogueKnownFields, fitFilter, importedKnownFields, type KnownFields } from '../filter/fitFilter.ts';
import { describe } from '../i18n/describe.ts';
import type { Coded } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import { linkProblem } from '../url/hashState.ts';
import type { AtlasState } from './atlasState.svelte.ts';

/**
 * A link's filters are read before anything is known of the layers' fields. Once a layer's
 * fields are known — a catalogue layer's with the catalogue, an imported layer's when its
 * worker has read it — its filter from the link is checked once: what cannot match is dropped
 * (and so leaves the link) and named in one notice in the UI language.
 */
export function checkLinkedFilters(atlas: AtlasState, layers: readonly string[]): void {
  // Bookkeeping, not state: each layer is checked once, whatever the effect runs for.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const pending = new Set(layers);
  if (pending.size === 0) return;
  $effect.root(() => {
    $effect(() => {
      const found: string[] = [];
      for (const id of [...pending]) {
        const known = knownFields(atlas, id);
        if (!known) continue;
        pending.delete(id);
        found.push(...untrack(() => checkLayer(atlas, id, known.fields, known.title, atlas.lang)));
      }
      if (found.length) untrack(() => atlas.notify(t('linkFilterNotice', atlas.lang) + found.join(atlas.lang === 'zh' ? '；' : '; ')));
    });
  });
}

function knownFields(atlas: AtlasState, id: string): { fields: KnownFields; title: (lang: Lang) => string } | null {
  if (id.startsWith('u_')) {
    const l = atlas.userLayers.find((x) => x.id === id);
    if (!l || l.status !== 'ready') return null;
    return { fields: importedKnownFields(l.fields), title: () => l.name };
  }
  if (!atlas.catalogue) return null;
  const layer = atlas.layer(id);
  if (!layer) return null;
  return { fields: catalogueKnownFields(layer.fields), title: (lang) => layer.title[lang] };
}

function checkLayer(atlas: AtlasState, id: string, fields: KnownFields, title: (lang: Lang) => string, lang: Lang): string[] {
  const spec = atlas.filters.get(id);
  if (!spec) return [];
  const fitted = fitFilter(spec, fields);
  if (fitted.changed) {
    if (fitted.spec.length) atlas.filters.set(id, fitted.spec);
    else atlas.filters.delete(id);
  }
  const label = (field: string) => fields.get(field)?.label?.[lang] ?? field;
  return fitted.problems.map((p: Coded) => {
    const named: Coded = { key: p.key, params: { ...p.params, ...(typeof p.params.field === 'string' ? { field: label(p.params.field) } : {}) } };
    return describe(linkProblem('filter', { layer: title(lang), reason: named }), lang);
  });
}
