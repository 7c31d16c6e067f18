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
  tabLayers: { zh: '图层', en: 'Layers' },
  tabQuery: { zh: '空间查询', en: 'Query' },
  tabMeasure: { zh: '量算', en: 'Measure' },
  opWithin: { zh: '距离范围内', en: 'Within distance of' },
  opNearest: { zh: '最近的', en: 'Nearest to' },
  opInside: { zh: '位于区域内', en: 'Inside area' },
  opAlong: { zh: '沿线走廊', en: 'Along a line' },
  queryTarget: { zh: '查找图层', en: 'Find in layer' },
  queryOp: { zh: '条件', en: 'Condition' },
  querySource: { zh: '参照', en: 'Measured from' },
  queryDistance: { zh: '距离', en: 'Distance' },
  queryK: { zh: '个数', en: 'How many' },
  sourceSelected: { zh: '选中的要素', en: 'Selected feature' },
  sourceDrawn: { zh: '绘制的图形', en: 'Drawn shape' },
  drawArea: { zh: '绘制区域', en: 'Draw area' },
  drawLine: { zh: '绘制线', en: 'Draw line' },
  clearDrawing: { zh: '清除图形', en: 'Clear shape' },
  run: { zh: '查询', en: 'Run' },
  cancel: { zh: '取消', en: 'Cancel' },
  running: { zh: '正在查询…', en: 'Querying…' },
  cancelled: { zh: '查询已取消', en: 'Query cancelled' },
  results: { zh: '查询结果', en: 'Results' },
  noResults: { zh: '没有符合条件的要素', en: 'Nothing matches' },
  colName: { zh: '名称', en: 'Name' },
  colDistance: { zh: '距离', en: 'Distance' },
  colSource: { zh: '最近参照', en: 'Nearest source' },
  exportGeoJSON: { zh: '导出 GeoJSON', en: 'Export GeoJSON' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  needDrawn: { zh: '请先在地图上绘制图形', en: 'Draw a shape on the map first' },
  needSelected: { zh: '请先在地图上点选一个要素', en: 'Click a feature on the map first' },
  measureHint: { zh: '在地图上单击添加节点，双击或回到起点结束。', en: 'Click to add points; double-click (or close the ring) to finish.' },
  measureLine: { zh: '量距离', en: 'Measure distance' },
  measureArea: { zh: '量面积', en: 'Measure area' },
  drawRefused: { zh: '图形无效（自相交）：请重新绘制。', en: 'Shape refused (it intersects itself): please draw again.' },
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
