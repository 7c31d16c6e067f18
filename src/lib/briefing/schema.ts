import type { Localized } from '../catalogue/types.ts';

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
}

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

/**
 * Checks a briefing file; every problem names the file, the scene and the field
 * (`zone-overview.json scene 3 (xiongxin): camera.zoom must be a number 0–22`).
 */
export function parseBriefing(input: unknown, file: string, knownLayers: ReadonlySet<string>): { briefing: Briefing | null; problems: string[] } {
  const problems: string[] = [];
  if (!isObj(input)) return { briefing: null, problems: [`${file}: not a JSON object`] };
  if (typeof input.id !== 'string' || !ID.test(input.id)) problems.push(`${file}: "id" must be lower-case letters, digits and dashes`);
  if (!isLoc(input.title)) problems.push(`${file}: "title" needs zh and en`);
  if (!Array.isArray(input.scenes) || input.scenes.length === 0) problems.push(`${file}: "scenes" must be a non-empty array`);
  const scenes: Scene[] = [];
  const ids = new Set<string>();
  (Array.isArray(input.scenes) ? input.scenes : []).forEach((s: unknown, i: number) => {
    const where = `${file} scene ${i + 1}${isObj(s) && typeof s.id === 'string' ? ` (${s.id})` : ''}`;
    if (!isObj(s)) {
      problems.push(`${where}: not an object`);
      return;
    }
    const before = problems.length;
    if (typeof s.id !== 'string' || !ID.test(s.id)) problems.push(`${where}: "id" must be lower-case letters, digits and dashes`);
    else if (ids.has(s.id)) problems.push(`${where}: duplicate scene id`);
    if (!isLoc(s.title)) problems.push(`${where}: "title" needs zh and en`);
    if (!isLoc(s.caption)) problems.push(`${where}: "caption" needs zh and en`);
    // Speaker notes may be empty (a freshly recorded scene has none yet).
    if (s.notes !== undefined && !(isObj(s.notes) && typeof s.notes.zh === 'string' && typeof s.notes.en === 'string')) problems.push(`${where}: "notes" needs zh and en`);
    const cam = s.camera;
    if (!isObj(cam)) problems.push(`${where}: "camera" must be an object`);
    else {
      const c = cam.center;
      if (!Array.isArray(c) || c.length !== 2 || typeof c[0] !== 'number' || typeof c[1] !== 'number' || Math.abs(c[0]) > 180 || Math.abs(c[1]) > 85) problems.push(`${where}: camera.center must be [lon, lat]`);
      if (typeof cam.zoom !== 'number' || cam.zoom < 0 || cam.zoom > 22) problems.push(`${where}: camera.zoom must be a number 0–22`);
      if (cam.bearing !== undefined && (typeof cam.bearing !== 'number' || Math.abs(cam.bearing) > 360)) problems.push(`${where}: camera.bearing must be a number −360–360`);
      if (cam.pitch !== undefined && (typeof cam.pitch !== 'number' || cam.pitch < 0 || cam.pitch > 85)) problems.push(`${where}: camera.pitch must be a number 0–85`);
    }
    if (!Array.isArray(s.layers) || !s.layers.every((l) => typeof l === 'string')) problems.push(`${where}: "layers" must be a list of layer ids`);
    else for (const l of s.layers) if (!knownLayers.has(l)) problems.push(`${where}: layers: unknown layer "${l}"`);
    if (s.highlight !== undefined && (!Array.isArray(s.highlight) || !s.highlight.every((h) => typeof h === 'string'))) problems.push(`${where}: "highlight" must be a list of feature ids`);
    if (s.reveal !== undefined && (typeof s.reveal !== 'string' || !knownLayers.has(s.reveal))) problems.push(`${where}: reveal: unknown layer "${String(s.reveal)}"`);
    if (s.query !== undefined && typeof s.query !== 'string') problems.push(`${where}: "query" must be a query string`);
    if (problems.length === before && isObj(cam)) {
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
      });
    }
  });
  if (problems.length) return { briefing: null, problems };
  return { briefing: { id: input.id as string, title: input.title as Localized, scenes }, problems };
}
