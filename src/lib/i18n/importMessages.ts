import type { Localized } from '../catalogue/types.ts';

/**
 * Import reports, import errors and the user-layer panel. Keys with a dot are coded messages
 * (ImportError codes, report entries): the engine throws and reports the key with parameters,
 * the page words it here; `{name}` is a parameter (see format.ts).
 */
export const IMPORT_MESSAGES = {
  // Why a file was refused. {file} is the file's name, {detail} what a parser said (its own words).
  'importError.tooLarge': { zh: '{file} 超过 {mb} MB，已拒绝', en: '{file}: larger than {mb} MB — refused' },
  'importError.empty': { zh: '{file} 是空文件', en: '{file}: the file is empty' },
  'importError.unreadable': { zh: '{file} 无法读取（{detail}）', en: '{file}: could not be read ({detail})' },
  'importError.tooManyFeatures': { zh: '{file} 的要素超过 {max} 个，已拒绝', en: '{file}: more than {max} features — refused' },
  'importError.noFeatures': { zh: '{file} 中没有要素', en: '{file}: the file has no features' },
  'importError.noUsableFeatures': { zh: '{file} 中没有可用的要素（{reason}）', en: '{file}: no usable features ({reason})' },
  'importError.zipTooLarge': { zh: '{file} 解压后超过 {mb} MB，已拒绝（疑似压缩炸弹）', en: '{file}: unpacks to more than {mb} MB — refused (zip bomb?)' },
  'importError.notZip': { zh: '{file} 不是可读取的压缩包（{detail}）', en: '{file}: not a readable zip archive ({detail})' },
  'importError.unsupported': {
    zh: '{file}：不支持的文件类型。请使用 GeoJSON、FlatGeobuf、KML/KMZ、Shapefile（zip 压缩包）、CSV 或 Excel（xlsx）',
    en: '{file}: unsupported file type — use GeoJSON, FlatGeobuf, KML/KMZ, a zipped shapefile, CSV or Excel (.xlsx)',
  },
  'importError.noGeometryColumns': { zh: '{file} 中没有经度/纬度（lon、lat）列或 WKT 列；现有的列：{columns}', en: '{file}: no lon/lat (经度/纬度) or WKT column among: {columns}' },
  'importError.sheetUnreadable': { zh: '{file}：工作表“{sheet}”无法读取（已损坏或含不支持的内容）', en: '{file}: sheet "{sheet}" could not be read (damaged or unsupported content)' },
  'importError.sheetNotFound': { zh: '{file}：找不到工作表“{sheet}”（现有工作表：{sheets}）', en: '{file}: sheet "{sheet}" not found (sheets: {sheets})' },
  'importError.sheetEmpty': { zh: '{file}：工作表是空的', en: '{file}: the sheet is empty' },
  'importError.xlsxTooLarge': { zh: '{file} 解压后超过 {mb} MB，无法导入；请拆分文件或另存为 CSV', en: '{file}: unpacks to more than {mb} MB — too large to import; split it or save it as CSV' },
  'importError.xlsxPassword': { zh: '{file}：工作簿设有密码。请另存一份无密码的副本后再导入', en: '{file}: the workbook is password-protected — save a copy without a password and import again' },
  'importError.xlsOld': { zh: '{file}：旧版 Excel 格式（xls）。请另存为 xlsx 或 CSV 后再导入', en: '{file}: old Excel format (.xls) — save it as .xlsx or CSV and import again' },
  'importError.notSpreadsheet': { zh: '{file} 不是电子表格（无法按 xlsx 读取）', en: '{file}: not a spreadsheet (could not be read as .xlsx)' },
  // A JSON parser's own words stay in the English (for logs); the Chinese gives where, when known.
  'importError.notJson': { zh: '{file} 不是有效的 JSON', en: '{file}: not valid JSON ({detail})' },
  'importError.notJsonNear': { zh: '{file} 不是有效的 JSON（第 {at} 字节附近）', en: '{file}: not valid JSON ({detail})' },
  'importError.notJsonAt': { zh: '{file} 不是有效的 JSON（位于第 {from}–{to} 字节之间的要素中）', en: '{file}: not valid JSON ({detail}, in the features between bytes {from} and {to})' },
  'importError.notGeoJson': { zh: '{file} 是 JSON，但不是 GeoJSON（没有 FeatureCollection、Feature 或几何对象）', en: '{file}: JSON, but not GeoJSON (no FeatureCollection, Feature or geometry)' },
  'importError.notGeoJsonType': { zh: '{file} 是 JSON，但不是 GeoJSON（“features”列表所在对象的类型为 {type}）', en: '{file}: JSON, but not GeoJSON (a "features" list in an object of type {type})' },
  'importError.jsonShellTooLarge': { zh: '{file}：“features”列表之外的 JSON 超过 {mb} MB，无法一次读取', en: '{file}: more than {mb} MB of JSON outside a "features" list — too large to read in one piece' },
  'importError.notText': { zh: '{file} 不是文本文件', en: '{file}: not a text file' },
  'importError.notFgb': { zh: '{file} 不是可读取的 FlatGeobuf 文件（{detail}）', en: '{file}: not a readable FlatGeobuf file ({detail})' },
  'importError.notXml': { zh: '{file} 不是格式正确的 XML（{detail}）', en: '{file}: not well-formed XML ({detail})' },
  'importError.kmzWithoutKml': { zh: '{file}：KMZ 中没有 .kml 文件', en: '{file}: a KMZ without a .kml inside' },
  'importError.noShp': { zh: '{file}：压缩包中没有 .shp 文件', en: '{file}: no .shp inside the zip' },
  'importError.shapefileUnreadable': { zh: '{file}：Shapefile 无法读取（{detail}）', en: '{file}: the shapefile could not be read ({detail})' },

  // Why a feature was skipped: "#{n}: {reason}".
  'importSkip.item': { zh: '第 {n} 个：{reason}', en: '#{n}: {reason}' },
  'importSkip.more': { zh: '……（其余跳过的要素未列出）', en: '… (further skipped features not listed)' },
  'importSkip.notPosition': { zh: '有一个坐标点不是 [x, y]', en: 'a position is not [x, y]' },
  'importSkip.notFinite': { zh: '坐标不是有限的数值', en: 'a coordinate is not a finite number' },
  'importSkip.tooManyVertices': { zh: '节点超过 {max} 个', en: 'more than {max} vertices' },
  'importSkip.notLonLat': { zh: '坐标 [{x}, {y}] 不是经纬度（坐标系是否有误？）', en: 'coordinate [{x}, {y}] is not a lon/lat position (wrong coordinate system?)' },
  'importSkip.notList': { zh: '坐标不是列表', en: 'coordinates are not a list' },
  'importSkip.ringTooShort': { zh: '多边形的环少于 4 个点', en: 'a polygon ring has fewer than 4 positions' },
  'importSkip.nestedTooDeep': { zh: '几何集合嵌套超过 {max} 层', en: 'geometry collections nested deeper than {max}' },
  'importSkip.noGeometry': { zh: '没有有效的几何', en: 'no valid geometry' },
  'importSkip.lineTooShort': { zh: '线只有 {count} 个点', en: 'LineString has {count} position(s)' },
  'importSkip.polygonWithoutRings': { zh: '多边形没有环', en: 'polygon without rings' },
  'importSkip.collectionWithoutMembers': { zh: '几何集合没有成员', en: 'collection without geometries' },
  'importSkip.notFeature': { zh: '不是 GeoJSON 要素（Feature）', en: 'not a GeoJSON Feature' },
  'importSkip.allInvalid': { zh: '全部无效', en: 'all were invalid' },

  'importRepair.closedRing': { zh: '闭合了未闭合的多边形环 ×{n}', en: 'closed an open polygon ring ×{n}' },

  // Notes in the import report.
  'importNote.rows': { zh: '{rows} 行；几何取自：{columns}', en: '{rows} rows; geometry from {columns}' },
  'importNote.wktColumn': { zh: 'WKT 列“{column}”', en: 'WKT column "{column}"' },
  'importNote.lonLatColumns': { zh: '“{lon}”“{lat}”两列', en: 'columns "{lon}", "{lat}"' },
  'importNote.noColumns': { zh: '（无）', en: '(none)' },
  'importNote.sheet': { zh: '工作表“{sheet}”', en: 'sheet "{sheet}"' },
  'importNote.sheetOf': { zh: '工作表“{sheet}”（共 {count} 个：{sheets}）', en: 'sheet "{sheet}" of {count} ({sheets})' },
  'importNote.offsetDetected': {
    zh: '根据 {matched} 个同名车站识别为 {datum}：按 WGS84 读取偏差 {wgs84} 米，转换后 {converted} 米',
    en: '{datum} detected from {matched} named station(s): offset {wgs84} m as WGS84, {converted} m converted',
  },
  'importNote.fgbCrs': { zh: '文件头中的坐标系为 EPSG:{code}', en: 'CRS EPSG:{code} in the header' },
  'importNote.noCpg': { zh: '缺少 .cpg：属性文本按 GBK 读取', en: 'no .cpg: attribute text read as GBK' },
  'importNote.noPrj': { zh: '缺少 .prj：坐标系根据坐标数值推测', en: 'no .prj: coordinate system guessed from the coordinates' },
  'importNote.reprojected': { zh: '已按 .prj 重投影', en: 'reprojected from .prj' },
  'importNote.reprojectedGk': { zh: '已按 .prj 重投影（高斯–克吕格，中央经线 {cm}°）', en: 'reprojected from .prj (Gauss–Krüger CM {cm}°)' },

  // The coordinate system used, and why.
  'importCrs.wgs84': { zh: 'WGS84 / CGCS2000 经纬度', en: 'WGS84 / CGCS2000 geographic' },
  'importCrs.gcj02': { zh: 'GCJ-02（高德/腾讯）→ WGS84', en: 'GCJ-02 (Amap/Tencent) → WGS84' },
  'importCrs.bd09': { zh: 'BD-09（百度）→ WGS84', en: 'BD-09 (Baidu) → WGS84' },
  'importCrs.gk': { zh: 'CGCS2000 高斯–克吕格 中央经线 {cm}° → WGS84', en: 'CGCS2000 Gauss–Krüger CM {cm}° → WGS84' },
  'importCrs.gkZone': { zh: 'CGCS2000 高斯–克吕格 中央经线 {cm}°（带号前缀 {zone}）→ WGS84', en: 'CGCS2000 Gauss–Krüger CM {cm}° (zone {zone} prefix) → WGS84' },
  'importCrsReason.chosen': { zh: '由用户选择', en: 'chosen' },
  'importCrsReason.file': { zh: '取自文件', en: 'from the file' },
  'importCrsReason.detected': { zh: '由同名车站识别', en: 'detected' },
  'importCrsReason.degrees': { zh: '坐标为经纬度', en: 'degrees' },
  'importCrsReason.zone': { zh: '东坐标带有带号 {zone}', en: 'eastings carry zone {zone}' },
  'importCrsReason.metresWithoutZone': { zh: '米制坐标，没有带号', en: 'metre coordinates without a zone number' },
  'importCrsReason.unrecognised': { zh: '无法识别的坐标', en: 'unrecognised coordinates' },

  // The choices offered to correct the coordinate system.
  'crsChoice.wgs84': { zh: 'WGS84 / CGCS2000 经纬度', en: 'WGS84 / CGCS2000 lon/lat' },
  'crsChoice.gcj02': { zh: 'GCJ-02（高德/腾讯）', en: 'GCJ-02 (Amap/Tencent)' },
  'crsChoice.bd09': { zh: 'BD-09（百度）', en: 'BD-09 (Baidu)' },
  'crsChoice.gk111': { zh: 'CGCS2000 高斯–克吕格 中央经线 111°', en: 'CGCS2000 Gauss–Krüger, central meridian 111°' },
  'crsChoice.gk114': { zh: 'CGCS2000 高斯–克吕格 中央经线 114°', en: 'CGCS2000 Gauss–Krüger, central meridian 114°' },
  'crsChoice.gk37': { zh: 'CGCS2000 3° 带 37（带号前缀）', en: 'CGCS2000 3° zone 37 (zone prefix)' },
  'crsChoice.gk38': { zh: 'CGCS2000 3° 带 38（带号前缀）', en: 'CGCS2000 3° zone 38 (zone prefix)' },
  'crsChoice.gk19': { zh: 'CGCS2000 6° 带 19（带号前缀）', en: 'CGCS2000 6° zone 19 (zone prefix)' },

  // An imported layer the worker could not hand out.
  'layerError.storedFileMissing': { zh: '浏览器中保存的文件已丢失', en: 'the stored file is missing' },
  'layerError.notLoaded': { zh: '图层 {layer} 尚未载入', en: 'layer {layer} is not loaded' },
  'layerError.unknown': { zh: '未知图层“{layer}”', en: 'unknown layer "{layer}"' },
  'layerError.noStoredFile': { zh: '图层 {layer} 没有保存的文件', en: 'layer {layer} has no stored file' },

  'geometryType.Point': { zh: '点', en: 'Point' },
  'geometryType.MultiPoint': { zh: '多点', en: 'MultiPoint' },
  'geometryType.LineString': { zh: '线', en: 'LineString' },
  'geometryType.MultiLineString': { zh: '多线', en: 'MultiLineString' },
  'geometryType.Polygon': { zh: '面', en: 'Polygon' },
  'geometryType.MultiPolygon': { zh: '多面', en: 'MultiPolygon' },
  'geometryType.GeometryCollection': { zh: '几何集合', en: 'GeometryCollection' },

  importBbox: { zh: '范围', en: 'Extent' },
  importDetail: { zh: '详情：', en: 'Detail: ' },
  exportAs: { zh: '导出为', en: 'Export as' },
  showLayer: { zh: '显示图层', en: 'Show layer' },
  removeLayer: { zh: '删除图层', en: 'Remove layer' },
  exportingNow: { zh: '正在导出', en: 'Exporting' },
} satisfies Record<string, Localized>;
