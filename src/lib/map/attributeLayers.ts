import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { styleLayerOwner } from '../../../styles/zoneStyle.ts';
import type { LayerAttributeStyle } from '../filter/attributeStyle.ts';
import { withAlpha } from '../filter/colourPalette.ts';
import type { ColourStyle } from '../filter/colourStyle.ts';
import { combineFilters, type ExpressionJson } from '../filter/filterExpression.ts';
import { representativeValue } from '../legend/legendFromStyle.ts';

/**
 * Applying a layer's attribute style to its style layers, as plain functions over layer specs:
 * the start-up style, exports and the live map (layerAttributesOnMap.ts) all go through these,
 * so they cannot draw a filter or a colour differently.
 */

/** Metadata the legend reads: what the layer is coloured by, and that it is filtered. */
export interface AttributeMetadata {
  'atlas:colour'?: Pick<ColourStyle, 'field' | 'fieldLabel' | 'mode' | 'entries'>;
  'atlas:filtered'?: boolean;
}

/** The paint property holding a style layer's own colour, and those drawn in the same colour. */
const MAIN_COLOUR: Record<string, string> = { fill: 'fill-color', line: 'line-color', circle: 'circle-color' };
const COLOUR_PROPS: Record<string, string[]> = { fill: ['fill-color', 'fill-outline-color'], line: ['line-color'], circle: ['circle-color', 'circle-stroke-color'] };

type Paint = Record<string, unknown>;
const paintOf = (layer: LayerSpecification): Paint => (layer as { paint?: Paint }).paint ?? {};

/** A casing is a halo under a line, not the layer's colour: colour-by leaves it alone. */
const isCasing = (layer: LayerSpecification): boolean => layer.id.endsWith('--casing');

/** The alpha of an `rgba(…)` colour (1 for anything else). */
function alphaOf(colour: string): number {
  const m = /^rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\s*\)$/.exec(colour);
  return m ? Number(m[1]) : 1;
}

/** The colour expression with each output colour given `alpha` (outputs only: labels are data). */
function translucent(e: ExpressionJson, alpha: number): ExpressionJson {
  if (alpha >= 1) return e;
  if (typeof e === 'string') return withAlpha(e, alpha);
  if (!Array.isArray(e)) return e;
  const [op] = e;
  if (op === 'match') return e.map((x, i) => (i >= 3 && (i % 2 === 1 || i === e.length - 1) ? translucent(x, alpha) : x));
  if (op === 'case') return e.map((x, i) => (i >= 2 && (i % 2 === 0 || i === e.length - 1) ? translucent(x, alpha) : x));
  if (op === 'step') return e.map((x, i) => (i >= 2 && i % 2 === 0 ? translucent(x, alpha) : x));
  return e;
}

/** `value` with every occurrence of the colour `from` replaced by `to`. */
function replaceColour(value: unknown, from: string, to: ExpressionJson): unknown {
  if (value === from) return to;
  return Array.isArray(value) ? value.map((v) => replaceColour(v, from, to)) : value;
}

/**
 * The colour paint properties of a style layer drawn with `colour`: wherever the layer's own
 * colour appears (a schematic point's outline, a hollow point's ring) the attribute's colour
 * takes its place, so schematic features stay hollow and dashed. Null for a style layer that
 * colour-by does not touch (labels, casings, a layer without a colour of its own).
 */
export function colouredPaint(layer: LayerSpecification, colour: ColourStyle): Paint | null {
  const main = MAIN_COLOUR[layer.type];
  if (!main || isCasing(layer)) return null;
  const paint = paintOf(layer);
  const own = representativeValue(paint[main]);
  if (typeof own !== 'string') return null;
  const expression = translucent(colour.expression, alphaOf(own));
  const out: Paint = {};
  for (const prop of COLOUR_PROPS[layer.type] ?? []) {
    if (paint[prop] === undefined) continue;
    const replaced = replaceColour(paint[prop], own, prop === main ? expression : colour.expression);
    if (replaced !== paint[prop]) out[prop] = replaced;
  }
  return out;
}

/** The layer's own colour paint properties, to restore when colour-by is turned off. */
export function ownColourPaint(layer: LayerSpecification): Paint {
  const paint = paintOf(layer);
  return Object.fromEntries((COLOUR_PROPS[layer.type] ?? []).filter((p) => paint[p] !== undefined).map((p) => [p, paint[p]]));
}

/** The legend's view of a colour style (no expression: metadata stays small). */
const colourMetadata = (c: ColourStyle): NonNullable<AttributeMetadata['atlas:colour']> => ({ field: c.field, fieldLabel: c.fieldLabel, mode: c.mode, entries: c.entries });

/**
 * A style layer with its owner's attribute style applied: the user's filter added to the
 * layer's own (`base`, the filter it draws with now, e.g. after merging sources), the colour
 * in its paint, and metadata for the legend.
 */
export function attributedLayer(layer: LayerSpecification, style: LayerAttributeStyle | undefined): LayerSpecification {
  if (!style || layer.type === 'background') return layer;
  const out: Record<string, unknown> = { ...layer };
  if (style.filter) out.filter = combineFilters(layer.filter as ExpressionJson[] | undefined, style.filter) as FilterSpecification;
  const paint = style.colour ? colouredPaint(layer, style.colour) : null;
  if (paint) out.paint = { ...paintOf(layer), ...paint };
  const metadata: AttributeMetadata = {
    ...(style.filter ? { 'atlas:filtered': true } : {}),
    ...(style.colour ? { 'atlas:colour': colourMetadata(style.colour) } : {}),
  };
  out.metadata = { ...(layer.metadata as object | undefined), ...metadata };
  return out as unknown as LayerSpecification;
}

/** Every style layer with its owner's attribute style (see attributedLayer). */
export function attributedLayers(layers: readonly LayerSpecification[], styles: ReadonlyMap<string, LayerAttributeStyle>): LayerSpecification[] {
  if (styles.size === 0) return [...layers];
  return layers.map((l) => {
    const owner = styleLayerOwner(l);
    return owner ? attributedLayer(l, styles.get(owner)) : l;
  });
}
