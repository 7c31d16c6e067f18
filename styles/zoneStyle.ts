/**
 * The offline basemap and zone layers as one MapLibre style, built from shipped data only:
 * every source is a GeoJSON source that the app fills from public/data/<id>.fgb, and no URL
 * appears anywhere but the app's own glyph ranges (`glyphs`, built by scripts/glyphs/ into
 * public/fonts/): every label is drawn from shipped Noto Sans SC glyphs, the same on every machine.
 *
 * Conventions the legend relies on: each style layer's metadata names its catalogue layer
 * (`atlas:layer`) and, when it deserves a legend row, its label (`atlas:legend`). Paint colours
 * in legend rows are constants; schematic features get their own dashed / hollow style layers.
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { Lang, Localized } from '../src/lib/catalogue/types.ts';
import { GLYPHS_URL, LABEL_FONT } from './labelFont.ts';
import { PALETTES, type Palette, type ThemeId } from './palettes.ts';

export interface AtlasLayerMetadata {
  'atlas:layer': string;
  'atlas:legend'?: Localized;
  'atlas:label'?: boolean;
  /**
   * Which features a line layer draws: `solid` the surveyed/sourced ones, `schematic` the rest,
   * so the legend can leave out a variant the layer has no features of.
   */
  'atlas:variant'?: 'solid' | 'schematic';
}

export const SOURCE_IDS = [
  'zone_boundary', 'dayu', 'xindong', 'xiongxin', 'water_supply', 'parks', 'projects', 'stations', 'railways', 'roads', 'airports',
  'rivers', 'water_areas', 'counties', 'prefectures', 'towns', 'builtup', 'parcels',
] as const;

const SCHEMATIC: ExpressionSpecification = ['==', ['get', 'confidence'], 'schematic'];
const NOT_SCHEMATIC: ExpressionSpecification = ['!=', ['get', 'confidence'], 'schematic'];
const DASH = [3, 2];

const meta = (layer: string, extra: Partial<AtlasLayerMetadata> = {}): AtlasLayerMetadata => ({ 'atlas:layer': layer, ...extra });
const zoomed = (w: number, p: Palette): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 7, w * p.weight, 12, w * 2.2 * p.weight];
const nameField = (lang: Lang): ExpressionSpecification => ['coalesce', ['get', `name_${lang}`], ['get', 'name_zh']];

function fill(id: string, source: string, color: string, opacity: number, extra: Partial<FillLayerSpecification> = {}, m: Partial<AtlasLayerMetadata> = {}): FillLayerSpecification {
  return { id, type: 'fill', source, paint: { 'fill-color': color, 'fill-opacity': opacity }, metadata: meta(source, m), ...extra };
}

function line(id: string, source: string, color: string, width: number, p: Palette, opts: { dash?: boolean; hairline?: boolean; filter?: ExpressionSpecification; m?: Partial<AtlasLayerMetadata>; minzoom?: number } = {}): LineLayerSpecification {
  // Round joins and caps cost extra triangles at every vertex and cannot be seen on hairlines;
  // on software WebGL they cost a sizeable share of each frame.
  const join = opts.hairline ? 'miter' : 'round';
  const cap = opts.dash || opts.hairline ? 'butt' : 'round';
  return {
    id,
    type: 'line',
    source,
    ...(opts.filter ? { filter: opts.filter } : {}),
    ...(opts.minzoom ? { minzoom: opts.minzoom } : {}),
    layout: { 'line-join': join, 'line-cap': cap },
    paint: { 'line-color': color, 'line-width': zoomed(width, p), 'line-opacity': 1, ...(opts.dash ? { 'line-dasharray': DASH } : {}) },
    metadata: meta(source, opts.m),
  };
}

/** Solid for surveyed/sourced features, dashed for schematic ones: two style layers. */
function honestLine(base: string, source: string, color: string, width: number, p: Palette, legend: Localized, filter?: ExpressionSpecification): LineLayerSpecification[] {
  const and = (f: ExpressionSpecification): ExpressionSpecification => (filter ? ['all', filter, f] : f);
  return [
    line(`${base}--line`, source, color, width, p, { filter: and(NOT_SCHEMATIC), m: { 'atlas:legend': legend, 'atlas:variant': 'solid' } }),
    line(`${base}--line-schematic`, source, color, width, p, { dash: true, filter: and(SCHEMATIC), m: { 'atlas:legend': schematicLabel(legend), 'atlas:variant': 'schematic' } }),
  ];
}

function schematicLabel(l: Localized): Localized {
  return { zh: `${l.zh}（示意）`, en: `${l.en} (schematic)` };
}

/** Filled for surveyed/sourced points, hollow for schematic ones. */
function circle(id: string, source: string, color: string, radius: number, p: Palette, legend: Localized | undefined, filter?: ExpressionSpecification, minzoom?: number): CircleLayerSpecification {
  return {
    id,
    type: 'circle',
    source,
    ...(filter ? { filter } : {}),
    ...(minzoom ? { minzoom } : {}),
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, radius * p.weight, 12, radius * 1.8 * p.weight],
      'circle-color': ['case', SCHEMATIC, p.halo, color],
      'circle-stroke-color': ['case', SCHEMATIC, color, p.halo],
      'circle-stroke-width': ['case', SCHEMATIC, 2 * p.weight, 1.2 * p.weight],
      'circle-opacity': 1,
      'circle-stroke-opacity': 1,
    },
    metadata: meta(source, legend ? { 'atlas:legend': legend } : {}),
  };
}

/** A small filled dot (no legend row): the centre mark of a hollow ring drawn by circle(). */
function dot(id: string, source: string, color: string, radius: number, p: Palette): CircleLayerSpecification {
  return {
    id,
    type: 'circle',
    source,
    paint: { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, radius * p.weight, 12, radius * 1.8 * p.weight], 'circle-color': color, 'circle-opacity': 1 },
    metadata: meta(source),
  };
}

/**
 * Features named by an overlay (a briefing's highlights, a query's matches) are not labelled a
 * second time by their own layer: the overlay's larger label stands in for it. The ids live in
 * the style's global state, set by the overlays.
 */
export const LABELLED_ELSEWHERE = ['highlightIds', 'matchIds'] as const;
const notLabelledElsewhere: ExpressionSpecification = [
  'all',
  ...LABELLED_ELSEWHERE.map((k): ExpressionSpecification => ['!', ['in', ['to-string', ['get', 'id']], ['global-state', k]]]),
];

function label(id: string, source: string, lang: Lang, p: Palette, size: number, opts: { minzoom?: number; filter?: ExpressionSpecification; color?: string; line?: boolean; offset?: boolean; priority?: number } = {}): SymbolLayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    filter: opts.filter ? ['all', opts.filter, notLabelledElsewhere] : notLabelledElsewhere,
    ...(opts.minzoom ? { minzoom: opts.minzoom } : {}),
    layout: {
      'text-field': nameField(lang),
      'text-font': LABEL_FONT,
      'text-size': size * (p.weight > 1 ? 1.25 : 1),
      'text-max-width': 8,
      ...(opts.line ? { 'symbol-placement': 'line', 'text-letter-spacing': 0.05 } : {}),
      ...(opts.offset ? { 'text-variable-anchor': ['top', 'bottom', 'left', 'right'], 'text-radial-offset': 0.8, 'text-justify': 'auto' } : {}),
      ...(opts.priority !== undefined ? { 'symbol-sort-key': opts.priority } : {}),
    },
    paint: { 'text-color': opts.color ?? p.text, 'text-halo-color': p.halo, 'text-halo-width': 1.6, 'text-opacity': 1 },
    metadata: meta(source, { 'atlas:label': true }),
  };
}

const L = (zh: string, en: string): Localized => ({ zh, en });

/** `#rrggbb` as `rgba(…)` with the given alpha. */
function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

export function buildStyle(theme: ThemeId, lang: Lang): StyleSpecification {
  const p = PALETTES[theme];
  const sources = Object.fromEntries(
    SOURCE_IDS.map((id) => [id, { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] }, promoteId: 'id' }]),
  );
  const hsr: ExpressionSpecification = ['==', ['get', 'hsr'], true];
  const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
  const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
  const section = (s: string): ExpressionSpecification => ['==', ['get', 'section'], s];
  const kind = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];
  const conventional: ExpressionSpecification = ['!=', ['get', 'hsr'], true];
  const layers: LayerSpecification[] = [
    // Land is the background itself: a county fill over the whole view would only add overdraw.
    { id: 'background', type: 'background', paint: { 'background-color': p.land } },
    // Built-up areas are context, so they lie under everything else as a faint tint of the muted
    // text colour (dark on the light ground, pale on the contrast one). The alpha is in the colour,
    // not in fill-opacity, so the legend swatch shows the same faint tint.
    fill('builtup--fill', 'builtup', withAlpha(p.textMuted, theme === 'light' ? 0.16 : 0.2), 1, {}, { 'atlas:legend': L('建成区（约 2002 年）', 'Built-up area (c. 2002)') }),
    fill('zone_boundary--fill', 'zone_boundary', p.zoneFill, theme === 'light' ? 0.08 : 0.14),
    fill('water_areas--fill', 'water_areas', p.water, 1, {}, { 'atlas:legend': L('水库', 'Reservoir') }),
    line('rivers--line', 'rivers', p.river, 1.1, p, { m: { 'atlas:legend': L('河流', 'River') } }),
    line('counties--line', 'counties', p.countyLine, 0.6, p, { hairline: true, m: { 'atlas:legend': L('县级行政区界', 'County / district boundary') } }),
    line('prefectures--line', 'prefectures', p.prefectureLine, 1.2, p, { m: { 'atlas:legend': L('地级市界', 'Prefecture boundary') } }),
    line('zone_boundary--line', 'zone_boundary', p.zoneLine, 2.2, p, { dash: true, m: { 'atlas:legend': L('经济区范围（推定，示意）', 'Zone extent (inferred, schematic)') } }),
    fill('dayu--fill', 'dayu', p.dayu, 0.18),
    ...honestLine('dayu', 'dayu', p.dayu, 1.6, p, L('大盂产业新城', 'Dayu Industrial New City')),
    fill('xindong--fill', 'xindong', p.xindong, 0.18),
    ...honestLine('xindong', 'xindong', p.xindong, 1.6, p, L('忻东新城', 'Xindong New City')),
    // Parcels above the planned areas they subdivide (a click on one inside 大盂 opens the parcel),
    // below lines and points. A translucent fill with an opaque 1 px outline drawn by the fill itself, not a
    // separate line layer — the cheapest way to draw thousands of small polygons per frame.
    {
      ...fill('parcels--fill', 'parcels', withAlpha(p.park, 0.25), 1, { minzoom: 12 }, { 'atlas:legend': L('地块（合成测试数据）', 'Parcel (synthetic test data)') }),
      paint: { 'fill-color': withAlpha(p.park, 0.25), 'fill-opacity': 1, 'fill-outline-color': p.park },
    },
    ...honestLine('roads', 'roads', p.road, 2, p, L('道路', 'Road')),
    ...honestLine('railways-conventional', 'railways', p.station, 1.1, p, L('普速铁路', 'Conventional railway'), kind('rail_conventional')),
    ...honestLine('railways-hsr', 'railways', p.rail, 1.6, p, L('高速铁路', 'High-speed railway'), kind('rail_hsr')),
    line('xiongxin--casing', 'xiongxin', p.halo, 4.8, p),
    ...honestLine('xiongxin-hebei', 'xiongxin', p.xiongxin, 2.2, p, L('雄忻高铁（河北段）', 'Xiongxin HSR (Hebei)'), section('hebei')),
    // The Shanxi section — the zone's own stake in the line — is drawn heavier.
    ...honestLine('xiongxin-shanxi', 'xiongxin', p.xiongxin, 3.4, p, L('雄忻高铁（山西段）', 'Xiongxin HSR (Shanxi)'), section('shanxi')),
    ...honestLine('water_supply', 'water_supply', p.waterSupply, 2.2, p, L('滹沱河供水线路', 'Hutuo water-supply route'), isLine),
    circle('water_supply--point', 'water_supply', p.waterSupply, 4.5, p, L('取水口 / 开工点', 'Intake / works site'), isPoint),
    circle('dayu--cluster', 'dayu', p.dayu, 4, p, L('大盂产业新城组团', 'Dayu cluster'), isPoint),
    circle('towns--circle', 'towns', p.town, 2.2, p, L('城镇 / 县城', 'Town / county seat')),
    circle('stations--conventional', 'stations', p.station, 2.6, p, L('普速铁路车站', 'Conventional station'), conventional, 8),
    circle('stations--hsr', 'stations', p.stationHsr, 4, p, L('高铁车站', 'High-speed rail station'), hsr),
    circle('parks--circle', 'parks', p.park, 5.5, p, L('产业园区', 'Industrial park')),
    // Key projects are all schematic (placed beside the park or town the sources name), so the
    // ring is hollow; a dot at its centre tells them from the parks' hollow rings beside them.
    circle('projects--circle', 'projects', p.project, 4.5, p, L('重点项目（示意位置）', 'Key project (schematic position)')),
    dot('projects--dot', 'projects', p.project, 1.3, p),
    circle('airports--circle', 'airports', p.airport, 6, p, L('机场', 'Airport')),
    label('counties--label', 'counties', lang, p, 11, { color: p.textMuted, filter: ['==', ['get', 'in_zone'], true], minzoom: 6, priority: 5 }),
    label('xiongxin--label', 'xiongxin', lang, p, 12, { color: p.xiongxin, line: true }),
    label('water_supply--label', 'water_supply', lang, p, 11, { color: p.waterSupply, line: true, minzoom: 9, filter: isLine }),
    label('railways--label', 'railways', lang, p, 10, { color: p.textMuted, line: true, minzoom: 9 }),
    label('dayu--label', 'dayu', lang, p, 12, { color: p.dayu, minzoom: 8.5, priority: 1, filter: ['!', isPoint] }),
    label('dayu--cluster-label', 'dayu', lang, p, 10, { color: p.dayu, minzoom: 10, offset: true, filter: isPoint }),
    label('xindong--label', 'xindong', lang, p, 12, { color: p.xindong, minzoom: 8.5, priority: 1 }),
    label('towns--label', 'towns', lang, p, 11, { offset: true, minzoom: 8.5, priority: 4 }),
    label('stations--label', 'stations', lang, p, 11, { offset: true, filter: hsr, color: p.stationHsr, priority: 2 }),
    label('stations--conventional-label', 'stations', lang, p, 10, { offset: true, filter: conventional, minzoom: 10, priority: 6 }),
    label('parks--label', 'parks', lang, p, 11, { offset: true, color: p.park, minzoom: 8.5, priority: 3 }),
    // Project names are long: shown only where the ring around their site has room.
    label('projects--label', 'projects', lang, p, 10, { offset: true, color: p.project, minzoom: 11.5, priority: 7 }),
    label('airports--label', 'airports', lang, p, 11, { offset: true, color: p.airport, priority: 2 }),
  ];
  const state = Object.fromEntries(LABELLED_ELSEWHERE.map((k) => [k, { default: [] }]));
  return { version: 8, name: `Taixin Atlas — ${theme}`, glyphs: GLYPHS_URL, sources, layers, state };
}

/** The catalogue layer a style layer draws, or null for the background. */
export function styleLayerOwner(layer: LayerSpecification): string | null {
  const m = layer.metadata as Partial<AtlasLayerMetadata> | undefined;
  return m?.['atlas:layer'] ?? null;
}
