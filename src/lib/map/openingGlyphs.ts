import type { Feature } from 'geojson';
import type { LayerSpecification, StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';

/** An expression this reader cannot work out: a filter counts as passing, a label as absent. */
const UNKNOWN = Symbol('unknown');
type Value = string | number | boolean | null | undefined | typeof UNKNOWN;

/**
 * The few expression forms the app's labels and filters use, read on the main thread. Anything
 * else is UNKNOWN, which errs towards fetching a range too many, never one too few that matters:
 * what is not fetched ahead, MapLibre fetches itself as before.
 */
function read(expr: unknown, f: Feature): Value {
  if (expr === null || typeof expr === 'string' || typeof expr === 'number' || typeof expr === 'boolean') return expr;
  if (!Array.isArray(expr)) return UNKNOWN;
  const [op, ...args] = expr as [unknown, ...unknown[]];
  const all = (): Value[] => args.map((a) => read(a, f));
  switch (op) {
    case 'get': {
      const v = args.length === 1 && typeof args[0] === 'string' ? f.properties?.[args[0]] : UNKNOWN;
      return v === undefined || v === null || ['string', 'number', 'boolean'].includes(typeof v) ? (v as Value) : UNKNOWN;
    }
    case 'geometry-type': {
      // MapLibre names multi-part geometries its own way; not needed to tell labels apart.
      const t = f.geometry?.type;
      return t === 'Point' || t === 'LineString' || t === 'Polygon' ? t : UNKNOWN;
    }
    case '==':
    case '!=': {
      const [a, b] = all();
      if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN;
      return op === '==' ? a === b : a !== b;
    }
    case '!': {
      const [a] = all();
      return a === UNKNOWN ? UNKNOWN : !a;
    }
    case 'all': {
      const vs = all();
      if (vs.includes(false)) return false;
      return vs.includes(UNKNOWN) ? UNKNOWN : true;
    }
    case 'coalesce':
      for (const v of all()) {
        if (v === UNKNOWN) return UNKNOWN;
        if (v !== null && v !== undefined) return v;
      }
      return null;
    default:
      return UNKNOWN;
  }
}

/**
 * Labels along a line are kept upright with CJK punctuation turned to its vertical form
 * (（ → ︵, 、 → ︑), which MapLibre takes from the Vertical Forms / CJK Compatibility Forms range.
 */
const VERTICAL_FORMS = 0xfe00;
const needsVerticalForms = (text: string): boolean => /\p{Script=Han}/u.test(text) && /\p{P}/u.test(text);

const isSymbol = (l: LayerSpecification): l is SymbolLayerSpecification => l.type === 'symbol';

/** Whether a layer is drawn at the start: shown, and inside its zoom range. */
const drawnAt = (l: LayerSpecification, zoom: number): boolean =>
  l.layout?.visibility !== 'none' && (l.minzoom ?? 0) <= zoom && zoom < (l.maxzoom ?? 24);

/**
 * The glyph files the opening view's labels need, as MapLibre will ask for them: the style's
 * glyphs URL with each label font stack and 256-code-point range filled in. Read from the data
 * already in the style (every label of a shown layer, filtered as the layer filters), so they can
 * be fetched while the worker is still cutting tiles, instead of after it asks.
 */
export function openingGlyphUrls(style: StyleSpecification, zoom: number): string[] {
  const template = style.glyphs;
  if (!template) return [];
  const wanted = new Map<string, Set<number>>();
  for (const layer of style.layers) {
    if (!isSymbol(layer) || !drawnAt(layer, zoom)) continue;
    const src = style.sources[layer.source];
    const data = src?.type === 'geojson' && typeof src.data === 'object' && src.data.type === 'FeatureCollection' ? src.data.features : [];
    const font = layer.layout?.['text-font'];
    const field = layer.layout?.['text-field'];
    if (!Array.isArray(font) || !font.every((s) => typeof s === 'string') || field === undefined) continue;
    const stack = font.join(',');
    const alongLine = (layer.layout?.['symbol-placement'] ?? 'point') !== 'point';
    const ranges = wanted.get(stack) ?? new Set<number>();
    wanted.set(stack, ranges);
    for (const f of data) {
      if (layer.filter !== undefined && read(layer.filter, f) === false) continue;
      const text = read(field, f);
      if (typeof text !== 'string') continue;
      for (const ch of text) ranges.add(Math.floor((ch.codePointAt(0) as number) / 256));
      if (alongLine && needsVerticalForms(text)) ranges.add(VERTICAL_FORMS / 256);
    }
  }
  const urls: string[] = [];
  for (const [stack, ranges] of wanted) {
    for (const r of [...ranges].sort((a, b) => a - b)) urls.push(template.replace('{fontstack}', stack).replace('{range}', `${r * 256}-${r * 256 + 255}`));
  }
  return urls;
}
