import { describe, expect, it } from 'vitest';
import { emptyBriefing, moveScene, removeScene, sceneFromView } from './authoring.ts';
import { parseBriefing } from './schema.ts';

const cap = { zh: '说明', en: 'Caption' };
const flat = { basemap: null, terrain: null, terrain3d: false };

describe('authoring', () => {
  const b = { ...emptyBriefing(), scenes: [1, 2, 3].map((n) => sceneFromView({ center: [112.123456, 38.5], zoom: 9.123, bearing: 0, pitch: 0 }, ['dayu'], n === 2 ? 'dayu-core' : null, n, cap, flat)) };

  it('records the view as a valid scene', () => {
    expect(b.scenes[0]?.camera).toEqual({ center: [112.12346, 38.5], zoom: 9.12, bearing: 0, pitch: 0 });
    expect(b.scenes[1]?.highlight).toEqual(['dayu-core']);
    expect(parseBriefing(b, 'my.json', new Set(['dayu'])).problems).toEqual([]);
  });

  it('records the ground the view is drawn on, by name, and keeps it through the file check', () => {
    expect(b.scenes[0]).toMatchObject({ basemap: null, terrain: null, terrain3d: false });
    const cam = { center: [112.7, 38.2] as [number, number], zoom: 9, bearing: 0, pitch: 50 };
    const s = sceneFromView(cam, ['dayu'], null, 1, cap, { basemap: '天地图影像', terrain: '本地高程', terrain3d: true });
    expect(s).toMatchObject({ basemap: '天地图影像', terrain: '本地高程', terrain3d: true });
    // 3D without a terrain is no 3D; a name longer than a file may hold is cut to fit.
    expect(sceneFromView(cam, [], null, 1, cap, { basemap: 'x'.repeat(200), terrain: null, terrain3d: true })).toMatchObject({ basemap: 'x'.repeat(120), terrain3d: false });
    const parsed = parseBriefing(JSON.parse(JSON.stringify({ ...emptyBriefing(), scenes: [s] })), 'my.json', new Set(['dayu']));
    expect(parsed.problems).toEqual([]);
    expect(parsed.briefing?.scenes[0]).toMatchObject({ basemap: '天地图影像', terrain: '本地高程', terrain3d: true });
  });

  it('reorders and deletes scenes', () => {
    const titles = (x: typeof b) => x.scenes.map((s) => s.title.en);
    expect(titles(moveScene(b, 0, 1))).toEqual(['Scene 2', 'Scene 1', 'Scene 3']);
    expect(titles(moveScene(b, 0, -1))).toEqual(['Scene 1', 'Scene 2', 'Scene 3']);
    expect(titles(moveScene(b, 2, 1))).toEqual(['Scene 1', 'Scene 2', 'Scene 3']);
    expect(titles(removeScene(b, 1))).toEqual(['Scene 1', 'Scene 3']);
  });
});
