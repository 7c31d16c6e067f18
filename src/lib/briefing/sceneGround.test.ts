import { describe, expect, it } from 'vitest';
import { chosen, groundOf, sameGround, sceneGround, unionById } from './sceneGround.ts';
import type { Scene } from './schema.ts';

const base: Scene = { id: 's', title: { zh: '题', en: 'T' }, camera: { center: [112.7, 38.2], zoom: 9, bearing: 0, pitch: 0 }, layers: [], highlight: [], caption: { zh: '说', en: 'C' }, notes: { zh: '', en: '' } };
const basemaps = [{ id: 'bm-1', name: '天地图影像' }, { id: 'bm-2', name: 'OSM' }];
const terrains = [{ id: 'dem-1', name: '本地高程' }];

describe('a scene’s ground', () => {
  it('leaves the presenter’s own ground alone when the scene names none (briefings written before)', () => {
    expect(sceneGround(base, basemaps, terrains)).toEqual({ override: null, missing: [] });
    expect(groundOf(base, { basemapId: 'bm-2', terrainId: 'dem-1' }, basemaps, terrains)).toEqual({ basemap: basemaps[1], terrain: terrains[0] });
  });

  it('finds what it names by the name the panels list, and null is the default', () => {
    const s = { ...base, basemap: ' 天地图影像', terrain: null, terrain3d: true };
    expect(sceneGround(s, basemaps, terrains)).toEqual({ override: { basemapId: 'bm-1', terrainId: null, terrain3d: true }, missing: [] });
    expect(groundOf(s, { basemapId: 'bm-2', terrainId: 'dem-1' }, basemaps, terrains)).toEqual({ basemap: basemaps[0], terrain: null });
    expect(sceneGround({ ...base, basemap: null }, basemaps, terrains).override).toEqual({ basemapId: null });
  });

  it('falls back to the default for what this browser lacks, and says which', () => {
    const s = { ...base, basemap: '别处的底图', terrain: '别处的地形', terrain3d: true };
    expect(sceneGround(s, basemaps, terrains)).toEqual({
      override: { basemapId: null, terrainId: null, terrain3d: true },
      missing: [{ kind: 'basemap', name: '别处的底图' }, { kind: 'terrain', name: '别处的地形' }],
    });
    expect(groundOf(s, { basemapId: 'bm-2', terrainId: 'dem-1' }, basemaps, terrains)).toEqual({ basemap: null, terrain: null });
  });

  it('picks the override over the user’s own choice, which is what is left when there is none', () => {
    expect(chosen(basemaps, 'bm-2', undefined)).toBe(basemaps[1]);
    expect(chosen(basemaps, 'bm-2', null)).toBeNull();
    expect(chosen(basemaps, null, 'bm-1')).toBe(basemaps[0]);
    expect(chosen(basemaps, 'gone', undefined)).toBeNull();
  });

  it('tells equal overrides apart from different ones, and merges lists by id', () => {
    expect(sameGround(null, null)).toBe(true);
    expect(sameGround({ basemapId: 'bm-1' }, { basemapId: 'bm-1' })).toBe(true);
    expect(sameGround({ basemapId: null }, {})).toBe(false);
    expect(sameGround({}, null)).toBe(false);
    expect(sameGround({ terrain3d: true }, { terrain3d: false })).toBe(false);
    expect(unionById(basemaps, [{ id: 'bm-1', name: 'old name' }, { id: 'bm-3', name: 'new' }]).map((b) => b.name)).toEqual(['天地图影像', 'OSM', 'new']);
  });
});
