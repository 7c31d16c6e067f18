import { MAX_CLASSES, MIN_CLASSES, type ColourBy } from './colourBy.ts';
import { escapeText, LAYER_ID, unescapeText } from './filterUrl.ts';

/**
 * Colour by an attribute in the URL hash, one `c=` entry per coloured layer, in the style of `f=`:
 *
 *   c=projects~industry:category      c=projects~investment_cny:quantile:5      c=u_1a2b~pop:jenks:4
 *
 * layer id, `~`, then `field:mode[:classes]`; the field is escaped as in `f=` (`! ~ , :`).
 */
export const COLOUR_KEY = 'c';

const MODES = ['category', 'quantile', 'jenks'] as const;

/** The `c=` value for a layer's colouring. */
export function formatLayerColour(layer: string, c: ColourBy): string {
  const field = escapeText(c.field);
  return c.mode === 'category' ? `${layer}~${field}:category` : `${layer}~${field}:${c.mode}:${c.classes}`;
}

/** `c=<value>` ready to join into the hash (see filterHashEntry for what is percent-encoded). */
export function colourHashEntry(layer: string, c: ColourBy): string {
  return `${COLOUR_KEY}=${formatLayerColour(layer, c).replace(/[%&=+#\s\p{Cc}]/gu, (ch) => encodeURIComponent(ch))}`;
}

export interface ParsedLayerColour {
  layer: string | null;
  colour: ColourBy | null;
}

/** Reads a `c=` value; null parts mean the entry is junk (the caller reports it). Never throws. */
export function parseLayerColour(value: string): ParsedLayerColour {
  const parts = value.split('~');
  const layer = parts[0] ?? '';
  if (!LAYER_ID.test(layer)) return { layer: null, colour: null };
  if (parts.length !== 2) return { layer, colour: null };
  const [rawField = '', mode = '', classes, ...rest] = (parts[1] as string).split(':');
  const field = unescapeText(rawField);
  if (!field || rest.length || !(MODES as readonly string[]).includes(mode)) return { layer, colour: null };
  if (mode === 'category') return { layer, colour: classes === undefined ? { field, mode: 'category' } : null };
  const n = Number(classes);
  if (!/^\d$/.test(classes ?? '') || n < MIN_CLASSES || n > MAX_CLASSES) return { layer, colour: null };
  return { layer, colour: { field, mode: mode as 'quantile' | 'jenks', classes: n } };
}
