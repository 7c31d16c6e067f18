import type { ColourStyle } from './colourStyle.ts';
import type { FilterExpression } from './filterExpression.ts';

/**
 * What the user's filter and colour-by make of one layer's style: the filter expression every
 * style layer of it adds to its own, and the colour its fill, line and circle paints draw with.
 * Built once (see the page's attribute styles) and read by the live map, the legend and exports.
 */
export interface LayerAttributeStyle {
  filter: FilterExpression | null;
  colour: ColourStyle | null;
}

/** By layer id (catalogue or imported); a layer without an entry draws as its style says. */
export type AttributeStyles = ReadonlyMap<string, LayerAttributeStyle>;

/** A key that changes whenever the styles draw differently (for caches of rendered stills). */
export const attributesKey = (styles: AttributeStyles | undefined): string => (styles?.size ? JSON.stringify([...styles]) : '');
