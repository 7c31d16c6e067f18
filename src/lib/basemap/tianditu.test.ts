import { describe, expect, it } from 'vitest';
import { basemapOrigins, basemapUrls } from './basemaps.ts';
import { basemapParts } from './styleWithBasemap.ts';
import { isTiandituKey, tiandituBasemap } from './tianditu.ts';
import { tileUrl } from './template.ts';

const KEY = '0123456789abcdef0123456789abcdef';

describe('the 天地图 preset', () => {
  it('draws 矢量 under its 注记 (vec + cva) with the key filled in', () => {
    const b = tiandituBasemap('vec', KEY, 'tdt');
    const parts = basemapParts(b);
    const [base, labels] = Object.values(parts.sources);
    expect(parts.layers.map((l) => l.id)).toEqual(['basemap:tdt:0', 'basemap:tdt:1']);
    expect(base?.tiles).toHaveLength(8);
    expect(tileUrl(base?.tiles?.[3] ?? '', 9, 418, 197)).toBe(
      `https://t3.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX=9&TILEROW=197&TILECOL=418&tk=${KEY}`,
    );
    expect(labels?.tiles?.[0]).toContain('https://t0.tianditu.gov.cn/cva_w/wmts?');
    expect(labels?.tiles?.[0]).toContain('LAYER=cva');
    expect(b.online).toBe(true);
    expect(b.attribution.zh).toContain('天地图');
    expect(b.attribution.en).toContain('Tianditu');
  });

  it('pairs 影像 with its own 注记 (img + cia)', () => {
    const urls = basemapUrls(tiandituBasemap('img', KEY, 'x'));
    expect(urls.filter((u) => u.includes('/img_w/wmts?') && u.includes('LAYER=img'))).toHaveLength(8);
    expect(urls.filter((u) => u.includes('/cia_w/wmts?') && u.includes('LAYER=cia'))).toHaveLength(8);
    expect(urls.every((u) => u.endsWith(`tk=${KEY}`))).toBe(true);
  });

  it('reaches exactly t0 to t7.tianditu.gov.cn over HTTPS', () => {
    expect(basemapOrigins(tiandituBasemap('vec', KEY, 'x'))).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((i) => `https://t${i}.tianditu.gov.cn`));
  });

  it('checks the shape of a key', () => {
    expect(isTiandituKey(KEY)).toBe(true);
    expect(isTiandituKey(` ${KEY.toUpperCase()} `)).toBe(true);
    expect(isTiandituKey('abc')).toBe(false);
  });
});
