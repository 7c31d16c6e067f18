import type { Lang } from '../catalogue/types.ts';
import { bracketed, describeError, labelled, semicolon, tf } from '../i18n/describe.ts';
import { t } from '../i18n/messages.ts';

/** What can be wrong with a briefing file; each is worded in the i18n tables as `briefingProblem.<code>`. */
export const BRIEFING_PROBLEM_CODES = [
  'notObject', 'badId', 'needsBoth', 'noScenes', 'sceneNotObject', 'duplicateScene', 'noCamera', 'center', 'zoom',
  'bearing', 'pitch', 'layersList', 'unknownLayer', 'highlightList', 'unknownReveal', 'queryString', 'basemapName', 'terrainName',
  'terrain3d', 'unknownChart', 'accessMap',
] as const;
export type BriefingProblemCode = (typeof BRIEFING_PROBLEM_CODES)[number];

export interface BriefingProblem {
  file: string;
  /** 1-based scene number, and the scene's id when it has one. */
  scene?: number;
  sceneId?: string;
  code: BriefingProblemCode;
  param?: string;
}

/** The file's own key each problem is about: quoted as it is, in either language. */
const FIELD: Partial<Record<BriefingProblemCode, string>> = {
  badId: 'id', noScenes: 'scenes', noCamera: 'camera', center: 'camera.center', zoom: 'camera.zoom', bearing: 'camera.bearing',
  pitch: 'camera.pitch', layersList: 'layers', unknownLayer: 'layers', highlightList: 'highlight', unknownReveal: 'reveal', queryString: 'query',
  basemapName: 'basemap', terrainName: 'terrain', terrain3d: 'terrain3d', unknownChart: 'chart', accessMap: 'access',
};

/** JSON's own words, quoted as the file spells them in either language. */
const JSON_WORDS = { null: 'null', true: 'true', false: 'false' };
/** A scene's `access` keys and values, quoted as the file spells them. */
const ACCESS_WORDS = { to: 'to', view: 'view', year: 'year', time: 'time', saved: 'saved', destinations: 'xiongan, beijing, shijiazhuang, taiyuan' };

export function describeBriefingProblem(p: BriefingProblem, lang: Lang): string {
  const what = tf(`briefingProblem.${p.code}`, lang, { x: p.param ?? '', field: FIELD[p.code] ?? '', ...JSON_WORDS, ...ACCESS_WORDS });
  const where = p.scene === undefined ? p.file : tf('briefingProblemWhere', lang, { file: p.file, n: p.scene }) + bracketed(p.sceneId, lang);
  return labelled(where, what, lang);
}

/** A briefing that could not be had: none by that id, or a file with problems. */
export class BriefingLoadError extends Error {
  override name = 'BriefingLoadError';
  constructor(
    readonly briefingId: string,
    readonly found: BriefingProblem[],
  ) {
    super(found.length ? found.map((p) => describeBriefingProblem(p, 'en')).join('; ') : `unknown briefing "${briefingId}"`);
  }
}

/** Any error from loading or reading a briefing, in the UI's language (a foreign error keeps its own words). */
export function describeBriefingError(e: unknown, lang: Lang): string {
  if (e instanceof BriefingLoadError) {
    if (!e.found.length) return tf('briefingUnknown', lang, { id: e.briefingId });
    return e.found.slice(0, 3).map((p) => describeBriefingProblem(p, lang)).join(semicolon(lang));
  }
  if (e instanceof SyntaxError) return t('briefingNotJson', lang) + bracketed(e.message, lang);
  return describeError(e, lang);
}
