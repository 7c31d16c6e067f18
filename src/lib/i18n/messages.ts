import type { Lang, Localized } from '../catalogue/types.ts';
import { ACCESS_MESSAGES } from './accessMessages.ts';
import { ARCHIVE_MESSAGES } from './archiveMessages.ts';
import { BASEMAP_MESSAGES } from './basemapMessages.ts';
import { BRIEFING_MESSAGES } from './briefingMessages.ts';
import { CATALOGUE_MESSAGES } from './catalogueMessages.ts';
import { CHART_MESSAGES } from './chartMessages.ts';
import { FILTER_MESSAGES } from './filterMessages.ts';
import { IMPORT_MESSAGES } from './importMessages.ts';
import { PROJECT_MESSAGES } from './projectMessages.ts';
import { QUERY_MESSAGES } from './queryMessages.ts';
import { SITE_ACCESS_MESSAGES } from './siteAccessMessages.ts';
import { TABLE_MESSAGES } from './tableMessages.ts';

/** UI strings; zh-CN first. Map labels come from the data's name_zh / name_en instead. */
const CORE_MESSAGES = {
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
  /** English singular, for "1 feature" (Chinese has one form); see `featureCount`. */
  feature: { zh: '个要素', en: 'feature' },
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
  tabSites: { zh: '选址', en: 'Sites' },
  zoomInToSee: { zh: '放大至 12 级查看', en: 'zoom in to see' },
  held: { zh: '已载入', en: 'loaded' },
  importData: { zh: '导入数据', en: 'Import data' },
  importChoose: { zh: '选择文件…', en: 'Choose files…' },
  importHint: { zh: '拖放文件到地图，或选择文件：GeoJSON、FlatGeobuf、KML/KMZ、Shapefile（zip）、CSV、Excel（xlsx）', en: 'Drop a file on the map or choose one: GeoJSON, FlatGeobuf, KML/KMZ, zipped shapefile, CSV, Excel (xlsx)' },
  importReading: { zh: '读取中', en: 'Reading' },
  importStoring: { zh: '正在保存到浏览器', en: 'Saving in the browser' },
  importRows: { zh: '行', en: 'rows' },
  importCancelled: { zh: '导入已取消', en: 'Import cancelled' },
  importCancel: { zh: '取消导入', en: 'Cancel import' },
  layerRestoring: { zh: '正在载入', en: 'Loading' },
  layerRestoreFailed: { zh: '图层无法恢复', en: 'Layer could not be restored' },
  storageFull: { zh: '浏览器存储空间不足，图层仅在本次会话中可用（重新加载后将丢失）；已有图层不受影响。可删除其他导入图层后重新导入', en: 'Browser storage is full: the layer is available for this session only (it will be gone after a reload); existing layers are unaffected. Remove other imported layers and import it again to keep it' },
  storageUnavailable: { zh: '无法保存到浏览器存储，图层仅在本次会话中可用', en: 'Could not save to browser storage: the layer is available for this session only' },
  userData: { zh: '用户数据', en: 'Your data' },
  importedFrom: { zh: '用户导入：', en: 'Imported from ' },
  notSaved: { zh: '未保存', en: 'not saved' },
  exportFailed: { zh: '导出失败', en: 'Export failed' },
  importFailed: { zh: '导入失败', en: 'Import failed' },
  importing: { zh: '正在导入', en: 'Importing' },
  imported: { zh: '已导入图层', en: 'Imported layers' },
  crsConfirm: { zh: '坐标系（请确认）', en: 'Coordinate system (please confirm)' },
  crsChange: { zh: '识别有误时，改按此坐标系重读', en: 'If this is wrong, read again as' },
  crsKeep: { zh: '保持识别结果', en: 'Keep as detected' },
  thinnedNote: { zh: '缩小时点位抽稀显示，放大到 {zoom} 级可见全部；查询、表格与导出始终使用全部要素', en: 'Points are thinned when zoomed out; zoom to level {zoom} to see them all. Queries, the table and exports always use every feature' },
  crsPick: { zh: '请选择', en: 'Choose one' },
  repaired: { zh: '已修复', en: 'Repaired' },
  skipped: { zh: '已跳过', en: 'Skipped' },
  undoRemove: { zh: '撤销删除', en: 'Undo remove' },
  rename: { zh: '名称', en: 'Name' },
  color: { zh: '颜色', en: 'Colour' },
  tabBriefings: { zh: '演示', en: 'Briefings' },
  present: { zh: '开始演示', en: 'Present' },
  recordScene: { zh: '将当前视图录为场景', en: 'Record this view as a scene' },
  myBriefing: { zh: '我的简报', en: 'My briefing' },
  downloadJson: { zh: '下载 JSON', en: 'Download JSON' },
  loadFile: { zh: '从文件载入', en: 'Load from file' },
  briefingLoadFailed: { zh: '简报文件无法载入', en: 'The briefing file could not be loaded' },
  moveUp: { zh: '上移', en: 'Move up' },
  moveDown: { zh: '下移', en: 'Move down' },
  sceneOf: { zh: '场景', en: 'Scene' },
  exploring: { zh: '自由浏览中 — 按 “.” 返回当前场景', en: 'Exploring — press "." to return to the scene' },
  exitBriefing: { zh: '退出演示', en: 'Exit' },
  fullscreen: { zh: '全屏 (F)', en: 'Full screen (F)' },
  speakerNotes: { zh: '演讲者视图', en: 'Speaker notes' },
  nextScene: { zh: '下一场景', en: 'Next scene' },
  exportImage: { zh: '导出图片', en: 'Export image' },
  exportPdf: { zh: '导出 PDF', en: 'Export PDF' },
  exporting: { zh: '正在导出…', en: 'Exporting…' },
  keysHelp: {
    zh: '翻页：← → / PageUp PageDown / 空格 · 首尾场景：Home / End · 黑屏：B · 自由浏览：Esc · 返回场景：. · 全屏：F',
    en: '← → / PageUp PageDown / Space: scenes · Home / End: first / last scene · B: blank · Esc: explore · .: back · F: full screen',
  },
  weightsTitle: { zh: '评分权重', en: 'Scoring weights' },
  candidates: { zh: '候选地块', en: 'Candidate sites' },
  score: { zh: '得分', en: 'Score' },
  compareSelected: { zh: '并排比较', en: 'Compare side by side' },
  compareHint: { zh: '勾选 2–4 个地块进行比较', en: 'Tick 2–4 sites to compare' },
  compareLimit: { zh: '最多比较 4 个', en: 'Compare at most 4 sites' },
  siteName: { zh: '选址名称', en: 'Site name' },
  addSitePoint: { zh: '点选添加', en: 'Add by clicking' },
  addSiteArea: { zh: '绘制轮廓', en: 'Draw an outline' },
  addSiteHint: { zh: '在地图上单击放置选址点', en: 'Click the map to place the site' },
  removeSite: { zh: '删除', en: 'Remove' },
  siteNotSaved: { zh: '选址未能保存到本地存储，刷新后将丢失', en: 'The site could not be saved locally and will be lost on reload' },
  county: { zh: '所在县区', en: 'County' },
  belongsTo: { zh: '所属新城/园区', en: 'Within' },
  industries: { zh: '主导产业', en: 'Industries' },
  contribution: { zh: '得分构成', en: 'Score breakdown' },
  print: { zh: '打印', en: 'Print' },
  compareSources: { zh: '数据来源与可信度', en: 'Data sources and reliability' },
  close2: { zh: '关闭比较', en: 'Close comparison' },
  siteNotes: { zh: '示意图，非测绘成果。距离为球面大圆距离，可信度取两端数据中较弱者。数据来源见图层信息。', en: 'Schematic, not survey data. Distances are great-circle; each figure is as reliable as the weaker of its two ends. Sources: see layer info.' },
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
  noMap: { zh: '此浏览器无法显示地图（需要 WebGL）。', en: 'This browser cannot show the map (WebGL is required).' },
} satisfies Record<string, Localized>;

/** Every table, one key space (messages.test.ts checks that no key is in two tables). */
export const MESSAGES = { ...CORE_MESSAGES, ...IMPORT_MESSAGES, ...QUERY_MESSAGES, ...CATALOGUE_MESSAGES, ...BRIEFING_MESSAGES, ...BASEMAP_MESSAGES, ...ARCHIVE_MESSAGES, ...CHART_MESSAGES, ...TABLE_MESSAGES, ...FILTER_MESSAGES, ...PROJECT_MESSAGES, ...ACCESS_MESSAGES, ...SITE_ACCESS_MESSAGES };

export type MessageKey = keyof typeof MESSAGES;

/** The codes of one family of coded messages: `CodesOf<'importError'>` is 'empty' | 'notJson' | … */
export type CodesOf<Prefix extends string> = { [K in MessageKey]: K extends `${Prefix}.${infer Code}` ? Code : never }[MessageKey];

export function t(key: MessageKey, lang: Lang): string {
  return MESSAGES[key][lang];
}

/** "3.2 km" / "850 m" / "3.2 公里" — distances as planners read them. */
export function formatMetres(m: number, lang: Lang): string {
  if (m >= 1000) return lang === 'zh' ? `${Number((m / 1000).toFixed(1))} 公里` : `${Number((m / 1000).toFixed(1))} km`;
  return lang === 'zh' ? `${Math.round(m)} 米` : `${Math.round(m)} m`;
}
