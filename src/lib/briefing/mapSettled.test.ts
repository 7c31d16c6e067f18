import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isGroundSource, mapSettled, type RenderWaits, type SettlingMap } from './mapSettled.ts';

/** A map whose sources load when the test says so; a repaint draws a frame on the next timer turn. */
class FakeMap implements SettlingMap {
  loaded = new Map<string, boolean>();
  frames = 0;
  private listeners: Array<{ type: string; fn: () => void }> = [];
  constructor(ids: string[]) {
    for (const id of ids) this.loaded.set(id, false);
  }
  once(type: 'idle' | 'render', fn: () => void): this {
    this.listeners.push({ type, fn });
    return this;
  }
  isSourceLoaded(id: string): boolean | undefined {
    return this.loaded.get(id);
  }
  triggerRepaint(): void {
    setTimeout(() => {
      this.frames++;
      this.fire('render');
    }, 16);
  }
  fire(type: string): void {
    const now = this.listeners.filter((l) => l.type === type);
    this.listeners = this.listeners.filter((l) => l.type !== type);
    for (const l of now) l.fn();
  }
}

const WAITS: RenderWaits = { groundMs: 1000, dataMs: 5000, pollMs: 100 };
const IDS = ['zone_boundary', 'stations', 'basemap:bm-1:0', 'terrain:dem-1:hillshade'];

describe('waiting for an export’s map', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  const settle = (map: FakeMap) => {
    const outcome: { value?: string[]; error?: Error } = {};
    mapSettled(map, IDS, WAITS).then(
      (v) => (outcome.value = v),
      (e: unknown) => (outcome.error = e as Error),
    );
    return outcome;
  };

  it('takes the map as soon as it is idle, everything drawn', async () => {
    const map = new FakeMap(IDS);
    const outcome = settle(map);
    await vi.advanceTimersByTimeAsync(300);
    map.fire('idle');
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toEqual({ value: [] });
  });

  it('gives up the basemap and terrain tiles that never come, once the data is drawn', async () => {
    const map = new FakeMap(IDS);
    map.loaded.set('zone_boundary', true);
    map.loaded.set('stations', true);
    const outcome = settle(map);
    await vi.advanceTimersByTimeAsync(WAITS.groundMs - 1);
    expect(outcome).toEqual({});
    await vi.advanceTimersByTimeAsync(200);
    // What did arrive is drawn before the canvas is read.
    expect(map.frames).toBe(2);
    expect(outcome).toEqual({ value: ['basemap:bm-1:0', 'terrain:dem-1:hillshade'] });
  });

  it('waits on for data still loading past the first wait, then goes ahead without the ground', async () => {
    const map = new FakeMap(IDS);
    map.loaded.set('zone_boundary', true);
    const outcome = settle(map);
    await vi.advanceTimersByTimeAsync(WAITS.groundMs + 1000);
    expect(outcome).toEqual({});
    map.loaded.set('stations', true);
    map.loaded.set('terrain:dem-1:hillshade', true);
    await vi.advanceTimersByTimeAsync(200);
    expect(outcome).toEqual({ value: ['basemap:bm-1:0'] });
  });

  it('fails when the data layers are not drawn in time, as before', async () => {
    const map = new FakeMap(IDS);
    const outcome = settle(map);
    await vi.advanceTimersByTimeAsync(WAITS.dataMs + 1);
    expect(outcome.error?.message).toBe('the map did not finish drawing in 5 s');
  });

  it('counts only the user’s basemap and terrain sources as ground', () => {
    expect(['basemap:bm-1:0', 'terrain:dem-1:relief', 'stations', 'briefing-highlight', 'query-matches'].map(isGroundSource)).toEqual([true, true, false, false, false]);
  });
});
