import type { Lang } from '../../catalogue/types.ts';

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

const AREA = { zh: '单击添加节点，双击或点回起点结束；Esc 取消', en: 'Click to add points; double-click or close the ring to finish; Esc cancels' };
const LINE = { zh: '单击添加节点，双击结束；Esc 取消', en: 'Click to add points; double-click to finish; Esc cancels' };
const POINT = { zh: '单击地图添加选址；Esc 取消', en: 'Click the map to add a site; Esc cancels' };

/** The mode line: what the next click will do, or null when clicks just explore. */
export function toolHint(tool: Tool, lang: Lang): string | null {
  const mode = drawModeOf(tool);
  const hint = mode === 'polygon' ? AREA : mode === 'linestring' ? LINE : tool === 'add-site-point' ? POINT : null;
  return hint?.[lang] ?? null;
}
