import type { LayerSpecification, RasterDEMSourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../catalogue/types.ts';
import type { ThemeName } from '../url/hashState.ts';
import { BASEMAP_TEXT_MAX, escapeHtml } from './basemaps.ts';
import { archiveAddress, archiveOrigins, isArchiveRef } from './archiveRef.ts';
import { BASEMAP_PREFIX } from './styleWithBasemap.ts';
import { normaliseTemplate, templateProblem, urlOrigins, type TemplateProblem } from './template.ts';
import type { TerrainDraft, UserTerrain } from './types.ts';

type HillshadeLayerSpecification = Extract<LayerSpecification, { type: 'hillshade' }>;

/** Ids of terrain sources and layers: their own prefix, so neither data nor basemap code touches them. */
export const TERRAIN_PREFIX = 'terrain:';

/** How much taller than life 3D relief is drawn: the zone's loess hills read flat at 1×. */
export const TERRAIN_EXAGGERATION = 1.5;
/** The camera's tilt when 3D terrain is turned on (MapLibre allows up to 60° by default). */
export const TERRAIN_PITCH = 50;

/**
 * Shading per palette. Light: a slate shadow and white light, so the land colour still reads and
 * the data's own colours are not muddied. Contrast: a deeper shadow and no highlight, so the
 * palette's strong colours keep their contrast on top of it.
 */
const HILLSHADE_PAINT: Record<ThemeName, NonNullable<HillshadeLayerSpecification['paint']>> = {
  light: { 'hillshade-shadow-color': '#3f4a5a', 'hillshade-highlight-color': '#ffffff', 'hillshade-accent-color': '#2f3a48', 'hillshade-exaggeration': 0.5 },
  contrast: { 'hillshade-shadow-color': '#000000', 'hillshade-highlight-color': 'rgba(255,255,255,0)', 'hillshade-accent-color': '#000000', 'hillshade-exaggeration': 0.6 },
};

export const hillshadePaint = (theme: ThemeName): NonNullable<HillshadeLayerSpecification['paint']> => HILLSHADE_PAINT[theme];

/** The origins a terrain's tiles come from: what the page's CSP must allow. */
export function terrainOrigins(t: UserTerrain): string[] {
  return t.archive ? archiveOrigins(t.archive) : urlOrigins([t.template]);
}

const clampZoom = (z: number): number => (Number.isFinite(z) ? Math.min(22, Math.max(0, Math.round(z))) : 15);

/**
 * A terrain from the add form, or why not. Subdomains and keys are not offered for height
 * tiles: the template must be a plain {z}/{x}/{y} (or WMTS) address.
 */
export function terrainFromDraft(d: TerrainDraft, id: string, appOrigin: string): UserTerrain | { problem: TemplateProblem } {
  const problem = templateProblem(d.template, []);
  if (problem) return { problem };
  const template = normaliseTemplate(d.template);
  const host = urlOrigins([template])[0] ?? '';
  const name = d.name.trim().slice(0, BASEMAP_TEXT_MAX) || host.replace(/^https?:\/\//, '');
  const credit = d.attribution.trim().slice(0, BASEMAP_TEXT_MAX) || host;
  return {
    id, name, template,
    encoding: d.encoding === 'mapbox' ? 'mapbox' : 'terrarium',
    tileSize: d.tileSize === 512 ? 512 : 256,
    maxzoom: clampZoom(d.maxzoom),
    attribution: { zh: credit, en: credit },
    online: host !== appOrigin,
  };
}

/** A stored record that still has the shape this version draws (storage outlives code). */
export function isUserTerrain(v: unknown): v is UserTerrain {
  const t = v as Partial<UserTerrain> | null;
  return (
    !!t && typeof t.id === 'string' && typeof t.name === 'string' && typeof t.template === 'string' &&
    (t.archive === undefined || isArchiveRef(t.archive)) &&
    (t.encoding === 'terrarium' || t.encoding === 'mapbox') && (t.tileSize === 256 || t.tileSize === 512) &&
    typeof t.maxzoom === 'number' && typeof t.attribution?.zh === 'string' && typeof t.attribution.en === 'string'
  );
}

export interface TerrainParts {
  /** The hillshade's source, and a second one for 3D relief: MapLibre draws both better apart. */
  sources: { hillshade: [string, RasterDEMSourceSpecification]; relief: [string, RasterDEMSourceSpecification] };
  layer: HillshadeLayerSpecification;
}

/**
 * The credit rides on the hillshade's source, escaped (MapLibre's attribution control shows
 * source credits as HTML): the control then lists it exactly while the terrain is drawn.
 */
export function terrainParts(t: UserTerrain, theme: ThemeName, lang: Lang = 'zh'): TerrainParts {
  // An archive's zoom range and bounds come with its TileJSON through the `pmtiles://` protocol.
  const source: RasterDEMSourceSpecification = t.archive
    ? { type: 'raster-dem', url: archiveAddress(t.archive), tileSize: t.tileSize, encoding: t.encoding }
    : { type: 'raster-dem', tiles: [t.template], tileSize: t.tileSize, maxzoom: t.maxzoom, encoding: t.encoding };
  const hillshade = `${TERRAIN_PREFIX}${t.id}:hillshade`;
  return {
    sources: { hillshade: [hillshade, { ...source, attribution: escapeHtml(t.attribution[lang]) }], relief: [`${TERRAIN_PREFIX}${t.id}:relief`, { ...source }] },
    layer: { id: hillshade, type: 'hillshade', source: hillshade, paint: hillshadePaint(theme), metadata: { 'atlas:terrain': t.id } },
  };
}

/**
 * Where the hillshade goes: above the background and any user basemap, under every data layer,
 * so the relief shades the ground and never the data. Null: on top (a style with no data).
 */
export function terrainBeforeId(layers: readonly LayerSpecification[]): string | null {
  return layers.find((l) => l.type !== 'background' && !l.id.startsWith(BASEMAP_PREFIX) && !l.id.startsWith(TERRAIN_PREFIX))?.id ?? null;
}

/** The style with the terrain's hillshade (exports: 3D relief is not drawn there). */
export function styleWithTerrain(style: StyleSpecification, t: UserTerrain | null, theme: ThemeName): StyleSpecification {
  if (!t) return style;
  const parts = terrainParts(t, theme);
  const [id, source] = parts.sources.hillshade;
  const before = terrainBeforeId(style.layers);
  const at = before === null ? style.layers.length : style.layers.findIndex((l) => l.id === before);
  const layers = [...style.layers.slice(0, at), parts.layer, ...style.layers.slice(at)];
  return { ...style, sources: { ...style.sources, [id]: source }, layers };
}
