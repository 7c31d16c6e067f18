import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { styleLayerOwner } from '../../../styles/zoneStyle.ts';

type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];
type PaintValue = Parameters<MapLibreMap['setPaintProperty']>[2];
type LayoutName = Parameters<MapLibreMap['setLayoutProperty']>[1];
type LayoutValue = Parameters<MapLibreMap['setLayoutProperty']>[2];

/** Paint properties that fade a style layer; the user's opacity multiplies the style's own. */
const OPACITY_PROPS: Record<string, string[]> = {
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  symbol: ['text-opacity'],
};

function layersOf(style: LayerSpecification[], catalogueId: string): LayerSpecification[] {
  return style.filter((l) => styleLayerOwner(l) === catalogueId);
}

export function setLayerVisible(map: MapLibreMap, style: LayerSpecification[], catalogueId: string, visible: boolean): void {
  const want = visible ? 'visible' : 'none';
  // Setting a layer's visibility for the first time re-tiles its source even when it changes
  // nothing, so only real changes are passed on.
  for (const l of layersOf(style, catalogueId)) {
    if ((map.getLayoutProperty(l.id, 'visibility') ?? 'visible') !== want) map.setLayoutProperty(l.id, 'visibility', want);
  }
}

export function setLayerOpacity(map: MapLibreMap, style: LayerSpecification[], catalogueId: string, factor: number): void {
  for (const l of layersOf(style, catalogueId)) {
    const paint = (l as { paint?: Record<string, unknown> }).paint ?? {};
    for (const prop of OPACITY_PROPS[l.type] ?? []) {
      const base = typeof paint[prop] === 'number' ? (paint[prop] as number) : 1;
      map.setPaintProperty(l.id, prop as PaintName, base * factor);
    }
  }
}

/**
 * Moves the map to another style of the same shape (theme or label language) by setting the
 * paint and layout properties that differ. Sources keep the data already loaded, which a
 * full `setStyle` would drop, since our sources are filled at run time.
 */
export function restyle(map: MapLibreMap, from: LayerSpecification[], to: LayerSpecification[]): void {
  const before = new Map(from.map((l) => [l.id, l]));
  for (const layer of to) {
    const old = before.get(layer.id) as { paint?: Record<string, unknown>; layout?: Record<string, unknown> } | undefined;
    const next = layer as { paint?: Record<string, unknown>; layout?: Record<string, unknown> };
    for (const [k, v] of Object.entries(next.paint ?? {})) {
      if (JSON.stringify(old?.paint?.[k]) !== JSON.stringify(v)) map.setPaintProperty(layer.id, k as PaintName, v as PaintValue);
    }
    for (const [k, v] of Object.entries(next.layout ?? {})) {
      if (k !== 'visibility' && JSON.stringify(old?.layout?.[k]) !== JSON.stringify(v)) map.setLayoutProperty(layer.id, k as LayoutName, v as LayoutValue);
    }
  }
}
