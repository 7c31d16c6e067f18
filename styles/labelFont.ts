/**
 * The one font every map label is drawn with, shipped as SDF glyph ranges that
 * scripts/glyphs/buildGlyphs.ts renders from Noto Sans SC (OFL) into public/fonts/ at build time.
 * Shipped glyphs look the same on every machine and in exports, and MapLibre only has to copy
 * them into its atlas instead of rasterising each CJK character with TinySDF on the main thread.
 */
export const LABEL_FONT_STACK = 'Noto Sans SC Regular';

/** `text-font` of every symbol layer: one stack, so one set of glyph ranges is fetched. */
export const LABEL_FONT: string[] = [LABEL_FONT_STACK];

/**
 * Relative to the page: MapLibre fetches glyphs on the main thread, so the browser resolves this
 * against document.baseURI like every other data URL, and the app keeps working under a sub-path.
 */
export const GLYPHS_URL = './fonts/{fontstack}/{range}.pbf';

/**
 * MapLibre draws CJK ideographs, kana and full-width forms locally whenever this option is a
 * font family (its default is 'sans-serif'), whatever the glyphs URL holds; `false` makes it use
 * the shipped ranges. A character in a range that is not shipped is still drawn locally (MapLibre
 * falls back to TinySDF with the system's sans-serif when the range cannot be fetched); one
 * missing from a shipped range is left out of the map label (popups and tables show it).
 */
export const LOCAL_IDEOGRAPH_FONT_FAMILY = false as const;
