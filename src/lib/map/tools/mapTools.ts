import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Lang } from '../../catalogue/types.ts';
import { ZONE_BBOX } from '../../catalogue/types.ts';
import { geometryProblem } from '../../data/geometryProblems.ts';
import { measureLabels } from '../../measure/measureLabels.ts';
import type { Drawn, MapDrawing } from '../drawing.ts';
import { showMeasureLabels } from '../measureOverlay.ts';
import { PointerGuard } from './pointerGuard.ts';
import { drawModeOf, isDrawingTool, type Tool } from './tools.ts';

/** What the tools read from and tell the app. */
export interface ToolHost {
  tool(): Tool;
  setTool(tool: Tool): void;
  /** The shape last drawn, or null when cleared / cancelled. */
  setDrawn(shape: Drawn | null): void;
  /** A point picked by the add-site tool. */
  picked(at: [number, number]): void;
  /** A drawn outline was refused, with the reason in words. */
  refused(problem: string): void;
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
  /** Whether the shape on the map came from a measuring tool (it then carries labels). */
  private measured = false;
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
    if (tool.startsWith('measure')) this.measured = true;
    else if (isDrawingTool(tool)) this.measured = false;
    if (!mode && !this.drawing) return;
    const d = await this.ensureDrawing();
    if (this.host.tool() !== tool) return;
    if (mode) d.start(mode);
    else d.stop();
  }

  /** The shape was cleared in a panel. */
  clearShape(): void {
    this.drawing?.clear();
    showMeasureLabels(this.map, null);
  }

  /** Esc: the drawing in progress goes, and the map is back to exploring. */
  cancel(): void {
    this.guard.drawingEnded();
    this.drawing?.clear();
    showMeasureLabels(this.map, null);
    this.host.setDrawn(null);
    this.host.setTool('none');
  }

  /** Labels for the shape on the map, when it is a measurement. */
  label(shape: Drawn | null, lang: Lang): void {
    showMeasureLabels(this.map, shape && this.measured ? measureLabels(shape, lang) : null);
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
          if (this.host.tool().startsWith('measure')) this.host.setDrawn(f);
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
      this.host.refused(problem);
      this.drawing?.clear();
      const mode = drawModeOf(tool);
      if (mode) this.drawing?.start(mode);
      return;
    }
    this.host.setDrawn(f);
    this.host.setTool('none');
  }
}
