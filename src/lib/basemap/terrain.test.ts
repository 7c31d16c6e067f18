import { describe, expect, it } from 'vitest';
import { buildStyle } from '../../../styles/zoneStyle.ts';
import { basemapFromDraft } from './basemaps.ts';
import { basemapParts, styleWithBasemap } from './styleWithBasemap.ts';
import { hillshadePaint, isUserTerrain, styleWithTerrain, terrainFromDraft, terrainOrigins, terrainParts } from './terrain.ts';
import type { TerrainDraft, UserBasemap, UserTerrain } from './types.ts';

const APP = 'http://127.0.0.1:4173';
const DRAFT: TerrainDraft = { name: '', template: 'https://dem.example.com/{z}/{x}/{y}.png', encoding: 'terrarium', tileSize: 256, maxzoom: 12, attribution: '' };

function made(d: Partial<TerrainDraft> = {}): UserTerrain {
  const t = terrainFromDraft({ ...DRAFT, ...d }, 't1', APP);
  if ('problem' in t) throw new Error(t.problem);
  return t;
}

describe('terrainFromDraft', () => {
  it('makes a terrarium terrain named and credited by its host when the user gives neither', () => {
    expect(made()).toEqual({
      id: 't1', name: 'dem.example.com', template: 'https://dem.example.com/{z}/{x}/{y}.png', encoding: 'terrarium', tileSize: 256, maxzoom: 12,
      attribution: { zh: 'https://dem.example.com', en: 'https://dem.example.com' }, online: true,
    });
  });

  it('keeps the encoding, tile size and credit, clamps the zoom, and knows the app’s own host is offline', () => {
    const t = made({ template: `${APP}/dem/{z}/{x}/{y}.png`, encoding: 'mapbox', tileSize: 512, maxzoom: 40, attribution: ' © 高程 ', name: '本地' });
    expect(t).toMatchObject({ name: '本地', encoding: 'mapbox', tileSize: 512, maxzoom: 22, attribution: { zh: '© 高程', en: '© 高程' }, online: false });
    expect(made({ maxzoom: Number.NaN }).maxzoom).toBe(15);
    expect(made({ tileSize: 300 }).tileSize).toBe(256);
  });

  it('rewrites WMTS placeholders and refuses what MapLibre cannot fetch', () => {
    expect(made({ template: 'https://d.example.com/{TileMatrix}/{TileRow}/{TileCol}.png' }).template).toBe('https://d.example.com/{z}/{y}/{x}.png');
    const problem = (template: string) => {
      const t = terrainFromDraft({ ...DRAFT, template }, 't', APP);
      return 'problem' in t ? t.problem : null;
    };
    expect(problem('')).toBe('empty');
    expect(problem('dem tiles')).toBe('notUrl');
    expect(problem('ftp://d.example.com/{z}/{x}/{y}.png')).toBe('scheme');
    expect(problem('https://d.example.com/{z}/{x}.png')).toBe('placeholders');
    // No subdomain list or key for height tiles: such templates are refused, not half-filled.
    expect(problem('https://{s}.d.example.com/{z}/{x}/{y}.png')).toBe('subdomains');
    expect(problem('https://d.example.com/{z}/{x}/{y}.png?tk={tk}')).toBe('key');
  });

  it('gives the origin for the page’s CSP', () => {
    expect(terrainOrigins(made({ template: 'http://127.0.0.1:9000/dem/{z}/{x}/{y}.png' }))).toEqual(['http://127.0.0.1:9000']);
  });
});

describe('isUserTerrain', () => {
  it('accepts what this version stores and refuses other shapes', () => {
    expect(isUserTerrain(made())).toBe(true);
    expect(isUserTerrain({ ...made(), encoding: 'lerc' })).toBe(false);
    expect(isUserTerrain({ ...made(), tileSize: 300 })).toBe(false);
    expect(isUserTerrain(null)).toBe(false);
  });
});

describe('styleWithTerrain', () => {
  const style = buildStyle('light', 'zh');

  it('leaves the style alone with no terrain', () => {
    expect(styleWithTerrain(style, null, 'light')).toBe(style);
  });

  it('puts the hillshade right above the background, under every zone layer', () => {
    const out = styleWithTerrain(style, made(), 'light');
    const ids = out.layers.map((l) => l.id);
    expect(ids.slice(0, 2)).toEqual(['background', 'terrain:t1:hillshade']);
    expect(ids.slice(2)).toEqual(style.layers.slice(1).map((l) => l.id));
    expect(out.sources['terrain:t1:hillshade']).toMatchObject({ type: 'raster-dem', tiles: [DRAFT.template], encoding: 'terrarium', tileSize: 256, maxzoom: 12 });
    expect(out.layers[1]).toMatchObject({ type: 'hillshade', source: 'terrain:t1:hillshade', paint: hillshadePaint('light') });
    expect(style.layers.some((l) => l.id.startsWith('terrain:'))).toBe(false);
  });

  it('shades a user basemap too: basemap, then hillshade, then data — whichever is added first', () => {
    const b = basemapFromDraft({ name: 'B', template: 'https://t.example.com/{z}/{x}/{y}.png', subdomains: '', attribution: '' }, 'b1', APP) as UserBasemap;
    const first = styleWithTerrain(styleWithBasemap(style, basemapParts(b)), made(), 'light').layers.map((l) => l.id);
    const second = styleWithBasemap(styleWithTerrain(style, made(), 'light'), basemapParts(b)).layers.map((l) => l.id);
    expect(first.slice(0, 3)).toEqual(['background', 'basemap:b1:0', 'terrain:t1:hillshade']);
    expect(second).toEqual(first);
  });

  it('has a shading for each palette', () => {
    expect(hillshadePaint('contrast')).not.toEqual(hillshadePaint('light'));
    expect(styleWithTerrain(buildStyle('contrast', 'en'), made(), 'contrast').layers[1]).toMatchObject({ paint: hillshadePaint('contrast') });
  });
});

describe('terrainParts', () => {
  it('gives 3D relief a source of its own, and the hillshade the escaped credit', () => {
    const p = terrainParts(made({ attribution: '<b>高程</b>' }), 'light', 'en');
    expect(p.sources.relief[0]).toBe('terrain:t1:relief');
    expect(p.sources.relief[1].attribution).toBeUndefined();
    expect(p.sources.hillshade[1].attribution).toBe('&#60;b&#62;高程&#60;/b&#62;');
  });
});
