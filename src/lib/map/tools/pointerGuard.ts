import type { Map as MapLibreMap } from 'maplibre-gl';
import { isDrawingTool, type Tool } from './tools.ts';

/**
 * How long after a drawing ends its own clicks keep arriving: the double-click that finishes a
 * shape fires click, click, dblclick over ~300 ms, after terra-draw has already reported it.
 */
const SETTLE_MS = 450;

/**
 * Keeps the map's own pointer behaviour out of a drawing's way: double-click zoom is off while a
 * drawing tool is active (and stays off until the finishing double-click has passed), and the
 * clicks that end a drawing open no popup.
 */
export class PointerGuard {
  private quietUntil = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private drawing = false;
  // terra-draw turns double-click zoom back on the moment it finishes a shape, before the
  // finishing double-click arrives; so that event is also stopped on its way to the map.
  private readonly onDblclick = (e: Event) => {
    if (this.drawing || this.now() < this.quietUntil) e.stopPropagation();
  };

  constructor(
    private map: MapLibreMap,
    private now: () => number = () => performance.now(),
  ) {
    map.getContainer().addEventListener('dblclick', this.onDblclick, { capture: true });
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.map.getContainer().removeEventListener('dblclick', this.onDblclick, { capture: true });
  }

  setTool(tool: Tool): void {
    clearTimeout(this.timer);
    this.drawing = isDrawingTool(tool);
    if (this.drawing) {
      this.map.doubleClickZoom.disable();
      return;
    }
    const wait = Math.max(0, this.quietUntil - this.now());
    this.timer = setTimeout(() => this.map.doubleClickZoom.enable(), wait);
  }

  /** A drawing just finished (or was cancelled): swallow the clicks still on their way. */
  drawingEnded(): void {
    this.quietUntil = this.now() + SETTLE_MS;
  }

  /** Whether a click may do what the explore tool does (open a popup). */
  explores(tool: Tool): boolean {
    return tool === 'none' && this.now() >= this.quietUntil;
  }
}
