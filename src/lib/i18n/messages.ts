import type { Lang, Localized } from '../catalogue/types.ts';

/** UI strings; zh-CN first. Map labels come from the data's name_zh / name_en instead. */
export const MESSAGES = {
  appTitle: { zh: '太忻一体化经济区 · 空间布局图', en: 'Taiyuan–Xinzhou Integrated Economic Zone · Spatial layout' },
  appShort: { zh: '太忻图集', en: 'Taixin Atlas' },
  layers: { zh: '图层', en: 'Layers' },
  legend: { zh: '图例', en: 'Legend' },
  legendEmpty: { zh: '未显示任何图层', en: 'No layers shown' },
  opacity: { zh: '不透明度', en: 'Opacity' },
  switchLang: { zh: 'English', en: '中文' },
  switchLangLabel: { zh: '切换到英文界面', en: 'Switch to Chinese' },
  themeLight: { zh: '浅色', en: 'Light' },
  themeContrast: { zh: '高对比（投影）', en: 'High contrast (projector)' },
  theme: { zh: '底图样式', en: 'Map style' },
  loading: { zh: '正在加载数据…', en: 'Loading data…' },
  loadFailed: { zh: '图层加载失败', en: 'Layer failed to load' },
  catalogueFailed: { zh: '无法加载图层目录，请检查数据文件。', en: 'The layer catalogue could not be loaded; check the data files.' },
  features: { zh: '个要素', en: 'features' },
  source: { zh: '来源', en: 'Source' },
  licence: { zh: '许可', en: 'Licence' },
  accuracy: { zh: '精度', en: 'Accuracy' },
  confidence: { zh: '可信度', en: 'Confidence' },
  surveyed: { zh: '实测', en: 'surveyed' },
  sourced: { zh: '有据', en: 'sourced' },
  schematic: { zh: '示意', en: 'schematic' },
  schematicNote: {
    zh: '虚线、空心符号为示意要素，依据文字描述绘制，非测绘成果。',
    en: 'Dashed lines and hollow symbols are schematic: drawn from descriptions, not survey data.',
  },
  hashNotice: { zh: '链接中的部分地图状态无法识别，已使用默认视图：', en: 'Part of the link could not be read; the default view is used for: ' },
  dismiss: { zh: '关闭', en: 'Dismiss' },
  coordinates: { zh: '经纬度', en: 'Lon/Lat' },
  accuracyMetres: { zh: '位置误差约', en: 'Position error about' },
  layerInfo: { zh: '图层信息', en: 'Layer info' },
  close: { zh: '关闭', en: 'Close' },
  facts: { zh: '项目与数据', en: 'Projects & facts' },
  factsFailed: { zh: '项目与数据表加载失败', en: 'The facts table failed to load' },
  factTopic: { zh: '事项', en: 'Topic' },
  factValue: { zh: '内容', en: 'Figure' },
  factDate: { zh: '日期', en: 'Date' },
  confirmed: { zh: '有据', en: 'confirmed' },
  inferred: { zh: '推定', en: 'inferred' },
  noMap: { zh: '此浏览器无法显示地图（需要 WebGL）。', en: 'This browser cannot show the map (WebGL is required).' },
} satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;

export function t(key: MessageKey, lang: Lang): string {
  return MESSAGES[key][lang];
}

/** "3.2 km" / "850 m" / "3.2 公里" — distances as planners read them. */
export function formatMetres(m: number, lang: Lang): string {
  if (m >= 1000) return lang === 'zh' ? `${Number((m / 1000).toFixed(1))} 公里` : `${Number((m / 1000).toFixed(1))} km`;
  return lang === 'zh' ? `${Math.round(m)} 米` : `${Math.round(m)} m`;
}
