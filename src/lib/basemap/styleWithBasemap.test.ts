import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { buildStyle } from '../../../styles/zoneStyle.ts';
import { basemapAttribution, basemapFromDraft, escapeHtml, isUserBasemap } from './basemaps.ts';
import { basemapParts, styleWithBasemap } from './styleWithBasemap.ts';
import type { UserBasemap } from './types.ts';

const APP = 'http://127.0.0.1:4173';

function made(template: string, attribution = ''): UserBasemap {
  const b = basemapFromDraft({ name: 'Mine', template, subdomains: '', attribution }, 'b1', APP);
  if ('problem' in b) throw new Error(b.problem);
  return b;
}

describe('styleWithBasemap', () => {
  const style = buildStyle('light', 'zh');

  it('leaves the style alone with no basemap', () => {
    expect(styleWithBasemap(style, null)).toBe(style);
  });

  it('puts the raster right above the background, under every zone layer', () => {
    const out = styleWithBasemap(style, basemapParts(made('https://tiles.example.com/{z}/{x}/{y}.png')));
    const ids = out.layers.map((l) => l.id);
    expect(ids[0]).toBe('background');
    expect(ids[1]).toBe('basemap:b1:0');
    expect(ids.slice(2)).toEqual(style.layers.slice(1).map((l) => l.id));
    expect(out.sources['basemap:b1:0']).toMatchObject({ type: 'raster', tiles: ['https://tiles.example.com/{z}/{x}/{y}.png'], tileSize: 256 });
    // The input style is not changed.
    expect(style.layers.some((l) => l.id.startsWith('basemap:'))).toBe(false);
  });

  it('keeps the raster at the bottom of a style without a background', () => {
    const bare: StyleSpecification = { version: 8, sources: {}, layers: [{ id: 'x', type: 'background' }] };
    expect(styleWithBasemap(bare, basemapParts(made('https://h/{z}/{x}/{y}.png'))).layers.map((l) => l.id)).toEqual(['x', 'basemap:b1:0']);
  });
});

describe('a basemap from the add form', () => {
  it('is online when its host is not the app', () => {
    expect(made('https://tiles.example.com/{z}/{x}/{y}.png').online).toBe(true);
    expect(made(`${APP}/tiles/{z}/{x}/{y}.png`).online).toBe(false);
  });

  it('is a WMTS basemap when the template says so', () => {
    const b = made('https://h/wmts/{TileMatrix}/{TileRow}/{TileCol}.png');
    expect(b.kind).toBe('wmts');
    expect(b.templates).toEqual(['https://h/wmts/{z}/{y}/{x}.png']);
  });

  it('credits the host when the user gives no attribution, and escapes the user text for HTML', () => {
    expect(basemapAttribution(made('https://h.example.com/{z}/{x}/{y}.png'), 'zh')).toEqual(['https://h.example.com']);
    expect(basemapAttribution(made('https://h/{z}/{x}/{y}.png', '© 测绘院'), 'en')).toEqual(['© 测绘院']);
    expect(escapeHtml('<img src=x onerror=alert(1)>')).not.toContain('<');
  });

  it('refuses a bad template with its reason', () => {
    expect(basemapFromDraft({ name: '', template: 'https://h/{z}/{x}.png', subdomains: '', attribution: '' }, 'b', APP)).toEqual({ problem: 'placeholders' });
  });

  it('recognises stored records', () => {
    expect(isUserBasemap(made('https://h/{z}/{x}/{y}.png'))).toBe(true);
    expect(isUserBasemap({ id: 'x', kind: 'pmtiles' })).toBe(false);
  });
});
