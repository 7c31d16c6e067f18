/**
 * A scene's travel-time map in its exports (PNG, PDF): the grid asked of the worker as on
 * screen, drawn as the same image under the data, with its legend rows (bands in minutes, the
 * estimate note, the assumptions) in the export's legend.
 */
import type { GeoJSONSourceSpecification, ImageSourceSpecification, LineLayerSpecification, StyleSpecification } from 'maplibre-gl';
import { ZONE_BBOX, type Lang } from '../catalogue/types.ts';
import type { LegendEntry } from '../legend/legendFromStyle.ts';
import { BAND_ALPHA } from '../map/accessMapBands.ts';
import { ACCESS_AREA_SOURCE, accessAreaLayer, accessAreaSource, areaColour } from '../map/accessMapArea.ts';
import { ACCESS_RASTER, ACCESS_SOURCE, accessBeforeId, accessSource, gridImageUrl } from '../map/accessMapImage.ts';
import { t } from '../i18n/messages.ts';
import { accessLegend, type AccessLegend, type AccessMapSpec } from '../map/accessMapLegend.ts';
import { accessGridInWorker } from '../state/accessInWorker.ts';
import { railNetworkOnPage } from '../state/railNetworkOnPage.ts';
import type { AtlasState } from '../state/atlasState.svelte.ts';
import type { ThemeName } from '../url/hashState.ts';
import type { Scene } from './schema.ts';

/** Plain data (the state's values are proxies, which cannot go to the worker). */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The outline of the area computed, as on screen, and its legend line. */
export interface SceneAccessArea {
  source: GeoJSONSourceSpecification;
  layer: LineLayerSpecification;
  label: string;
  color: string;
}

export interface SceneAccessImage {
  source: ImageSourceSpecification;
  legend: AccessLegend;
  area?: SceneAccessArea;
}

/** The scene's map with the presenter's assumptions (its own year for a time view), as the live show draws it. */
export function sceneAccessSpec(scene: Scene, atlas: Pick<AtlasState, 'access'>): AccessMapSpec | null {
  const a = scene.access;
  if (!a) return null;
  return { to: a.to, view: a.view, assumptions: { ...plain(atlas.access), scenario: a.year ? { year: a.year } : plain(atlas.access.scenario) } };
}

export async function sceneAccessImage(spec: AccessMapSpec, theme: ThemeName, lang: Lang): Promise<SceneAccessImage> {
  const [grid, network] = await Promise.all([accessGridInWorker(spec.to, spec.assumptions, spec.view, ZONE_BBOX, 1), railNetworkOnPage()]);
  const area = { source: accessAreaSource(grid), layer: accessAreaLayer(theme), label: t('accessMap.area', lang), color: areaColour(theme) };
  return { source: accessSource(grid, gridImageUrl(grid, spec.view, theme)), legend: accessLegend(spec, network, theme, lang), area };
}

/** The style with the bands under the zone's data, as on screen. */
export function styleWithAccess(style: StyleSpecification, image: SceneAccessImage | null): StyleSpecification {
  if (!image) return style;
  const before = accessBeforeId(style.layers);
  const at = before === null ? style.layers.length : style.layers.findIndex((l) => l.id === before);
  const sources = { ...style.sources, [ACCESS_SOURCE]: image.source, ...(image.area ? { [ACCESS_AREA_SOURCE]: image.area.source } : {}) };
  return { ...style, sources, layers: [...style.layers.slice(0, at), ACCESS_RASTER, ...(image.area ? [image.area.layer] : []), ...style.layers.slice(at)] };
}

/** The legend rows: the title, one per band, then the note, the area computed and the assumptions as plain lines. */
export function accessLegendEntries(legend: AccessLegend, area?: SceneAccessArea): LegendEntry[] {
  const alpha = Math.round(BAND_ALPHA * 255).toString(16).padStart(2, '0');
  const line = (id: string, label: string): LegendEntry => ({ styleLayerId: `access:${id}`, catalogueId: 'access', label, heading: true, swatch: { kind: 'fill', color: 'transparent', outline: null, dashed: false, size: 0 } });
  return [
    line('title', legend.title),
    ...legend.rows.map((r, i): LegendEntry => ({ styleLayerId: `access:${i}`, catalogueId: 'access', label: r.label, swatch: { kind: 'fill', color: `${r.color}${alpha}`, outline: null, dashed: false, size: 0 } })),
    ...(legend.note ? [line('note', legend.note)] : []),
    ...(area ? [{ styleLayerId: 'access:area', catalogueId: 'access', label: area.label, swatch: { kind: 'line', color: area.color, outline: null, dashed: true, size: 1.2 } } satisfies LegendEntry] : []),
    ...(legend.assumptions ? [line('assumptions', legend.assumptions)] : []),
  ];
}
