import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Lang } from '../../catalogue/types.ts';
import { ZONE_BBOX } from '../../catalogue/types.ts';
import { geometryProblem } from '../../data/geometryProblems.ts';
import { measureLabels } from '../../measure/measureLabels.ts';
import type { Drawn, MapDrawing } from '../drawing.ts';
import { showMeasureLabels } from '../measureOverlay.ts';
import { drawRefusal, type DrawRefusal } from './drawRefusal.ts';
import { PointerGuard } from './pointerGuard.ts';
import { drawModeOf, isDrawingTool, type Tool } from './tools.ts';

/** What the tools read from and tell the app. */
export interface ToolHost {
  tool(): Tool;
  setTool(tool: Tool): void;
  /** The shape last drawn for a query or a site, or null when cancelled. */
  setDrawn(shape: Drawn | null): void;
  /** The shape being or last measured, or null when cancelled. */
  setMeasured(shape: Drawn | null): void;
  /** A point picked by the add-site tool. */
  picked(at: [number, number]): void;
  /** A drawn outline was refused, with the reason (a message key). */
  refused(reason: DrawRefusal): void;
}

/**
 * The active tool's hold on the map pointer: drawing and measuring with terra-draw (loaded with
 * the first drawing tool), picking a point, Esc to cancel, the measuring labels, and a guard so
 * that the clicks of a drawing never zoom the map or open a popup. Exactly one tool is active:
 * switching starts the new one and ends the previous.
 */
export class MapTools {
  private drawing: MapDrawing | null = null;
  private loading: Promise<MapDrawing> | null = null;
  private readonly guard: PointerGuard;
  /** Which kind of shape terra-draw shows now: clearing the other kind must leave it. */
  private showing: 'measure' | 'draw' | null = null;
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.host.tool() !== 'none') {
      e.preventDefault();
      this.cancel();
    }
  };

  constructor(
    private readonly map: MapLibreMap,
    private readonly host: ToolHost,
  ) {
    this.guard = new PointerGuard(map);
    window.addEventListener('keydown', this.onKey);
  }

  /** A map click: true when a tool used it (then nothing else may, popups included). */
  click(e: MapMouseEvent): boolean {
    const tool = this.host.tool();
    if (tool === 'add-site-point') {
      this.guard.drawingEnded();
      this.host.picked([e.lngLat.lng, e.lngLat.lat]);
      this.host.setTool('none');
      return true;
    }
    return !this.guard.explores(tool);
  }

  /** The app's tool changed: start it, ending whatever was active. */
  async apply(tool: Tool): Promise<void> {
    this.guard.setTool(tool);
    this.map.getCanvas().style.cursor = tool === 'none' ? '' : 'crosshair';
    const mode = drawModeOf(tool);
    if (mode) this.showing = tool.startsWith('measure') ? 'measure' : 'draw';
    if (!mode && !this.drawing) return;
    const d = await this.ensureDrawing();
    if (this.host.tool() !== tool) return;
    if (mode) d.start(mode);
    else d.stop();
  }

  /** A shape of that kind was cleared in a panel: it goes from the map if it is the one shown. */
  clearShape(kind: 'measure' | 'draw'): void {
    if (kind === 'measure') showMeasureLabels(this.map, null);
    if (this.showing !== kind) return;
    this.drawing?.clear();
    this.showing = null;
  }

  /** Esc (or leaving the tool's panel): the drawing in progress goes, and the map is back to exploring. */
  cancel(): void {
    const tool = this.host.tool();
    this.guard.drawingEnded();
    if (isDrawingTool(tool)) {
      this.drawing?.clear();
      this.showing = null;
      if (tool.startsWith('measure')) {
        showMeasureLabels(this.map, null);
        this.host.setMeasured(null);
      } else this.host.setDrawn(null);
    }
    this.host.setTool('none');
  }

  /** Labels for the measurement on the map. */
  label(shape: Drawn | null, lang: Lang): void {
    showMeasureLabels(this.map, shape ? measureLabels(shape, lang) : null);
  }

  destroy(): void {
    window.removeEventListener('keydown', this.onKey);
    this.guard.destroy();
    this.drawing?.destroy();
  }

  private ensureDrawing(): Promise<MapDrawing> {
    this.loading ??= import('../drawing.ts').then(({ MapDrawing }) => {
      this.drawing = new MapDrawing(
        this.map,
        (f) => this.finished(f),
        (f) => {
          if (this.host.tool().startsWith('measure')) this.host.setMeasured(f);
        },
      );
      return this.drawing;
    });
    return this.loading;
  }

  private finished(f: Drawn): void {
    this.guard.drawingEnded();
    // An outline that crosses itself or leaves the map area is refused, with the reason.
    const problem = geometryProblem(f.geometry, ZONE_BBOX);
    const tool = this.host.tool();
    if (problem) {
      this.host.refused(drawRefusal(f.geometry, ZONE_BBOX));
      this.drawing?.clear();
      const mode = drawModeOf(tool);
      if (mode) this.drawing?.start(mode);
      return;
    }
    if (tool.startsWith('measure')) this.host.setMeasured(f);
    else this.host.setDrawn(f);
    this.host.setTool('none');
  }
}
