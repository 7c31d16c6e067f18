import type { Localized } from '../catalogue/types.ts';

/** PMTiles archives (basemap or terrain): the add form, its progress and every way an archive can fail. */
export const ARCHIVE_MESSAGES = {
  archiveMode: { zh: 'PMTiles 文件', en: 'PMTiles archive' },
  sourceKindFile: { zh: '本地 PMTiles', en: 'local PMTiles' },
  sourceKindArchive: { zh: 'PMTiles', en: 'PMTiles' },
  archiveFromFile: { zh: '本地文件', en: 'Local file' },
  archiveFromUrl: { zh: '网址', en: 'URL' },
  archiveFile: { zh: '选择 .pmtiles 文件…', en: 'Choose a .pmtiles file…' },
  archiveNoFile: { zh: '未选择文件', en: 'No file chosen' },
  archiveFileHint: {
    zh: '文件会复制到本浏览器的存储中，刷新后仍可用；只按需读取所显示的部分。',
    en: "The file is copied into this browser's storage and stays after a reload; only the parts on screen are read.",
  },
  archiveUrl: { zh: 'PMTiles 文件网址', en: 'Archive URL' },
  archiveUrlHint: {
    zh: '服务器须支持 HTTP 分段请求并允许跨域访问（CORS）',
    en: 'The server must answer HTTP range requests and allow cross-origin access (CORS)',
  },
  archiveChecking: { zh: '正在读取文件…', en: 'Reading the archive…' },
  archiveCopying: { zh: '正在保存到本浏览器（{size}）…', en: 'Saving into this browser ({size})…' },
  archiveTooBig: {
    zh: '文件 {size}，本浏览器只剩约 {free} 可用空间，无法保存；请先删除不用的图层或底图，或改用网址方式。',
    en: 'The file is {size} and this browser has only about {free} free; remove layers or basemaps you no longer need, or use a URL instead',
  },
  archiveStorageFull: {
    zh: '本浏览器的存储空间已满，文件未保存；已有图层和底图不受影响。',
    en: "This browser's storage is full and the archive was not saved; your layers and basemaps are unchanged.",
  },
  archiveNotSaved: {
    zh: '文件未能保存到本浏览器（{detail}）；已有图层和底图不受影响。',
    en: 'The archive could not be saved in this browser ({detail}); your layers and basemaps are unchanged',
  },
  archiveFellBack: {
    zh: '文件“{name}”无法读取（{reason}）。',
    en: 'The archive “{name}” cannot be read ({reason}).',
  },
  'archiveFailed.notPmtiles': { zh: '不是 PMTiles 文件', en: 'it is not a PMTiles file' },
  'archiveFailed.version': { zh: 'PMTiles 版本过新，只支持第 3 版', en: 'a newer PMTiles version: only version 3 is read' },
  'archiveFailed.corrupt': { zh: '文件已损坏或不完整', en: 'the file is damaged or incomplete' },
  'archiveFailed.noRanges': {
    zh: '服务器不支持 HTTP 分段请求',
    en: 'the server does not answer HTTP range requests',
  },
  'archiveFailed.notFound': { zh: '找不到文件，HTTP 404，请检查网址', en: 'archive not found, HTTP 404: check the URL' },
  'archiveFailed.http': { zh: '服务器返回 HTTP {status}', en: 'the server answered HTTP {status}' },
  'archiveFailed.network': {
    zh: '无法连接服务器：地址错误、网络断开，或服务器不允许跨域访问（CORS）',
    en: 'the server could not be reached: wrong address, no network, or the server does not allow cross-origin requests (CORS)',
  },
  'archiveFailed.timeout': { zh: '服务器 15 秒内没有响应', en: 'the server did not answer within 15 s' },
  'archiveFailed.mlt': { zh: '文件的矢量瓦片编码本地图尚不支持', en: 'its tile format (MLT) is not supported yet' },
  'archiveFailed.notDem': { zh: '这不是高程数据：地形须为按高程编码的 PNG 等图片瓦片', en: 'not elevation data: terrain needs PNG or WebP height tiles in Terrarium or Mapbox encoding' },
  'archiveFailed.unknownType': { zh: '文件未注明瓦片格式', en: 'the archive does not say what its tiles are' },
  'archiveFailed.missingFile': {
    zh: '本浏览器中保存的文件已不存在（可能被清除了站点数据），请重新添加',
    en: 'the copy kept in this browser is gone (site data may have been cleared); add it again',
  },
  'archiveInvalid.empty': { zh: '请选择文件或输入网址', en: 'Choose a file or enter a URL' },
  'archiveInvalid.scheme': { zh: '请输入完整的 HTTP 或 HTTPS 网址，如 https://…/zone.pmtiles', en: 'Enter a full HTTP or HTTPS address, such as https://…/zone.pmtiles' },
} satisfies Record<string, Localized>;
