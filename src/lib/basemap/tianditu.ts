import type { TiandituFlavour, UserBasemap } from './types.ts';

/**
 * 天地图 (the national platform's web map) in web mercator, by its WMTS key-value interface:
 * the base layer and the 注记 (annotation) layer that goes with it — cva over 矢量 vec,
 * cia over 影像 img. Eight hosts t0–t7 share the load; every request carries the user's key.
 */
const SUBDOMAINS = ['0', '1', '2', '3', '4', '5', '6', '7'];
const ANNOTATION: Record<TiandituFlavour, string> = { vec: 'cva', img: 'cia' };

const wmts = (layer: string): string =>
  `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default` +
  `&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={tk}`;

/** The hosts the preset talks to, for the panel's plain statement and the page's CSP. */
// Written so that no line break can fall inside it (an en dash lets one fall after "t0–").
export const TIANDITU_HOSTS = 't[0-7].tianditu.gov.cn';

/** A key as 天地图 issues them: 32 hexadecimal characters. */
export function isTiandituKey(key: string): boolean {
  return /^[0-9a-f]{32}$/i.test(key.trim());
}

export function tiandituBasemap(flavour: TiandituFlavour, key: string, id: string): UserBasemap {
  return {
    id,
    name: flavour === 'vec' ? '天地图 矢量' : '天地图 影像',
    kind: 'tianditu',
    templates: [wmts(flavour), wmts(ANNOTATION[flavour])],
    subdomains: SUBDOMAINS,
    tileSize: 256,
    minzoom: 1,
    maxzoom: 18,
    attribution: { zh: '© 天地图 · 国家地理信息公共服务平台', en: '© Tianditu · National Platform for Common Geospatial Information Services' },
    online: true,
    key: key.trim(),
    tianditu: flavour,
  };
}
