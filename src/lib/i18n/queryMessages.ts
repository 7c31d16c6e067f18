import type { Localized } from '../catalogue/types.ts';

/**
 * Queries, sites, measuring, links, their errors and their CSV headers. Keys with a dot are
 * coded messages: the engine throws or reports the key with parameters, the page words it here.
 */
export const QUERY_MESSAGES = {
  'queryError.noFeature': { zh: '图层 {layer} 中没有要素“{id}”', en: 'no feature "{id}" in layer {layer}' },
  'queryError.badDistance': { zh: '距离必须是不小于 0 的数，当前为 {value}', en: 'distance must be a number ≥ 0, got {value}' },
  'queryError.noLineSource': { zh: '“沿线走廊”需要线状参照（如雄忻高铁或供水线路）', en: 'along needs a line source (e.g. xiongxin or water_supply)' },
  'queryError.noPolygonSource': { zh: '“位于区域内”需要面状参照（绘制的区域或面图层）', en: 'inside needs a polygon source (a drawn area or a polygon layer)' },
  'queryError.badK': { zh: '个数必须是不小于 1 的整数，当前为 {value}', en: 'k must be a whole number ≥ 1, got {value}' },
  'queryError.unknownOp': { zh: '未知的查询条件“{op}”', en: 'unknown operation "{op}"' },
  'queryError.unknownLayer': { zh: '未知图层“{layer}”', en: 'unknown layer "{layer}"' },
  'queryError.layerTooLarge': { zh: '图层 {layer} 过大，无法整体载入；请以要素或绘制的区域为参照查询', en: 'layer {layer} is too large to load whole; query it from features or a drawn area' },
  'queryError.layerHttp': { zh: '图层 {layer} 加载失败（HTTP {status}）', en: 'layer {layer}: HTTP {status}' },
  'queryError.layerUnavailable': { zh: '图层 {layer} 无法读取（{reason}）', en: 'layer {layer} could not be read ({reason})' },
  'queryError.failed': { zh: '查询失败（{detail}）', en: 'the query failed ({detail})' },
  // Only the command line meets these (files on disk); worded in both languages all the same.
  'queryError.notLayerOrPath': { zh: '“{ref}”既不是图层编号，也不是 GeoJSON 或 FlatGeobuf 文件路径', en: '"{ref}" is neither a catalogue layer id nor a .geojson/.fgb path' },
  'queryError.dataBuildFailed': { zh: '数据构建失败：{detail}', en: 'data build failed: {detail}' },
  'queryError.notInCatalogue': { zh: '未知图层“{layer}”（不在图层目录中）', en: 'unknown layer "{layer}" (not in data/catalogue.json)' },
  'queryError.cannotRead': { zh: '无法读取 {path}', en: 'cannot read {path}' },
  'queryError.notFgb': { zh: '{path} 不是可读取的 FlatGeobuf 文件（{detail}）', en: '{path} is not a readable FlatGeobuf file ({detail})' },
  'queryError.notJson': { zh: '{path} 不是有效的 JSON（{detail}）', en: '{path} is not valid JSON ({detail})' },
  'queryError.notFeatureCollection': { zh: '{path} 不是 GeoJSON 要素集（FeatureCollection）', en: '{path} is not a GeoJSON FeatureCollection' },

  // Parts of a shared link that could not be read (each falls back to its default).
  'linkProblem.unreadable': { zh: '无法读取链接', en: 'the link could not be read' },
  'linkProblem.map': { zh: '地图视图“{value}”无效（应为范围内的 缩放级别/纬度/经度）', en: 'map view "{value}" is not zoom/lat/lon within range' },
  'linkProblem.layers': { zh: '未知图层：{ids}', en: 'unknown layer(s): {ids}' },
  'linkProblem.lang': { zh: '界面语言“{value}”无效', en: 'language "{value}" is not zh or en' },
  'linkProblem.style': { zh: '底图样式“{value}”无效', en: 'style "{value}" is not light or contrast' },
  'linkProblem.query': { zh: '查询“{value}”：{reason}', en: 'query "{value}": {reason}' },
  'linkProblem.sites': { zh: '选址“{value}”不是有效的选址编号', en: 'sites "{value}" are not plain site ids' },
  'linkProblem.sitesTooMany': { zh: '选址：只比较前 {max} 个（共 {count} 个）', en: 'sites: only the first {max} of {count} are compared' },
  'linkProblem.weights': { zh: '权重“{value}”无效（应为 {count} 个 0–{max} 的整数）', en: 'weights "{value}" are not {count} whole numbers 0–{max}' },
  'linkProblem.briefing': { zh: '简报“{value}”不是有效的简报编号', en: 'briefing "{value}" is not a briefing id' },
  'linkProblem.scene': { zh: '场景“{value}”不是有效的场景序号', en: 'scene "{value}" is not a scene number' },
  'linkQuery.unknownOp': { zh: '未知的查询条件', en: 'unknown operation' },
  'linkQuery.unknownTarget': { zh: '未知的查找图层', en: 'unknown target layer' },
  'linkQuery.shapeDamaged': { zh: '链接中绘制的图形已损坏', en: 'the drawn shape in the link is damaged' },
  'linkQuery.badSource': { zh: '参照应为图层、图层中的要素或绘制的图形', en: 'source must be layer.<id>, feature.<layer>.<id> or a drawn shape' },
  'linkQuery.unknownSource': { zh: '未知的参照图层', en: 'unknown source layer' },
  'linkQuery.distanceRange': { zh: '距离超出范围', en: 'distance out of range' },
  'linkQuery.needsDistance': { zh: '“{op}”需要距离', en: '“{op}” needs a distance' },
  'linkQuery.kRange': { zh: '个数超出范围', en: 'k out of range' },

  // Drawn outlines the map refuses.
  'drawRefused.selfIntersects': { zh: '图形无效（自相交）：请重新绘制。', en: 'Shape refused (it intersects itself): please draw again.' },
  'drawRefused.outside': { zh: '图形超出经济区地图范围：请重新绘制。', en: 'Shape refused (it leaves the map area): please draw again.' },
  'drawRefused.invalid': { zh: '图形无效：请重新绘制。', en: 'Shape refused: please draw again.' },

  // Query result CSV, in the UI language (the command line writes the machine keys instead).
  'queryCsv.id': { zh: '编号', en: 'id' },
  'queryCsv.name_zh': { zh: '中文名称', en: 'name (Chinese)' },
  'queryCsv.name_en': { zh: '英文名称', en: 'name (English)' },
  'queryCsv.distance_m': { zh: '距离（米）', en: 'distance (m)' },
  'queryCsv.distance_accuracy_m': { zh: '距离误差（±米，示意位置）', en: 'distance uncertainty (± m; schematic position)' },
  'queryCsv.nearest_source_id': { zh: '最近参照编号', en: 'nearest source id' },
  'queryCsv.nearest_source': { zh: '最近参照', en: 'nearest source' },
  'queryCsv.confidence': { zh: '可信度', en: 'confidence' },
  'queryCsv.source': { zh: '来源', en: 'source' },
  'queryCsv.accuracy_m': { zh: '精度（米）', en: 'accuracy (m)' },

  // Site comparison CSV.
  'siteCsv.id': { zh: '编号', en: 'id' },
  'siteCsv.name': { zh: '名称', en: 'name' },
  'siteCsv.score': { zh: '得分', en: 'score' },
  'siteCsv.county': { zh: '所在县区', en: 'county' },
  'siteCsv.value': { zh: '{criterion}（{unit}）', en: '{criterion} ({unit})' },
  'siteCsv.to': { zh: '{criterion}·参照', en: '{criterion}: measured to' },
  'siteCsv.confidence': { zh: '{criterion}·可信度', en: '{criterion}: confidence' },
  'siteCsv.industries': { zh: '主导产业', en: 'industries' },
  'siteCsv.note': { zh: '说明', en: 'note' },
  'siteCsv.noteText': { zh: '示意要素为依据文字描述绘制，非测绘成果；距离为球面大圆距离', en: 'Schematic features are drawn from descriptions, not survey data; distances are great-circle' },

  // Units as written after a number.
  'unit.km': { zh: '公里', en: 'km' },
  'unit.km²': { zh: '平方公里', en: 'km²' },
  'unit.m': { zh: '米', en: 'm' },

  userSiteName: { zh: '自定义选址 {n}', en: 'My site {n}' },
  siteArea: { zh: '{km2} 平方公里 · {ha} 公顷 · {mu} 亩', en: '{km2} km² · {ha} ha · {mu} mu' },
  northArrow: { zh: '北↑', en: 'N↑' },
  scaleKm: { zh: '{km} 公里', en: '{km} km' },

  // Measuring, in the panel and on the map.
  measureLength: { zh: '长度 {km} 公里', en: 'Length {km} km' },
  measurePerimeter: { zh: '周长 {km} 公里', en: 'Perimeter {km} km' },
  measureAreaLine: { zh: '面积 {km2} 平方公里 · {mu} 亩 · {ha} 公顷', en: 'Area {km2} km² · {mu} mu · {ha} ha' },
  measureSegment: { zh: '{km} 公里', en: '{km} km' },
  measureTotal: { zh: '共 {km} 公里', en: 'Total {km} km' },

  // The mode line: what the next click on the map does.
  modeArea: { zh: '单击添加节点，双击或点回起点结束；Esc 取消', en: 'Click to add points; double-click or close the ring to finish; Esc cancels' },
  modeLine: { zh: '单击添加节点，双击结束；Esc 取消', en: 'Click to add points; double-click to finish; Esc cancels' },
  modePoint: { zh: '单击地图添加选址；Esc 取消', en: 'Click the map to add a site; Esc cancels' },

  panels: { zh: '功能面板', en: 'Panels' },
  distanceUnit: { zh: '距离单位', en: 'Distance unit' },
  unitKm: { zh: '公里', en: 'km' },
  unitM: { zh: '米', en: 'm' },
  sortBy: { zh: '按此列排序', en: 'Sort by this column' },
  compareSite: { zh: '加入比较', en: 'Compare' },
  siteMiniMap: { zh: '位置示意图', en: 'Location sketch' },
  distanceAboutSchematic: { zh: '约 {d}（示意位置）', en: 'about {d} (schematic position)' },
  distanceUnderSchematic: { zh: '不到 {d}（示意位置）', en: 'under {d} (schematic position)' },
} satisfies Record<string, Localized>;
