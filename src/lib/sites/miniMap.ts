import type { Feature, Position } from 'geojson';
import { geometryBox } from '../fgb/bbox.ts';

export interface MiniMap {
  width: number;
  height: number;
  sitePath: string | null;
  site: [number, number] | null;
  marks: Array<{ x: number; y: number; label: string }>;
  scaleKm: number;
  scalePx: number;
}

/**
 * A small, static picture of a site and the features it was measured to: an equirectangular
 * projection (x scaled by cos φ) fitted to the box around them. SVG, so it prints sharp and
 * needs no second WebGL map per site.
 */
export function miniMap(site: Feature, marks: Array<{ at: Position; label: string }>, width = 220, height = 160): MiniMap {
  const [x0, y0, x1, y1] = geometryBox(site.geometry);
  let box = [x0, y0, x1, y1];
  for (const m of marks) box = [Math.min(box[0] as number, m.at[0] as number), Math.min(box[1] as number, m.at[1] as number), Math.max(box[2] as number, m.at[0] as number), Math.max(box[3] as number, m.at[1] as number)];
  const [bx0, by0, bx1, by1] = box as [number, number, number, number];
  const cos = Math.cos((((by0 + by1) / 2) * Math.PI) / 180);
  const spanX = Math.max((bx1 - bx0) * cos, 0.01);
  const spanY = Math.max(by1 - by0, 0.01);
  const pad = 14;
  const k = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
  const cx = (bx0 + bx1) / 2;
  const cy = (by0 + by1) / 2;
  const px = (p: Position): [number, number] => [width / 2 + ((p[0] as number) - cx) * cos * k, height / 2 - ((p[1] as number) - cy) * k];
  const g = site.geometry;
  let sitePath: string | null = null;
  let point: [number, number] | null = null;
  if (g.type === 'Point') point = px(g.coordinates);
  else if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    sitePath = polys.flatMap((poly) => poly.map((ring) => `M${ring.map((p) => px(p).map((v) => v.toFixed(1)).join(',')).join('L')}Z`)).join('');
  }
  // A scale bar of a round number of km, about a third of the width.
  const kmPerPx = 111.195 / k;
  const target = (width / 3) * kmPerPx;
  const scaleKm = [1, 2, 5, 10, 20, 50, 100, 200].find((v) => v >= target * 0.6) ?? 200;
  return {
    width, height, sitePath, site: point,
    marks: marks.map((m) => {
      const [x, y] = px(m.at);
      return { x, y, label: m.label };
    }),
    scaleKm, scalePx: scaleKm / kmPerPx,
  };
}
