import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../catalogue/types.ts';

/** MapLibre's own words (canvas, zoom and compass buttons, popup close) in the UI's language. */
export const MAP_LOCALE: Record<Lang, Record<string, string>> = {
  zh: {
    'Map.Title': '地图',
    'NavigationControl.ZoomIn': '放大',
    'NavigationControl.ZoomOut': '缩小',
    'NavigationControl.ResetBearing': '拖动旋转地图，单击恢复正北',
    'Popup.Close': '关闭弹窗',
    'AttributionControl.ToggleAttribution': '显示或隐藏数据来源',
    'FullscreenControl.Enter': '进入全屏',
    'FullscreenControl.Exit': '退出全屏',
    'ScaleControl.Meters': 'm',
    'ScaleControl.Kilometers': 'km',
  },
  en: {
    'Map.Title': 'Map',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
    'Popup.Close': 'Close popup',
    'AttributionControl.ToggleAttribution': 'Toggle attribution',
    'FullscreenControl.Enter': 'Enter fullscreen',
    'FullscreenControl.Exit': 'Exit fullscreen',
    'ScaleControl.Meters': 'm',
    'ScaleControl.Kilometers': 'km',
  },
};

const BUTTONS: Array<[string, string]> = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing'],
];

/**
 * Switches MapLibre's words after the map was made. MapLibre 6 takes `locale` only at
 * construction (its locale example recreates the map), so the table is patched in place and
 * the labels already in the page are rewritten; popups opened later read the patched table.
 */
export function applyMapLocale(map: MapLibreMap, lang: Lang): void {
  const table = MAP_LOCALE[lang];
  Object.assign((map as unknown as { _locale: Record<string, string> })._locale, table);
  map.getCanvas().setAttribute('aria-label', table['Map.Title'] ?? '');
  const root = map.getContainer();
  for (const [selector, key] of BUTTONS) {
    const button = root.querySelector<HTMLElement>(selector);
    if (!button) continue;
    button.title = table[key] ?? '';
    button.setAttribute('aria-label', table[key] ?? '');
  }
}
