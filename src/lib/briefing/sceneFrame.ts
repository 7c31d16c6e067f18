/**
 * The view a scene's camera was framed for, in CSS pixels: an export renders exactly this area
 * (sharper at higher resolutions), and a screen fits it into the part of the map no title band
 * or control covers. So a scene shows the same ground on a 1024×768 projector, a laptop and a
 * 4K wall, and the same as its exported image.
 */
export const SCENE_FRAME = { width: 1280, height: 720 } as const;

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The zoom at which the scene's frame just fits the uncovered part of a view. */
export function fittedZoom(zoom: number, view: { width: number; height: number }, insets: Insets): number {
  const w = Math.max(1, view.width - insets.left - insets.right);
  const h = Math.max(1, view.height - insets.top - insets.bottom);
  return zoom + Math.log2(Math.min(w / SCENE_FRAME.width, h / SCENE_FRAME.height));
}
