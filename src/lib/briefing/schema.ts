import type { Localized } from '../catalogue/types.ts';
import { isChartId, type ChartId } from '../charts/chartData.ts';
import { DESTINATIONS, type DestinationId, type ScenarioYear } from '../access/types.ts';
import { describeBriefingProblem, type BriefingProblem, type BriefingProblemCode } from './briefingProblems.ts';

export interface SceneCamera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface Scene {
  id: string;
  title: Localized;
  camera: SceneCamera;
  /** Catalogue layer ids shown in this scene; every other layer is hidden. */
  layers: string[];
  /** Feature ids (the `id` property) ringed on the map. */
  highlight: string[];
  caption: Localized;
  notes: Localized;
  /** A line layer drawn progressively when the scene opens. */
  reveal?: string;
  /** A query (as in the URL, `within~parks~layer.stations~5000`) run live and shown. */
  query?: string;
  /**
   * The user basemap the scene is shown on, by the name the 底图 panel lists it under; null is the
   * offline default. Absent, the presenter's own choice stays (briefings written before scenes
   * named their ground play as they always did).
   */
  basemap?: string | null;
  /** The user terrain shading the scene, by name; null: none; absent: the presenter's own. */
  terrain?: string | null;
  /** 3D relief in the live show (exports stay flat); absent: the presenter's own. */
  terrain3d?: boolean;
  /** A chart shown beside the map during the scene and drawn into its exports (`investmentByIndustry`, …). */
  chart?: ChartId;
  /**
   * A travel-time map drawn under the scene's layers (issue 15): minutes to `to` in `year`, or
   * the minutes the 雄忻高铁 saves (`saved`, 2022 → 2027), with the presenter's assumptions.
   */
  access?: SceneAccessMap;
}

export interface SceneAccessMap {
  to: DestinationId;
  view: 'time' | 'saved';
  /** The time view's scenario year (the saved view compares both). */
  year?: ScenarioYear;
}

/** A scene's `access` field, or null when it is not one. */
export function sceneAccessMap(v: unknown): SceneAccessMap | null {
  if (!isObj(v) || !DESTINATIONS.includes(v.to as DestinationId)) return null;
  if (Object.keys(v).some((k) => !['to', 'view', 'year'].includes(k))) return null;
  if (v.view === 'saved' && v.year === undefined) return { to: v.to as DestinationId, view: 'saved' };
  if (v.view === 'time' && (v.year === '2022' || v.year === '2027')) return { to: v.to as DestinationId, view: 'time', year: v.year };
  return null;
}

/** The ground a scene is recorded with: the names of the basemap and terrain drawn, and 3D. */
export type SceneGroundNames = Required<Pick<Scene, 'basemap' | 'terrain' | 'terrain3d'>>;

/** The longest name the basemap and terrain panels give (BASEMAP_TEXT_MAX, not imported so the data build needs no basemap code). */
export const GROUND_NAME_MAX = 120;

export interface Briefing {
  id: string;
  title: Localized;
  scenes: Scene[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLoc = (v: unknown): v is Localized => isObj(v) && typeof v.zh === 'string' && v.zh.trim() !== '' && typeof v.en === 'string' && v.en.trim() !== '';
/** Briefing and scene ids; a link's `briefing=` is held to the same rule. */
export const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** A basemap or terrain a scene may name: absent, null, or a name such as the panels give. */
const isGroundName = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() !== '' && v.length <= GROUND_NAME_MAX);
const groundName = (v: unknown): string | null => (typeof v === 'string' ? v.trim() : null);

/**
 * Checks a briefing file; every problem names the file, the scene and the field
 * (`zone-overview.json scene 3 (xiongxin): camera.zoom must be a number 0–22`).
 */
export function parseBriefing(input: unknown, file: string, knownLayers: ReadonlySet<string>): { briefing: Briefing | null; problems: string[]; found: BriefingProblem[] } {
  const found: BriefingProblem[] = [];
  const done = (briefing: Briefing | null) => ({ briefing, problems: found.map((p) => describeBriefingProblem(p, 'en')), found });
  const top = (code: BriefingProblemCode, param?: string): void => void found.push({ file, code, ...(param === undefined ? {} : { param }) });
  if (!isObj(input)) {
    top('notObject');
    return done(null);
  }
  if (typeof input.id !== 'string' || !ID.test(input.id)) top('badId');
  if (!isLoc(input.title)) top('needsBoth', 'title');
  if (!Array.isArray(input.scenes) || input.scenes.length === 0) top('noScenes');
  const scenes: Scene[] = [];
  const ids = new Set<string>();
  (Array.isArray(input.scenes) ? input.scenes : []).forEach((s: unknown, i: number) => {
    const at = { file, scene: i + 1, ...(isObj(s) && typeof s.id === 'string' ? { sceneId: s.id } : {}) };
    const bad = (code: BriefingProblemCode, param?: string): void => void found.push({ ...at, code, ...(param === undefined ? {} : { param }) });
    if (!isObj(s)) {
      bad('sceneNotObject');
      return;
    }
    const before = found.length;
    if (typeof s.id !== 'string' || !ID.test(s.id)) bad('badId');
    else if (ids.has(s.id)) bad('duplicateScene');
    if (!isLoc(s.title)) bad('needsBoth', 'title');
    if (!isLoc(s.caption)) bad('needsBoth', 'caption');
    // Speaker notes may be empty (a freshly recorded scene has none yet).
    if (s.notes !== undefined && !(isObj(s.notes) && typeof s.notes.zh === 'string' && typeof s.notes.en === 'string')) bad('needsBoth', 'notes');
    const cam = s.camera;
    if (!isObj(cam)) bad('noCamera');
    else {
      const c = cam.center;
      if (!Array.isArray(c) || c.length !== 2 || typeof c[0] !== 'number' || typeof c[1] !== 'number' || Math.abs(c[0]) > 180 || Math.abs(c[1]) > 85) bad('center');
      if (typeof cam.zoom !== 'number' || cam.zoom < 0 || cam.zoom > 22) bad('zoom');
      if (cam.bearing !== undefined && (typeof cam.bearing !== 'number' || Math.abs(cam.bearing) > 360)) bad('bearing');
      if (cam.pitch !== undefined && (typeof cam.pitch !== 'number' || cam.pitch < 0 || cam.pitch > 85)) bad('pitch');
    }
    if (!Array.isArray(s.layers) || !s.layers.every((l) => typeof l === 'string')) bad('layersList');
    else for (const l of s.layers) if (!knownLayers.has(l)) bad('unknownLayer', l);
    if (s.highlight !== undefined && (!Array.isArray(s.highlight) || !s.highlight.every((h) => typeof h === 'string'))) bad('highlightList');
    if (s.reveal !== undefined && (typeof s.reveal !== 'string' || !knownLayers.has(s.reveal))) bad('unknownReveal', String(s.reveal));
    if (s.query !== undefined && typeof s.query !== 'string') bad('queryString');
    if (!isGroundName(s.basemap)) bad('basemapName');
    if (!isGroundName(s.terrain)) bad('terrainName');
    if (s.terrain3d !== undefined && typeof s.terrain3d !== 'boolean') bad('terrain3d');
    if (s.chart !== undefined && !isChartId(s.chart)) bad('unknownChart', String(s.chart));
    if (s.access !== undefined && !sceneAccessMap(s.access)) bad('accessMap');
    if (found.length === before && isObj(cam)) {
      ids.add(s.id as string);
      scenes.push({
        id: s.id as string,
        title: s.title as Localized,
        camera: { center: cam.center as [number, number], zoom: cam.zoom as number, bearing: (cam.bearing as number | undefined) ?? 0, pitch: (cam.pitch as number | undefined) ?? 0 },
        layers: s.layers as string[],
        highlight: (s.highlight as string[] | undefined) ?? [],
        caption: s.caption as Localized,
        notes: (s.notes as Localized | undefined) ?? { zh: '', en: '' },
        ...(typeof s.reveal === 'string' ? { reveal: s.reveal } : {}),
        ...(typeof s.query === 'string' ? { query: s.query } : {}),
        ...(s.basemap !== undefined ? { basemap: groundName(s.basemap) } : {}),
        ...(s.terrain !== undefined ? { terrain: groundName(s.terrain) } : {}),
        ...(typeof s.terrain3d === 'boolean' ? { terrain3d: s.terrain3d } : {}),
        ...(isChartId(s.chart) ? { chart: s.chart } : {}),
        ...(s.access !== undefined ? { access: sceneAccessMap(s.access) as SceneAccessMap } : {}),
      });
    }
  });
  if (found.length) return done(null);
  return done({ id: input.id as string, title: input.title as Localized, scenes });
}
