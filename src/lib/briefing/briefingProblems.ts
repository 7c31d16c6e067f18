import type { Lang } from '../catalogue/types.ts';

/** What can be wrong with a briefing file, said in either language (the file's own names kept). */
const TEXT = {
  notObject: { en: 'not a JSON object', zh: '不是 JSON 对象' },
  badId: { en: '"id" must be lower-case letters, digits and dashes', zh: 'id 只能由小写字母、数字和连字符组成' },
  needsBoth: { en: '"{x}" needs zh and en', zh: '“{x}”需要中文（zh）和英文（en）两种文字' },
  noScenes: { en: '"scenes" must be a non-empty array', zh: '场景列表（scenes）不能为空' },
  sceneNotObject: { en: 'not an object', zh: '不是对象' },
  duplicateScene: { en: 'duplicate scene id', zh: '场景 id 重复' },
  noCamera: { en: '"camera" must be an object', zh: '缺少镜头设置（camera）' },
  center: { en: 'camera.center must be [lon, lat]', zh: '镜头中心（camera.center）须为 [经度, 纬度]' },
  zoom: { en: 'camera.zoom must be a number 0–22', zh: '缩放级别（camera.zoom）须为 0–22 的数字' },
  bearing: { en: 'camera.bearing must be a number −360–360', zh: '方位角（camera.bearing）须为 −360–360 的数字' },
  pitch: { en: 'camera.pitch must be a number 0–85', zh: '倾角（camera.pitch）须为 0–85 的数字' },
  layersList: { en: '"layers" must be a list of layer ids', zh: '图层（layers）须为图层 id 列表' },
  unknownLayer: { en: 'layers: unknown layer "{x}"', zh: '图层（layers）：未知图层“{x}”' },
  highlightList: { en: '"highlight" must be a list of feature ids', zh: '高亮要素（highlight）须为要素 id 列表' },
  unknownReveal: { en: 'reveal: unknown layer "{x}"', zh: '逐步绘制（reveal）：未知图层“{x}”' },
  queryString: { en: '"query" must be a query string', zh: '查询（query）须为查询字符串' },
} as const;

export type BriefingProblemCode = keyof typeof TEXT;

export interface BriefingProblem {
  file: string;
  /** 1-based scene number, and the scene's id when it has one. */
  scene?: number;
  sceneId?: string;
  code: BriefingProblemCode;
  param?: string;
}

export function describeBriefingProblem(p: BriefingProblem, lang: Lang): string {
  const what = TEXT[p.code][lang].replace('{x}', p.param ?? '');
  const id = p.sceneId ? (lang === 'zh' ? `（${p.sceneId}）` : ` (${p.sceneId})`) : '';
  const where = p.scene === undefined ? p.file : lang === 'zh' ? `${p.file} 第 ${p.scene} 个场景${id}` : `${p.file} scene ${p.scene}${id}`;
  return `${where}${lang === 'zh' ? '：' : ': '}${what}`;
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
    if (!e.found.length) return lang === 'zh' ? `未找到简报“${e.briefingId}”` : `unknown briefing "${e.briefingId}"`;
    return e.found.slice(0, 3).map((p) => describeBriefingProblem(p, lang)).join(lang === 'zh' ? '；' : '; ');
  }
  if (e instanceof SyntaxError) return lang === 'zh' ? `不是有效的 JSON（${e.message}）` : `not valid JSON (${e.message})`;
  return e instanceof Error ? e.message : String(e);
}
