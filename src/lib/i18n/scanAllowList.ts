/**
 * What may stay in the "other" script: Latin words a Chinese text keeps as they are, and the
 * few Chinese words an English text shows on purpose. Short and explicit on purpose: every
 * entry is a decision that a reader of that language expects exactly this spelling, and each
 * says why in one word. Anything not here is a translation to do.
 *
 * Entries match whole words, case-sensitively (so `OSM` does not excuse `OSMnx` or `osm`).
 */

export type AllowReason = 'format' | 'encoding' | 'code' | 'column' | 'crs' | 'name' | 'licence' | 'key' | 'toggle' | 'tech';

export interface AllowEntry {
  text: string;
  reason: AllowReason;
}

/** Latin-script terms a Chinese UI keeps in Latin script. */
export const ZH_ALLOW: readonly AllowEntry[] = [
  // File formats: Chinese GIS texts name them in Latin ("导出 GeoJSON", "Shapefile（zip）").
  { text: 'GeoJSON', reason: 'format' },
  { text: 'FlatGeobuf', reason: 'format' },
  { text: 'FGB', reason: 'format' },
  { text: 'CSV', reason: 'format' },
  { text: 'TSV', reason: 'format' },
  { text: 'KML', reason: 'format' },
  { text: 'KMZ', reason: 'format' },
  { text: 'Shapefile', reason: 'format' },
  { text: 'Excel', reason: 'format' },
  { text: 'xlsx', reason: 'format' },
  { text: 'xls', reason: 'format' },
  { text: 'zip', reason: 'format' },
  { text: 'JSON', reason: 'format' },
  { text: 'PNG', reason: 'format' },
  { text: 'PDF', reason: 'format' },
  { text: 'WKT', reason: 'format' },
  { text: 'PMTiles', reason: 'format' },
  { text: 'XML', reason: 'format' },
  // Text encodings are named by their codes ("按 GBK 读取").
  { text: 'GBK', reason: 'encoding' },
  { text: 'UTF-8', reason: 'encoding' },
  // GeoJSON's own type and member names, quoted as the file spells them ("不是 GeoJSON 要素（Feature）").
  // The member name only in quotes: a bare "features" is the English UI word.
  { text: 'FeatureCollection', reason: 'code' },
  { text: 'Feature', reason: 'code' },
  { text: '“features”', reason: 'code' },
  // A command to type, which must be typed as written.
  { text: 'npm run data:large', reason: 'code' },
  // Column names the importer looks for: the user's file has them in Latin ("经度/纬度（lon、lat）列").
  { text: 'lon', reason: 'column' },
  { text: 'lng', reason: 'column' },
  { text: 'lat', reason: 'column' },
  // Coordinate reference systems: their names are codes, the same in every language.
  { text: 'WGS84', reason: 'crs' },
  { text: 'WGS 84', reason: 'crs' },
  { text: 'GCJ-02', reason: 'crs' },
  { text: 'BD-09', reason: 'crs' },
  { text: 'CGCS2000', reason: 'crs' },
  { text: 'EPSG', reason: 'crs' },
  // Proper nouns a Chinese writer leaves in Latin script (no settled Chinese name is used for them).
  // China Daily (中国日报), Wikipedia (维基百科), Amap (高德), Baidu (百度), HSR (高铁) have Chinese names: not here.
  { text: 'OpenStreetMap', reason: 'name' },
  { text: 'OSM', reason: 'name' },
  { text: 'DataV.GeoAtlas', reason: 'name' },
  { text: 'DataV', reason: 'name' },
  { text: 'OMap-GeoDB', reason: 'name' },
  // Chinese texts write the broadcaster as "CCTV" (央视 too, but CCTV is as common).
  { text: 'CCTV', reason: 'name' },
  { text: 'Natural Earth', reason: 'name' },
  { text: 'MapLibre', reason: 'name' },
  // Chemical products that Chinese trade text names by their abbreviations (BDO 丁二醇, PBAT 可降解塑料).
  { text: 'BDO', reason: 'name' },
  { text: 'PBAT', reason: 'name' },
  // Licence names are legal identifiers and must be quoted exactly.
  { text: 'ODbL', reason: 'licence' },
  { text: 'CC BY-SA', reason: 'licence' },
  { text: 'CC BY', reason: 'licence' },
  { text: 'CC0', reason: 'licence' },
  // Key caps: the label printed on the keyboard (快捷键说明 "PageUp PageDown … Esc").
  { text: 'PageUp', reason: 'key' },
  { text: 'PageDown', reason: 'key' },
  { text: 'Esc', reason: 'key' },
  { text: 'Home', reason: 'key' },
  { text: 'End', reason: 'key' },
  // The language toggle names the language it switches to, in that language.
  { text: 'English', reason: 'toggle' },
  // A browser capability and a protocol, named as browsers and servers name them ("需要 WebGL", "HTTP 404").
  { text: 'WebGL', reason: 'tech' },
  { text: 'HTTP', reason: 'tech' },
  { text: 'HTTPS', reason: 'tech' },
  { text: 'CORS', reason: 'tech' },
  // Tile services are named by their protocol ("XYZ 瓦片", "WMTS 服务"), and 天地图's key by its URL parameter.
  { text: 'XYZ', reason: 'format' },
  { text: 'WMTS', reason: 'format' },
  { text: 'Web', reason: 'tech' },
  { text: 'tk', reason: 'code' },
];

/**
 * Unit symbols, written in Latin script in Chinese technical text ("12 km", "官方面积（km²）").
 * Longest first, so `km²` is taken before `km` and `km/h` before `km`.
 */
export const UNITS: readonly string[] = ['km/h', 'km²', 'km2', 'km', 'mm', 'm³', 'm²', 'MB', 'kB', 'KB', 'GB', 'GW', 'dpi', 'px', 'ms', 'ha'];

/** Chinese an English UI shows on purpose. */
export const EN_ALLOW: readonly AllowEntry[] = [
  // The language toggle names the language it switches to, in that language.
  { text: '中文', reason: 'toggle' },
  // Column names the importer looks for: the user's file may have them in Chinese ("no lon/lat (经度/纬度) column").
  { text: '经度', reason: 'column' },
  { text: '纬度', reason: 'column' },
];
