import type { LayerSpecification, RasterSourceSpecification, StyleSpecification, VectorSourceSpecification } from 'maplibre-gl';
import { tileUrls } from './template.ts';
import type { UserBasemap } from './types.ts';

/** Ids of the basemap's sources and layers: one prefix, so they are told apart from data. */
export const BASEMAP_PREFIX = 'basemap:';

export interface BasemapParts {
  sources: Record<string, RasterSourceSpecification | VectorSourceSpecification>;
  /** Bottom-up: the base, then its annotation (天地图). */
  layers: LayerSpecification[];
}

/**
 * One raster source and layer per template (a PMTiles basemap has none: its parts need its
 * archive read first, see basemapPartsFor). The credit is not put on the source: MapLibre's
 * attribution control would show it as HTML; MapAttribution adds it, escaped, instead.
 */
export function basemapParts(b: UserBasemap): BasemapParts {
  const parts: BasemapParts = { sources: {}, layers: [] };
  b.templates.forEach((template, i) => {
    const id = `${BASEMAP_PREFIX}${b.id}:${i}`;
    parts.sources[id] = { type: 'raster', tiles: tileUrls(template, b.subdomains, b.key), tileSize: b.tileSize, minzoom: b.minzoom, maxzoom: b.maxzoom };
    parts.layers.push({ id, type: 'raster', source: id, metadata: { 'atlas:basemap': b.id } });
  });
  return parts;
}

/**
 * Where the basemap goes: right above the offline basemap's background, under every data
 * layer. The background stays: it shows wherever the raster has no tiles (below its minzoom,
 * outside its coverage), so the map is never blank. Null: on top (a style with no data).
 */
export function basemapBeforeId(layers: readonly LayerSpecification[]): string | null {
  return layers.find((l) => l.type !== 'background' && !l.id.startsWith(BASEMAP_PREFIX))?.id ?? null;
}

/** The style with the basemap's parts drawn under the zone's layers; the style itself when there are none. */
export function styleWithBasemap(style: StyleSpecification, parts: BasemapParts | null): StyleSpecification {
  if (!parts?.layers.length) return style;
  const before = basemapBeforeId(style.layers);
  const at = before === null ? style.layers.length : style.layers.findIndex((l) => l.id === before);
  const layers = [...style.layers.slice(0, at), ...parts.layers, ...style.layers.slice(at)];
  return { ...style, sources: { ...style.sources, ...parts.sources }, layers };
}
