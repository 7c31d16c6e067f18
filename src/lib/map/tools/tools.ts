import type { Lang } from '../../catalogue/types.ts';
import { t } from '../../i18n/messages.ts';

/** What a click on the map does: exactly one of these at a time owns the pointer. */
export type Tool = 'none' | 'draw-area' | 'draw-line' | 'measure-line' | 'measure-area' | 'add-site-point' | 'add-site-area';

/** Tools that draw a shape with terra-draw (clicks add vertices; a double-click finishes). */
export const DRAWING_TOOLS: ReadonlySet<Tool> = new Set(['draw-area', 'draw-line', 'measure-line', 'measure-area', 'add-site-area']);

export const isDrawingTool = (tool: Tool): boolean => DRAWING_TOOLS.has(tool);

export function drawModeOf(tool: Tool): 'polygon' | 'linestring' | null {
  if (tool === 'draw-area' || tool === 'measure-area' || tool === 'add-site-area') return 'polygon';
  if (tool === 'draw-line' || tool === 'measure-line') return 'linestring';
  return null;
}

/** The mode line: what the next click will do, or null when clicks just explore. */
export function toolHint(tool: Tool, lang: Lang): string | null {
  const mode = drawModeOf(tool);
  const hint = mode === 'polygon' ? 'modeArea' : mode === 'linestring' ? 'modeLine' : tool === 'add-site-point' ? 'modePoint' : null;
  return hint && t(hint, lang);
}
