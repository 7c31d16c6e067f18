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
 * The same font with all of GB2312 (6,763 hanzi and its symbols) on top of the small set above, for
 * labels whose text is not known when the glyphs are built: a user's Protomaps basemap and names
 * in imported data. It is a stack of its own, not a bigger small one, because a page fetches only
 * the ranges of the stacks its visible layers use: the default map never loads it. It is heavy
 * where it is used: GB2312 spreads over 81 of the 82 ranges of the CJK block (70 KB each), so a view
 * with 50 different hanzi fetches about 2 MB. A character in a shipped range but without a glyph
 * is left out of a map label: one in neither set, or one of the 33 rare GB2312 hanzi that
 * @fontsource/noto-sans-sc does not carry (the stack's glyphs.json lists them).
 */
export const WIDE_LABEL_FONT_STACK = 'Noto Sans SC Wide';

/** `text-font` of a symbol layer whose names come from outside the app. */
export const WIDE_LABEL_FONT: string[] = [WIDE_LABEL_FONT_STACK];

/**
 * Relative to the page: MapLibre fetches glyphs on the main thread, so the browser resolves this
 * against document.baseURI like every other data URL, and the app keeps working under a sub-path.
 */
export const GLYPHS_URL = './fonts/{fontstack}/{range}.pbf';

/**
 * MapLibre draws CJK ideographs, kana and full-width forms locally whenever this option is a
 * font family (its default is 'sans-serif'), whatever the glyphs URL holds; `false` makes it use
 * the shipped ranges. A character in a range that is not shipped is still drawn locally (MapLibre
 * falls back to TinySDF with CSS `<stack name>, sans-serif` when the range cannot be fetched, one
 * console warning per character); one missing from a shipped range is left out of the map label
 * (popups and tables show it).
 */
export const LOCAL_IDEOGRAPH_FONT_FAMILY = false as const;
