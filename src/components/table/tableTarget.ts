import { bracketed, describe } from '../../lib/i18n/describe.ts';
import { t } from '../../lib/i18n/messages.ts';
import { QUERY_TABLE, type AtlasState } from '../../lib/state/atlasState.svelte.ts';
import { numberText } from '../../lib/table/cellText.ts';
import { catalogueSource, querySource, userLayerSource, type TableSource } from './tableSource.ts';

/**
 * What the drawer can show for the open table: its rows (a way to make their source, and what
 * identifies them so the source is made again only when they change), or why not yet / not at
 * all. Read inside a $derived, so it follows the layer's loading, the query and the language.
 */
export type TableTarget =
  | { kind: 'ready'; title: string; key: string; data: unknown; make: () => TableSource }
  | { kind: 'waiting'; title: string; message: string }
  | { kind: 'unavailable'; title: string; message: string }
  /** The layer is no longer there (an imported layer removed): the drawer closes. */
  | { kind: 'gone'; title: string; message: string };

export function tableTarget(atlas: AtlasState, id: string): TableTarget {
  const lang = atlas.lang;
  if (id === QUERY_TABLE) {
    const q = atlas.query;
    const target = q.spec ? (atlas.layer(q.spec.target) ?? null) : null;
    const targetName = q.spec ? (target?.title[lang] ?? atlas.userLayers.find((l) => l.id === q.spec?.target)?.name ?? q.spec.target) : '';
    const title = `${t('tableQueryTitle', lang)}${bracketed(targetName, lang)}`;
    if (q.status === 'running') return { kind: 'waiting', title, message: t('tableBuilding', lang) };
    if (q.status !== 'done' || !q.spec) return { kind: 'unavailable', title, message: t('tableNoQuery', lang) };
    return { kind: 'ready', title, key: `query:${lang}`, data: q.matches, make: () => querySource(q, target, lang) };
  }
  if (id.startsWith('u_')) {
    const layer = atlas.userLayers.find((l) => l.id === id);
    if (!layer) return { kind: 'gone', title: '', message: '' };
    if (layer.status !== 'ready') return { kind: 'waiting', title: layer.name, message: t('tableLayerLoading', lang) };
    // Renaming or recolouring the layer does not rebuild its table; new features (a re-read) do.
    return { kind: 'ready', title: layer.name, key: `user:${id}:${lang}:${layer.tileVersion}:${layer.count}`, data: null, make: () => userLayerSource(layer, lang) };
  }
  const layer = atlas.layer(id);
  if (!layer) return { kind: atlas.catalogue ? 'gone' : 'waiting', title: '', message: t('tableLayerLoading', lang) };
  const title = layer.title[lang];
  if (layer.streamed) return { kind: 'unavailable', title, message: describe({ key: 'tableStreamed', params: { n: numberText(layer.featureCount, lang) } }, lang) };
  const status = atlas.status.get(id);
  if (status === 'error') return { kind: 'unavailable', title, message: `${t('tableFailed', lang)}${bracketed(atlas.layerErrors.get(id), lang)}` };
  const collection = atlas.collections[id];
  if (!collection || status === 'loading') return { kind: 'waiting', title, message: t('tableLayerLoading', lang) };
  return { kind: 'ready', title, key: `catalogue:${id}:${lang}`, data: collection, make: () => catalogueSource(layer, collection.features, lang) };
}
