import { jsPDF } from 'jspdf';
import type { RenderOptions } from './renderScene.ts';
import { renderScene } from './renderScene.ts';
import type { SceneMarks } from './sceneMarks.ts';
import type { Briefing, Scene } from './schema.ts';

/** Everything a page's render needs besides its scene and size; per scene, as each names its own ground. */
export type SceneRenderOptions = Omit<RenderOptions, 'briefing' | 'scene' | 'width' | 'height' | 'marks'>;

/** The whole briefing as a PDF, one scene a landscape page (jsPDF, works offline). */
export async function briefingPdf(
  briefing: Briefing,
  optionsOf: (scene: Scene) => SceneRenderOptions,
  marksOf: (scene: Scene) => Promise<SceneMarks>,
  onPage?: (done: number, total: number) => void,
): Promise<Blob> {
  const W = 1600;
  const H = 900;
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'px', format: [W, H], compress: true });
  const scenes = briefing.scenes;
  for (let i = 0; i < scenes.length; i++) {
    const scene = scenes[i] as Scene;
    const canvas = await renderScene({ ...optionsOf(scene), briefing, scene, marks: await marksOf(scene), width: W, height: H });
    if (i > 0) pdf.addPage([W, H], 'landscape');
    pdf.addImage(canvas.toDataURL('image/jpeg', 0.85), 'JPEG', 0, 0, W, H);
    onPage?.(i + 1, scenes.length);
  }
  return pdf.output('blob');
}
