/**
 * Colour a layer by one attribute: each category its own colour, or numbers in graduated classes
 * (quantiles or natural breaks). Plain data, like a FilterSpec, so it survives the URL and workers.
 */
export type ColourBy = { field: string; mode: 'category' } | { field: string; mode: 'quantile' | 'jenks'; classes: number };

export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;
