import type { FeatureCollection } from 'geojson';
import { Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import { LOCAL_IDEOGRAPH_FONT_FAMILY } from '../../../styles/labelFont.ts';
import { buildStyle } from '../../../styles/zoneStyle.ts';
import { basemapPartsFor, prepareTerrain } from '../basemap/loadGround.ts';
import { styleWithBasemap } from '../basemap/styleWithBasemap.ts';
import { styleWithTerrain } from '../basemap/terrain.ts';
import type { UserBasemap, UserTerrain } from '../basemap/types.ts';
import type { Lang } from '../catalogue/types.ts';
import { legendFromStyle } from '../legend/legendFromStyle.ts';
import { QUERY_OVERLAY } from '../map/queryOverlay.ts';
import { styleWithState } from '../map/styleWithState.ts';
import type { AttributeStyles } from '../filter/attributeStyle.ts';
import { drawLegendRows, layoutLegend, type LegendLayout } from './exportLegend.ts';
import { mapSettled, type RenderWaits } from './mapSettled.ts';
import { fittedZoom, SCENE_FRAME, type Insets } from './sceneFrame.ts';
import type { SceneMarks } from './sceneMarks.ts';
import { BRIEFING_OVERLAY } from './sceneOnMap.ts';
import type { ThemeName } from '../url/hashState.ts';
import type { Briefing, Scene } from './schema.ts';
import { accessLegendEntries, styleWithAccess, type SceneAccessImage } from './sceneAccess.ts';
import { fitLines, wrapLines } from './wrapText.ts';

/** Sizes of an exported image and of a PDF's pages (the paper, where the size is one). */
export const EXPORT_SIZES = {
  '1920x1080': { w: 1920, h: 1080, label: { zh: '1920 × 1080', en: '1920 × 1080' } },
  'A4-150': { w: 1754, h: 1240, paper: 'a4', label: { zh: 'A4 横向 150 dpi', en: 'A4 landscape 150 dpi' } },
  'A4-300': { w: 3508, h: 2480, paper: 'a4', label: { zh: 'A4 横向 300 dpi', en: 'A4 landscape 300 dpi' } },
  'A3-150': { w: 2480, h: 1754, paper: 'a3', label: { zh: 'A3 横向 150 dpi', en: 'A3 landscape 150 dpi' } },
  'A3-300': { w: 4961, h: 3508, paper: 'a3', label: { zh: 'A3 横向 300 dpi', en: 'A3 landscape 300 dpi' } },
} as const;
export type ExportSize = keyof typeof EXPORT_SIZES;

export interface RenderOptions {
  briefing: Briefing;
  scene: Scene;
  collections: Readonly<Record<string, FeatureCollection>>;
  order: readonly string[];
  titleOf: (id: string) => string;
  attributions: string[];
  lang: Lang;
  theme: ThemeName;
  width: number;
  height: number;
  /** false: the map alone, as for the speaker view's small stills (no title, legend or notes). */
  compose?: boolean;
  /** Highlights and query answers drawn as on screen. */
  marks?: SceneMarks;
  /** The basemap the user chose, drawn under the data as on screen (its credit is in `attributions`). */
  basemap?: UserBasemap | null;
  /** The terrain shading the map: its hillshade is drawn as on screen; 3D relief is not (flat exports). */
  terrain?: UserTerrain | null;
  /** How long to wait for the map to draw (see RenderWaits). */
  waits?: RenderWaits;
  /** The user's attribute filters and colours, drawn (and in the legend) as on screen. */
  attributes?: AttributeStyles;
  /** Told when the export went ahead without basemap or terrain tiles that did not come in time. */
  onGroundIncomplete?: (sourceIds: readonly string[]) => void;
  /**
   * The scene's chart as a panel, drawn at the given scale (pixels per 1080-line unit); placed at
   * the left under the title band, where the live show has it.
   */
  chart?: (scale: number) => Promise<HTMLCanvasElement>;
  /** The scene's travel-time map (issue 15), drawn under the data with its legend rows, as on screen. */
  access?: () => Promise<SceneAccessImage>;
}

/** The live map's overlays, filled with a scene's marks; the ids they name hide their own labels. */
function withMarks(style: StyleSpecification, m: SceneMarks): StyleSpecification {
  const data: Record<string, FeatureCollection> = { 'briefing-highlight': m.highlight, 'query-matches': m.matches, 'query-rings': m.rings };
  const sources = Object.fromEntries(Object.entries(style.sources).map(([id, src]) => [id, data[id] && src.type === 'geojson' ? { ...src, data: data[id] } : src]));
  return { ...style, sources, state: { ...style.state, highlightIds: { default: m.highlightIds }, matchIds: { default: m.matchIds } } };
}

/** Screen width the scenes were framed on: larger exports show the same area, sharper. */
const FRAMED_WIDTH = SCENE_FRAME.width;
const NOTE = { zh: '示意图，非测绘成果', en: 'Schematic map — not survey data' };
/** Where a scene's chart panel goes, in 1080-line units: the left, under the title band, clear of the legend. */
export const CHART_AT = { x: 24, y: 106 } as const;

/** Where the panels of a composed export go, in output pixels. */
interface Panels {
  legend: LegendLayout;
  legendAt: { x: number; y: number };
  chart: HTMLCanvasElement | null;
  /** The map the panels leave uncovered is what the scene's frame is fitted into (CSS px); none without a chart or travel-time map. */
  insets: Insets | null;
}

const fontOf = (u: number) => (px: number, weight = 400) => `${weight} ${Math.round(px * u)}px 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif`;
/** Heights of the title band and the bottom panel, in 1080-line units. */
const BAND = 86;
const FOOT = 150;

/**
 * Lays out legend and chart. Without a chart the legend keeps the top right and the map its
 * authored frame (as always), but for a travel-time map, whose frame is fitted left of the legend. With one, the chart hangs at the left under the title band, the
 * legend under it where there is room (else at the right), and the scene's frame is fitted into
 * the map they leave — so no feature of the scene is drawn under a panel, as on screen.
 */
async function panelsOf(ctx: CanvasRenderingContext2D, o: RenderOptions, entries: Parameters<typeof layoutLegend>[1], ratio: number): Promise<Panels> {
  const { width: W, height: H } = o;
  const u = H / 1080;
  const legend = layoutLegend(ctx, entries, u, fontOf(u)(18), 360 * u, 480 * u);
  const right = { x: W - legend.w - 24 * u, y: 180 * u };
  const chart = o.chart ? await o.chart(u) : null;
  const css = (px: number) => px / ratio;
  // A travel-time scene's legend is tall and its line runs east towards it: framed left of it, as on screen.
  if (!chart && o.access) return { legend, legendAt: right, chart: null, insets: { top: css((BAND + 10) * u), bottom: css((FOOT + 10) * u), left: css(12 * u), right: css(legend.w + 36 * u) } };
  if (!chart) return { legend, legendAt: right, chart: null, insets: null };
  const chartBottom = CHART_AT.y * u + chart.height;
  const under = chartBottom + 12 * u + legend.h <= H - (FOOT + 12) * u;
  const covered = CHART_AT.x * u + Math.max(chart.width, under ? legend.w : 0);
  const insets = { top: css((BAND + 10) * u), bottom: css((FOOT + 10) * u), left: css(covered + 12 * u), right: css(under ? 12 * u : legend.w + 36 * u) };
  return { legend, legendAt: under ? { x: CHART_AT.x * u, y: chartBottom + 12 * u } : right, chart, insets };
}

/**
 * Renders a scene off screen at the requested pixel size — a real larger render at a higher
 * pixel ratio, not an upscaled screenshot — and composes it with title, caption, legend,
 * scale bar, north arrow, sources and the schematic note.
 */
export async function renderScene(o: RenderOptions): Promise<HTMLCanvasElement> {
  // Render the framed view at a higher pixel ratio: same area and layout as on screen, with
  // lines and labels drawn sharp at the output resolution (a real render, not an upscale).
  const ratio = o.width / FRAMED_WIDTH;
  const cssW = FRAMED_WIDTH;
  const cssH = Math.round(o.height / ratio);
  const container = document.createElement('div');
  container.style.cssText = `position:fixed;left:-20000px;top:0;width:${cssW}px;height:${cssH}px;`;
  document.body.append(container);
  const visible = new Set(o.scene.layers);
  const zone = styleWithState(buildStyle(o.theme, o.lang), o.collections, visible, o.marks ? [QUERY_OVERLAY, BRIEFING_OVERLAY] : [], o.attributes);
  // An archive that cannot be read leaves the export on the offline basemap (the live map has said why).
  const ground = o.basemap ? await basemapPartsFor(o.basemap, o.theme, o.lang).then((g) => g.parts, () => null) : null;
  const terrain = o.terrain && (await prepareTerrain(o.terrain).then(() => true, () => false)) ? o.terrain : null;
  // A map the worker cannot make leaves the export without it rather than without the scene.
  const access = o.access ? await o.access().catch((e: unknown) => (console.warn('export access map:', e), null)) : null;
  const layered = styleWithAccess(styleWithTerrain(styleWithBasemap(zone, ground), terrain, o.theme), access);
  const style = o.marks ? withMarks(layered, o.marks) : layered;
  const out = document.createElement('canvas');
  out.width = o.width;
  out.height = o.height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const rows = [...(access ? accessLegendEntries(access.legend, access.area) : []), ...legendRows(o, style.layers, visible)];
  const panels = o.compose === false ? null : await panelsOf(ctx, o, rows, ratio);
  const insets = panels?.insets ?? null;
  const zoom = insets ? fittedZoom(o.scene.camera.zoom, { width: cssW, height: cssH }, insets) : o.scene.camera.zoom;
  const map = new MapLibreMap({
    container, style, center: o.scene.camera.center, zoom, bearing: o.scene.camera.bearing, pitch: o.scene.camera.pitch,
    interactive: false, attributionControl: false, fadeDuration: 0, pixelRatio: ratio, localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT_FAMILY, maxCanvasSize: [8192, 8192],
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  // The frame's centre goes to the middle of the uncovered map.
  if (insets) map.jumpTo({ center: o.scene.camera.center, zoom, padding: insets });
  try {
    map.once('error', (e) => console.warn('export map:', e.error?.message));
    const missing = await mapSettled(map, Object.keys(style.sources), o.waits);
    if (missing.length) o.onGroundIncomplete?.(missing);
    ctx.drawImage(map.getCanvas(), 0, 0, o.width, o.height);
    const metresPerPx = (40075016.686 * Math.cos((o.scene.camera.center[1] * Math.PI) / 180)) / (512 * 2 ** zoom) / ratio;
    if (panels) {
      compose(ctx, o, metresPerPx, panels);
      if (panels.chart) ctx.drawImage(panels.chart, CHART_AT.x * (o.height / 1080), CHART_AT.y * (o.height / 1080));
    }
    return out;
  } finally {
    map.remove();
    container.remove();
  }
}

/** Legend of the scene's layers, read from the style like the on-screen legend. */
function legendRows(o: RenderOptions, layers: Parameters<typeof legendFromStyle>[0], visible: Set<string>): ReturnType<typeof legendFromStyle> {
  const mix = (id: string) => {
    const fs = o.collections[id]?.features ?? [];
    return { schematic: fs.filter((f) => f.properties?.confidence === 'schematic').length, total: fs.length };
  };
  return legendFromStyle(layers, visible, o.order, o.lang, mix).slice(0, 16);
}

function compose(ctx: CanvasRenderingContext2D, o: RenderOptions, metresPerPx: number, panels: Panels): void {
  const { width: W, height: H, lang } = o;
  const u = H / 1080; // type and spacing scale with the output
  const font = fontOf(u);
  const panel = (x: number, y: number, w: number, h: number) => {
    ctx.fillStyle = 'rgba(255,255,255,0.9)';
    ctx.fillRect(x, y, w, h);
    ctx.strokeStyle = '#9ca3af';
    ctx.lineWidth = Math.max(1, u);
    ctx.strokeRect(x, y, w, h);
  };
  // Title band.
  panel(0, 0, W, BAND * u);
  ctx.fillStyle = '#111827';
  ctx.font = font(34, 700);
  ctx.textBaseline = 'top';
  ctx.fillText(o.briefing.title[lang], 28 * u, 12 * u);
  ctx.font = font(24);
  ctx.fillText(o.scene.title[lang], 28 * u, 52 * u);
  // North arrow.
  const nx = W - 60 * u;
  ctx.fillStyle = '#111827';
  ctx.beginPath();
  ctx.moveTo(nx, 100 * u);
  ctx.lineTo(nx - 14 * u, 140 * u);
  ctx.lineTo(nx + 14 * u, 140 * u);
  ctx.closePath();
  ctx.fill();
  ctx.font = font(22, 700);
  ctx.textAlign = 'center';
  ctx.fillText('N', nx, 144 * u);
  ctx.textAlign = 'left';
  // The legend, its symbols drawn as the map draws them, its labels wrapped inside the panel.
  const { legend, legendAt } = panels;
  panel(legendAt.x, legendAt.y, legend.w, legend.h);
  ctx.font = font(20, 700);
  ctx.fillStyle = '#111827';
  ctx.fillText(lang === 'zh' ? '图例' : 'Legend', legendAt.x + 14 * u, legendAt.y + 8 * u);
  drawLegendRows(ctx, legend, legendAt.x, legendAt.y, u, font(18));
  ctx.textBaseline = 'top';
  // Caption, scale bar, sources and the schematic note along the bottom.
  const bh = FOOT * u;
  panel(0, H - bh, W, bh);
  ctx.fillStyle = '#111827';
  // The caption in two lines: smaller type before it is cut, and a cut marked "…".
  const caption = fitLines(o.scene.caption[lang], (px) => (s) => ((ctx.font = font(px)), ctx.measureText(s).width), W - 480 * u, 2, [24, 21, 19]);
  ctx.font = font(caption.size);
  caption.lines.forEach((l, i) => ctx.fillText(l, 28 * u, H - bh + 14 * u + i * (caption.size + 8) * u));
  const targetPx = 240 * u;
  const steps = [1, 2, 5, 10, 20, 50, 100, 200, 500].map((k) => k * 1000);
  const metres = steps.filter((m) => m / metresPerPx <= targetPx).pop() ?? steps[0] ?? 1000;
  const barPx = metres / metresPerPx;
  const by = H - 50 * u;
  ctx.fillRect(W - 320 * u, by, barPx, 6 * u);
  ctx.font = font(18);
  ctx.fillText(`${metres / 1000} km`, W - 320 * u, by - 28 * u);
  // Sources on up to two lines (a shown layer's own licence can make them long), never squeezed.
  ctx.font = font(15);
  ctx.fillStyle = '#374151';
  wrapLines(`${lang === 'zh' ? '数据来源：' : 'Sources: '}${o.attributions.join(' · ')}`, (s) => ctx.measureText(s).width, W - 400 * u)
    .slice(0, 2)
    .forEach((l, i) => ctx.fillText(l, 28 * u, H - 74 * u + i * 19 * u));
  ctx.fillStyle = '#6d28d9';
  ctx.font = font(18, 700);
  ctx.fillText(`${NOTE[lang]}${lang === 'en' ? ` · ${NOTE.zh}` : ''}`, 28 * u, H - 34 * u);
}

export function canvasToBlob(canvas: HTMLCanvasElement, type = 'image/png'): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('image encoding failed'))), type));
}
