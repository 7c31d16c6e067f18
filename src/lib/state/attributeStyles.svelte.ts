import type { FeatureCollection } from 'geojson';
import { SvelteMap } from 'svelte/reactivity';
import { catalogueFields, importedFields, type AttributeField } from '../filter/attributeFields.ts';
import type { LayerAttributeStyle } from '../filter/attributeStyle.ts';
import type { ClassBreaks } from '../filter/classBreaks.ts';
import type { ColourBy } from '../filter/colourBy.ts';
import { categoryColourStyle, classColourStyle, type ColourStyle } from '../filter/colourStyle.ts';
import { toMapLibreFilter } from '../filter/filterExpression.ts';
import { atlasWorkers } from '../worker/atlasWorkers.ts';
import { filtersQueryRanWith, queryFilters, runQueryInWorker } from './runQueryInWorker.ts';
import type { AtlasState } from './atlasState.svelte.ts';

type ClassBreaksModule = typeof import('../filter/classBreaks.ts');
type Graduated = Extract<ColourBy, { classes: number }>;

const isImported = (id: string): boolean => id.startsWith('u_');

/**
 * The user's attribute filters and colours (atlas.filters, atlas.colourBy) made into what the
 * map draws: one LayerAttributeStyle per layer, read by the live map, the legend and exports, so
 * they cannot disagree. Class breaks of a catalogue layer are worked out here from its features
 * (the statistics code loads with the first graduated colouring); an imported layer's come from
 * the layer worker, which holds its rows. It also hands each imported layer's filter to that
 * worker, which cuts the layer's tiles from the features that pass.
 */
export class AttributeStyles {
  readonly #atlas: AtlasState;
  #stats = $state.raw<ClassBreaksModule | null>(null);
  /** Imported layers' class breaks by request (see breaksKey); null while asked or after a failure. */
  #remote = new SvelteMap<string, ClassBreaks | null>();
  /** The filter each imported layer's worker holds, as JSON (bookkeeping, not reactive). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #sent = new Map<string, string>();
  readonly #fields = new WeakMap<FeatureCollection, AttributeField[]>();

  constructor(atlas: AtlasState) {
    this.#atlas = atlas;
    $effect.root(() => {
      $effect(() => this.#fetchBreaks());
      $effect(() => this.#sendFilters());
      $effect(() => this.#rerunQuery());
    });
  }

  /** What a layer's attributes offer the editor (empty for a layer not known yet). */
  fieldsOf(id: string): AttributeField[] {
    const atlas = this.#atlas;
    if (isImported(id)) return importedFields(atlas.userLayers.find((l) => l.id === id)?.fields ?? []);
    const layer = atlas.layer(id);
    if (!layer) return [];
    const fc = atlas.collections[id];
    if (!fc) return catalogueFields(layer.fields, []);
    let fields = this.#fields.get(fc);
    if (!fields) this.#fields.set(fc, (fields = catalogueFields(layer.fields, fc.features)));
    return fields;
  }

  /** Every layer with a filter or a colour, and what it makes of its style. */
  readonly styles = $derived.by((): ReadonlyMap<string, LayerAttributeStyle> => {
    const atlas = this.#atlas;
    // Made anew on each change and never changed after: nothing needs to react to it.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const out = new Map<string, LayerAttributeStyle>();
    const ids = [...atlas.filters.keys(), ...[...atlas.colourBy.keys()].filter((id) => !atlas.filters.has(id))];
    for (const id of ids) {
      const filter = toMapLibreFilter(atlas.filters.get(id) ?? []);
      const c = atlas.colourBy.get(id);
      const colour = c ? this.#colour(id, c) : null;
      if (filter || colour) out.set(id, { filter, colour });
    }
    return out;
  });

  #colour(id: string, c: ColourBy): ColourStyle | null {
    const field = this.fieldsOf(id).find((f) => f.name === c.field);
    if (!field) return null;
    const theme = this.#atlas.theme;
    if (c.mode === 'category') return field.kind === 'category' ? categoryColourStyle(field, theme) : null;
    if (field.kind !== 'number') return null;
    const breaks = isImported(id) ? this.#remote.get(breaksKey(id, c, this.#stamp(id))) : this.#catalogueBreaks(id, c);
    return breaks ? classColourStyle(field, c.mode, breaks, theme) : null;
  }

  #catalogueBreaks(id: string, c: Graduated): ClassBreaks | null {
    const stats = this.#stats;
    const fc = this.#atlas.collections[id];
    if (!stats || !fc) return null;
    return stats.classBreaks(fc.features.map((f) => (f.properties ?? {})[c.field]), c.classes, c.mode);
  }

  /** An imported layer's data changes when it is read again (another CRS): its breaks too. */
  #stamp(id: string): string {
    const l = this.#atlas.userLayers.find((x) => x.id === id);
    return l ? `${l.importedAt}/${l.count}/${l.status}` : '';
  }

  #fetchBreaks(): void {
    for (const [id, c] of this.#atlas.colourBy) {
      if (c.mode === 'category') continue;
      if (!isImported(id)) {
        if (!this.#stats) void import('../filter/classBreaks.ts').then((m) => (this.#stats = m));
        continue;
      }
      const l = this.#atlas.userLayers.find((x) => x.id === id);
      const key = breaksKey(id, c, this.#stamp(id));
      if (!l || l.status !== 'ready' || this.#remote.has(key)) continue;
      this.#remote.set(key, null);
      atlasWorkers()
        .layers.call('classBreaks', { id, field: c.field, classes: c.classes, method: c.mode })
        .promise.then((b) => this.#remote.set(key, b))
        .catch(() => undefined); // Left uncoloured: the layer keeps its own colour.
    }
  }

  /** A query on screen follows the filters of its layers: when they change, it runs again. */
  #rerunQuery(): void {
    const atlas = this.#atlas;
    const { status, spec } = atlas.query;
    if (status !== 'done' || !spec) return;
    const ran = filtersQueryRanWith(spec);
    if (ran !== undefined && ran !== JSON.stringify(queryFilters(atlas.filters, spec))) void runQueryInWorker(atlas, spec);
  }

  #sendFilters(): void {
    const atlas = this.#atlas;
    for (const l of atlas.userLayers) {
      const spec = atlas.filters.get(l.id) ?? [];
      const json = JSON.stringify(spec);
      if ((this.#sent.get(l.id) ?? '[]') === json) continue;
      this.#sent.set(l.id, json);
      void atlasWorkers()
        .layers.call('setFilter', { id: l.id, spec })
        .promise.then(() => {
          // The map asks for the layer's tiles again, now cut from the features that pass.
          atlas.userLayers = atlas.userLayers.map((x) => (x.id === l.id && x.tileVersion > 0 ? { ...x, tileVersion: x.tileVersion + 1 } : x));
        })
        .catch(() => undefined);
    }
  }
}

const breaksKey = (id: string, c: Graduated, stamp: string): string => `${id}|${stamp}|${c.field}|${c.mode}|${c.classes}`;

const instances = new WeakMap<AtlasState, AttributeStyles>();

/** The app's one AttributeStyles for this state. */
export function attributeStylesOf(atlas: AtlasState): AttributeStyles {
  let s = instances.get(atlas);
  if (!s) instances.set(atlas, (s = new AttributeStyles(atlas)));
  return s;
}
