import { jsPDF } from 'jspdf';
import type { RenderOptions } from './renderScene.ts';
import { renderScene } from './renderScene.ts';
import type { SceneMarks } from './sceneMarks.ts';
import type { Briefing, Scene } from './schema.ts';

/** Everything a page's render needs besides its scene and size; per scene, as each names its own ground. */
export type SceneRenderOptions = Omit<RenderOptions, 'briefing' | 'scene' | 'width' | 'height' | 'marks'>;

/** A page's paper and its picture's pixels: a paper size the picture fills, or a screen-shaped page in pixels. */
export interface PdfPage {
  w: number;
  h: number;
  /** 'a4' / 'a3' landscape; absent: a page of w × h px. */
  paper?: 'a4' | 'a3';
}

/** The whole briefing as a PDF, one scene a landscape page of the chosen size (jsPDF, works offline). */
export async function briefingPdf(
  briefing: Briefing,
  optionsOf: (scene: Scene) => SceneRenderOptions,
  marksOf: (scene: Scene) => Promise<SceneMarks>,
  size: PdfPage,
  onPage?: (done: number, total: number) => void,
): Promise<Blob> {
  const { w: W, h: H } = size;
  const pdf = size.paper ? new jsPDF({ orientation: 'landscape', unit: 'mm', format: size.paper, compress: true }) : new jsPDF({ orientation: 'landscape', unit: 'px', format: [W, H], compress: true });
  const pageW = pdf.internal.pageSize.getWidth();
  const pageH = pdf.internal.pageSize.getHeight();
  const scenes = briefing.scenes;
  for (let i = 0; i < scenes.length; i++) {
    const scene = scenes[i] as Scene;
    const canvas = await renderScene({ ...optionsOf(scene), briefing, scene, marks: await marksOf(scene), width: W, height: H });
    if (i > 0) pdf.addPage(size.paper ?? [W, H], 'landscape');
    pdf.addImage(canvas.toDataURL('image/jpeg', 0.85), 'JPEG', 0, 0, pageW, pageH);
    onPage?.(i + 1, scenes.length);
  }
  return pdf.output('blob');
}
