import type { LayerSpecification } from 'maplibre-gl';
import type { Lang, Localized } from '../catalogue/types.ts';

export interface Swatch {
  kind: 'fill' | 'line' | 'circle';
  color: string;
  outline: string | null;
  dashed: boolean;
  /** Line width or circle radius in pixels, for drawing the swatch to scale. */
  size: number;
}

export interface LegendEntry {
  styleLayerId: string;
  catalogueId: string;
  label: string;
  swatch: Swatch;
}

interface LegendMeta {
  'atlas:layer'?: string;
  'atlas:legend'?: Localized;
  'atlas:variant'?: 'solid' | 'schematic';
}

/** How many of a layer's features are schematic, to drop legend rows of a variant with none. */
export type ConfidenceMix = (catalogueId: string) => { schematic: number; total: number } | undefined;

/**
 * The value a paint property shows for an ordinary feature. Data-driven values in this
 * project's styles are `case` expressions whose fallback is the ordinary look, and zoom
 * ramps whose first stop is the overview look; anything else yields null (no swatch).
 */
export function representativeValue(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  const [op] = v;
  if (op === 'case' || op === 'match' || op === 'coalesce') return representativeValue(v[v.length - 1]);
  if (op === 'interpolate' || op === 'step') return representativeValue(v[op === 'step' ? 2 : 4]);
  if (op === 'literal') return v[1];
  return typeof v[0] === 'number' ? v : null;
}

const asColor = (v: unknown): string | null => {
  const r = representativeValue(v);
  return typeof r === 'string' ? r : null;
};
const asNumber = (v: unknown, fallback: number): number => {
  const r = representativeValue(v);
  return typeof r === 'number' ? r : fallback;
};

function swatchOf(layer: LayerSpecification): Swatch | null {
  const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
  switch (layer.type) {
    case 'fill': {
      const color = asColor(paint['fill-color']);
      return color ? { kind: 'fill', color, outline: asColor(paint['fill-outline-color']), dashed: false, size: 0 } : null;
    }
    case 'line': {
      const color = asColor(paint['line-color']);
      return color ? { kind: 'line', color, outline: null, dashed: paint['line-dasharray'] !== undefined, size: asNumber(paint['line-width'], 1) } : null;
    }
    case 'circle': {
      const color = asColor(paint['circle-color']);
      return color ? { kind: 'circle', color, outline: asColor(paint['circle-stroke-color']), dashed: false, size: asNumber(paint['circle-radius'], 4) } : null;
    }
    default:
      return null;
  }
}

/**
 * Legend rows for the visible catalogue layers, read from the style the map is drawing, so
 * the legend cannot drift from the map. Rows follow `order` (the layer panel's order).
 */
export function legendFromStyle(layers: LayerSpecification[], visible: ReadonlySet<string>, order: readonly string[], lang: Lang, mix?: ConfidenceMix): LegendEntry[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const rows: Array<LegendEntry & { rank: number; z: number }> = [];
  layers.forEach((layer, z) => {
    const m = (layer.metadata ?? {}) as LegendMeta;
    const owner = m['atlas:layer'];
    const label = m['atlas:legend'];
    if (!owner || !label || !visible.has(owner)) return;
    const counts = mix?.(owner);
    const variant = m['atlas:variant'];
    if (counts && variant === 'solid' && counts.schematic === counts.total) return;
    if (counts && variant === 'schematic' && counts.schematic === 0) return;
    const swatch = swatchOf(layer);
    if (!swatch) return;
    rows.push({ styleLayerId: layer.id, catalogueId: owner, label: label[lang], swatch, rank: rank.get(owner) ?? order.length, z });
  });
  rows.sort((a, b) => a.rank - b.rank || a.z - b.z);
  return rows.map(({ rank: _rank, z: _z, ...row }) => row);
}
