import type { LayerSpecification } from 'maplibre-gl';
import type { Lang, Localized } from '../catalogue/types.ts';
import { bracketed, tf } from '../i18n/describe.ts';
import { t } from '../i18n/messages.ts';

export interface Swatch {
  kind: 'fill' | 'line' | 'circle';
  color: string;
  outline: string | null;
  dashed: boolean;
  /** Line width or circle radius in pixels, for drawing the swatch to scale. */
  size: number;
}

export interface LegendEntry {
  /** Unique per row: the style layer's id, with `#n` for the rows of a coloured layer's classes. */
  styleLayerId: string;
  catalogueId: string;
  label: string;
  swatch: Swatch;
  /** The title row over a coloured layer's categories or classes: its swatch is transparent. */
  heading?: boolean;
}

interface LegendMeta {
  'atlas:layer'?: string;
  'atlas:legend'?: Localized;
  'atlas:variant'?: 'solid' | 'schematic';
  /** Set by the attribute glue (src/lib/map/attributeLayers.ts). */
  'atlas:colour'?: { fieldLabel: Localized; entries: Array<{ label: Localized; color: string }> };
  'atlas:filtered'?: boolean;
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
 * Legend rows for the visible layers, read from the style the map is drawing, so the legend
 * cannot drift from the map. Rows follow `order` (the layer panel's order). A layer coloured by
 * an attribute gets a title row and one row per category or class (its schematic variant keeps
 * its own row); a filtered layer's first row says it is filtered.
 */
export function legendFromStyle(
  layers: LayerSpecification[],
  visible: ReadonlySet<string>,
  order: readonly string[],
  lang: Lang,
  mix?: ConfidenceMix,
  /** A layer's title for a coloured layer's title row (else its first legend label). */
  titleOf?: (id: string) => string | undefined,
): LegendEntry[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const rows: Array<LegendEntry & { rank: number; z: number }> = [];
  const coloured = new Set<string>();
  const filtered = new Set<string>();
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
    if (m['atlas:filtered']) filtered.add(owner);
    const at = { catalogueId: owner, rank: rank.get(owner) ?? order.length };
    // A point layer whose drawn features are all schematic is drawn hollow (zoneStyle's circle():
    // the fill and ring colours trade places): its swatch shows that, not the solid look.
    const hollow = swatch.kind === 'circle' && swatch.outline !== null && counts !== undefined && counts.total > 0 && counts.schematic === counts.total;
    const colour = m['atlas:colour'];
    if (colour && variant !== 'schematic') {
      // One set of rows for the layer, however many style layers draw it in these colours.
      if (coloured.has(owner)) return;
      coloured.add(owner);
      const by = tf('attrColouredBy', lang, { field: colour.fieldLabel[lang] });
      rows.push({ ...at, styleLayerId: layer.id, label: `${titleOf?.(owner) ?? label[lang]}${lang === 'zh' ? ' · ' : ', '}${by}`, swatch: { ...swatch, color: 'transparent', outline: null }, heading: true, z });
      const entrySwatch = (color: string): Swatch => (hollow ? { ...swatch, color: swatch.outline as string, outline: color, dashed: false } : { ...swatch, color, dashed: false });
      colour.entries.forEach((e, i) => rows.push({ ...at, styleLayerId: `${layer.id}#${i}`, label: e.label[lang], swatch: entrySwatch(e.color), z: z + (i + 1) / 1000 }));
      return;
    }
    rows.push({ ...at, styleLayerId: layer.id, label: label[lang], swatch: hollow ? { ...swatch, color: swatch.outline as string, outline: swatch.color } : swatch, z });
  });
  rows.sort((a, b) => a.rank - b.rank || a.z - b.z);
  for (const owner of filtered) {
    const first = rows.find((r) => r.catalogueId === owner);
    if (first) first.label += bracketed(t('attrFiltered', lang), lang);
  }
  return rows.map(({ rank: _rank, z: _z, ...row }) => row);
}
