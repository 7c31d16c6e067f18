import type { Feature, FeatureCollection } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, GeoJSONSourceSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { drawnOnly } from './drawnOnly.ts';

/** The one source the zone's loaded layers are drawn from (see mergeLoadedSources). */
export const MERGED_SOURCE = 'atlas-data';

/**
 * The property that tells, in the merged source, which catalogue layer a feature came from: in
 * the style's own `atlas:` namespace (as in the layers' metadata), apart from the data's fields.
 * It never reaches a popup (see pickFeature).
 */
export const MERGED_FROM = 'atlas:from';

interface Merge {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

/** A GeoJSON source's options apart from its data, to tell which sources can be drawn as one. */
const options = (src: GeoJSONSourceSpecification): string => JSON.stringify({ ...src, data: null });

/** Whether any of the layers drawn from a source is shown. */
const shown = (id: string, layers: readonly LayerSpecification[]): boolean =>
  layers.some((l) => 'source' in l && l.source === id && l.layout?.visibility !== 'none');

/**
 * The zone's loaded and shown GeoJSON sources as one source, each style layer keeping its own
 * features by a filter on MERGED_FROM. MapLibre draws a stencil mask over every tile in view each
 * time the next fill or line layer reads another source than the one before, and the zone's
 * layers alternate between thirteen sources: with the overlays, 35 full-screen masks a frame at
 * the opening view instead of 13, a third of each frame's work on software WebGL. One source also
 * means four tile jobs instead of sixty, so fewer frames are drawn while the map fills in. A
 * hidden layer keeps its own source (with its data, cut into tiles only once shown), so the
 * opening view does not pay for it; so does a source without data yet, to be filled later.
 */
export function mergeLoadedSources(
  sources: Readonly<Record<string, SourceSpecification>>,
  layers: readonly LayerSpecification[],
  collections: Readonly<Record<string, FeatureCollection>>,
): Merge {
  const loaded = Object.keys(collections).filter((id) => sources[id]?.type === 'geojson' && shown(id, layers));
  const first = loaded[0];
  const shape = first ? options(sources[first] as GeoJSONSourceSpecification) : '';
  const merged = new Set(loaded.filter((id) => options(sources[id] as GeoJSONSourceSpecification) === shape));
  if (!first || merged.size < 2) return { sources: { ...sources }, layers: [...layers] };
  const features: Feature[] = [];
  for (const id of merged) {
    for (const f of drawnOnly(collections[id] as FeatureCollection).features) features.push({ ...f, properties: { ...f.properties, [MERGED_FROM]: id } });
  }
  // First of the zone's sources: MapLibre hands them to its worker in this order.
  const out: Record<string, SourceSpecification> = { [MERGED_SOURCE]: { ...(sources[first] as GeoJSONSourceSpecification), data: { type: 'FeatureCollection', features } } };
  for (const [id, src] of Object.entries(sources)) if (!merged.has(id)) out[id] = src;
  const drawn = layers.map((layer): LayerSpecification => {
    if (!('source' in layer) || typeof layer.source !== 'string' || !merged.has(layer.source)) return layer;
    return { ...layer, source: MERGED_SOURCE, filter: mergedFilter(layer.source, layer.filter) } as LayerSpecification;
  });
  return { sources: out, layers: drawn };
}

/** A style layer's filter once its source `source` is drawn from the merged one: its own features, then its own filter. */
export function mergedFilter(source: string, filter: FilterSpecification | undefined): FilterSpecification {
  const own: ExpressionSpecification = ['==', ['get', MERGED_FROM], source];
  return (filter ? ['all', own, filter] : own) as FilterSpecification;
}
