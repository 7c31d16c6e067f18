import { DARK, LIGHT, layers as protomapsLayers, type Flavor } from '@protomaps/basemaps';
import type { LayerSpecification } from 'maplibre-gl';
import { WIDE_LABEL_FONT } from '../../../../styles/labelFont.ts';
import { PALETTES } from '../../../../styles/palettes.ts';
import type { Lang } from '../../catalogue/types.ts';
import type { ThemeName } from '../../url/hashState.ts';

/**
 * The Protomaps palette each of ours starts from, with our land, water and boundary colours: the
 * archive's ground then reads as the same map as the offline one, and our layers stay on top.
 * Points of interest are left out (they need Protomaps' sprite, and they would crowd the plan).
 */
function flavour(theme: ThemeName): Flavor {
  const p = PALETTES[theme];
  const base = theme === 'light' ? LIGHT : DARK;
  const font = WIDE_LABEL_FONT[0];
  return { ...base, background: p.land, earth: p.land, water: p.water, boundaries: p.countyLine, regular: font, bold: font, italic: font, pois: undefined };
}

/** Protomaps' names for the languages the app speaks. */
const SCRIPT_LANG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

type Layer = LayerSpecification & { layout?: Record<string, unknown> };

/**
 * Every label in the app's one shipped font (the archive's own fonts are not shipped), and no
 * icons (no sprite is shipped): a layer that is only an icon goes, one with text keeps its text.
 */
function withoutIcons(layers: Layer[]): Layer[] {
  return layers.flatMap((l) => {
    if (l.type !== 'symbol' || !l.layout) return [l];
    const { 'icon-image': icon, ...layout } = l.layout;
    if (icon !== undefined && layout['text-field'] === undefined) return [];
    return [{ ...l, layout: { ...layout, 'text-font': WIDE_LABEL_FONT } } as Layer];
  });
}

/** The layers of a Protomaps-schema archive, ids prefixed, its background left to ours. */
export function protomapsArchiveLayers(source: string, prefix: string, theme: ThemeName, lang: Lang): LayerSpecification[] {
  const all = protomapsLayers(source, flavour(theme), { lang: SCRIPT_LANG[lang] }) as unknown as Layer[];
  return withoutIcons(all.filter((l) => l.type !== 'background')).map((l) => ({ ...l, id: `${prefix}${l.id}` }) as LayerSpecification);
}

/**
 * Any other vector archive, drawn plainly so its content can be seen: every layer's polygons as
 * a faint fill, lines as thin grey lines, points as small dots, in the palette's muted colours.
 */
export function plainArchiveLayers(source: string, prefix: string, vectorLayers: readonly string[], theme: ThemeName): LayerSpecification[] {
  const p = PALETTES[theme];
  return vectorLayers.flatMap((name): LayerSpecification[] => [
    { id: `${prefix}${name}:fill`, type: 'fill', source, 'source-layer': name, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': p.countyLine, 'fill-opacity': 0.18 } },
    { id: `${prefix}${name}:line`, type: 'line', source, 'source-layer': name, filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': p.textMuted, 'line-width': 0.6, 'line-opacity': 0.6 } },
    { id: `${prefix}${name}:point`, type: 'circle', source, 'source-layer': name, filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-color': p.textMuted, 'circle-radius': 1.5, 'circle-opacity': 0.7 } },
  ]);
}
