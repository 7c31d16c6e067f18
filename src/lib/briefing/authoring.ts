import type { Localized } from '../catalogue/types.ts';
import { GROUND_NAME_MAX, type Briefing, type Scene, type SceneCamera, type SceneGroundNames } from './schema.ts';

/**
 * A scene from the current view: camera, visible layers, the selected feature, and the ground it
 * is drawn on (basemap and terrain by name, 3D), so it replays on the ground it was made on.
 */
export function sceneFromView(camera: SceneCamera, layers: string[], selected: string | null, n: number, caption: Localized, ground: SceneGroundNames): Scene {
  const name = (v: string | null) => (v === null ? null : v.slice(0, GROUND_NAME_MAX));
  const round = (v: number, d: number) => Number(v.toFixed(d));
  return {
    id: `scene-${n}-${Math.random().toString(36).slice(2, 6)}`,
    title: { zh: `场景 ${n}`, en: `Scene ${n}` },
    camera: { center: [round(camera.center[0], 5), round(camera.center[1], 5)], zoom: round(camera.zoom, 2), bearing: round(camera.bearing, 1), pitch: round(camera.pitch, 1) },
    layers: [...layers],
    highlight: selected ? [selected] : [],
    caption,
    notes: { zh: '', en: '' },
    basemap: name(ground.basemap),
    terrain: name(ground.terrain),
    terrain3d: ground.terrain3d && ground.terrain !== null,
  };
}

export function emptyBriefing(): Briefing {
  return { id: 'my-briefing', title: { zh: '我的简报', en: 'My briefing' }, scenes: [] };
}

/** Moves scene i by delta (−1 up, +1 down), clamped; returns a new briefing. */
export function moveScene(b: Briefing, i: number, delta: number): Briefing {
  const j = Math.max(0, Math.min(b.scenes.length - 1, i + delta));
  const scenes = [...b.scenes];
  const [s] = scenes.splice(i, 1);
  if (s) scenes.splice(j, 0, s);
  return { ...b, scenes };
}

export function removeScene(b: Briefing, i: number): Briefing {
  return { ...b, scenes: b.scenes.filter((_, k) => k !== i) };
}
