import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PointerGuard } from './pointerGuard.ts';
import { drawModeOf, toolHint } from './tools.ts';

function fakeMap() {
  const state = { dblclickZoom: true };
  const container = new EventTarget();
  const map = { doubleClickZoom: { enable: () => (state.dblclickZoom = true), disable: () => (state.dblclickZoom = false) }, getContainer: () => container } as unknown as MapLibreMap;
  return { map, state, container };
}

describe('PointerGuard', () => {
  let now = 0;
  beforeEach(() => {
    vi.useFakeTimers();
    now = 1000;
  });
  afterEach(() => vi.useRealTimers());

  it('turns double-click zoom off for drawing tools and back on after the finishing clicks', () => {
    const { map, state } = fakeMap();
    const g = new PointerGuard(map, () => now);
    g.setTool('measure-line');
    expect(state.dblclickZoom).toBe(false);
    g.drawingEnded();
    g.setTool('none');
    expect(state.dblclickZoom).toBe(false); // the finishing dblclick is still on its way
    now += 450;
    vi.advanceTimersByTime(450);
    expect(state.dblclickZoom).toBe(true);
  });

  it('opens no popup for the clicks that end a drawing, nor while a tool owns the pointer', () => {
    const { map } = fakeMap();
    const g = new PointerGuard(map, () => now);
    expect(g.explores('none')).toBe(true);
    expect(g.explores('draw-area')).toBe(false);
    expect(g.explores('add-site-point')).toBe(false);
    g.drawingEnded();
    expect(g.explores('none')).toBe(false);
    now += 500;
    expect(g.explores('none')).toBe(true);
  });

  it('a new drawing tool keeps double-click zoom off even while a re-enable is pending', () => {
    const { map, state } = fakeMap();
    const g = new PointerGuard(map, () => now);
    g.drawingEnded();
    g.setTool('none');
    g.setTool('draw-line');
    vi.advanceTimersByTime(1000);
    expect(state.dblclickZoom).toBe(false);
  });
});

describe('PointerGuard and the finishing double-click', () => {
  it('stops a dblclick on its way to the map while drawing and just after, not later', () => {
    let now = 1000;
    const { map, container } = fakeMap();
    const g = new PointerGuard(map, () => now);
    // Whether the event would go on to the map's own listeners (below the container): the
    // guard's capture listener stops its propagation when it must not.
    const reaches = () => {
      const e = new Event('dblclick', { bubbles: true });
      container.dispatchEvent(e);
      return !e.cancelBubble;
    };
    g.setTool('draw-area');
    expect(reaches()).toBe(false);
    g.drawingEnded();
    g.setTool('none');
    expect(reaches()).toBe(false);
    now += 500;
    expect(reaches()).toBe(true);
    g.destroy();
  });
});

describe('tools', () => {
  it('say what a click will do, in both languages, and which shape they draw', () => {
    expect(toolHint('measure-line', 'zh')).toBe('单击添加节点，双击结束；Esc 取消');
    expect(toolHint('measure-line', 'en')).toMatch(/double-click to finish/);
    expect(toolHint('none', 'zh')).toBeNull();
    expect(drawModeOf('add-site-area')).toBe('polygon');
    expect(drawModeOf('add-site-point')).toBeNull();
  });
});
