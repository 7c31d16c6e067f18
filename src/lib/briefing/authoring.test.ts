import { describe, expect, it } from 'vitest';
import { emptyBriefing, moveScene, removeScene, sceneFromView } from './authoring.ts';
import { parseBriefing } from './schema.ts';

const cap = { zh: '说明', en: 'Caption' };

describe('authoring', () => {
  const b = { ...emptyBriefing(), scenes: [1, 2, 3].map((n) => sceneFromView({ center: [112.123456, 38.5], zoom: 9.123, bearing: 0, pitch: 0 }, ['dayu'], n === 2 ? 'dayu-core' : null, n, cap)) };

  it('records the view as a valid scene', () => {
    expect(b.scenes[0]?.camera).toEqual({ center: [112.12346, 38.5], zoom: 9.12, bearing: 0, pitch: 0 });
    expect(b.scenes[1]?.highlight).toEqual(['dayu-core']);
    expect(parseBriefing(b, 'my.json', new Set(['dayu'])).problems).toEqual([]);
  });

  it('reorders and deletes scenes', () => {
    const titles = (x: typeof b) => x.scenes.map((s) => s.title.en);
    expect(titles(moveScene(b, 0, 1))).toEqual(['Scene 2', 'Scene 1', 'Scene 3']);
    expect(titles(moveScene(b, 0, -1))).toEqual(['Scene 1', 'Scene 2', 'Scene 3']);
    expect(titles(moveScene(b, 2, 1))).toEqual(['Scene 1', 'Scene 2', 'Scene 3']);
    expect(titles(removeScene(b, 1))).toEqual(['Scene 1', 'Scene 3']);
  });
});
