import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { buildStyle } from '../../../styles/zoneStyle.ts';
import { openingGlyphUrls } from './openingGlyphs.ts';
import { styleWithState } from './styleWithState.ts';

const fc = (...features: Array<[Record<string, unknown>, 'Point' | 'LineString']>): FeatureCollection => ({
  type: 'FeatureCollection',
  features: features.map(([properties, type]) => ({
    type: 'Feature',
    properties,
    geometry: type === 'Point' ? { type, coordinates: [112.7, 38.4] } : { type, coordinates: [[112.7, 38.4], [112.9, 38.5]] },
  })),
});

const range = (ch: string): string => {
  const r = Math.floor((ch.codePointAt(0) as number) / 256) * 256;
  return `./fonts/Noto Sans SC Regular/${r}-${r + 255}.pbf`;
};

describe('openingGlyphUrls', () => {
  const collections = {
    // 忻 is labelled; 北 only by a layer that starts at zoom 10, 东 by a conventional station (zoom 10).
    stations: fc([{ id: 's1', name_zh: '忻', hsr: true }, 'Point'], [{ id: 's2', name_zh: '东', hsr: false }, 'Point']),
    // Only counties in the zone are labelled.
    counties: fc([{ id: 'c1', name_zh: '阳', in_zone: true }, 'Point'], [{ id: 'c2', name_zh: '龙', in_zone: false }, 'Point']),
    towns: fc([{ id: 't1', name_zh: '北' }, 'Point']),
    // Along a line, with punctuation: its vertical form is needed too.
    xiongxin: fc([{ id: 'x1', name_zh: '雄（河）' }, 'LineString']),
  };
  const visible = new Set(['stations', 'counties', 'towns', 'xiongxin']);

  it('lists the glyph files of the labels the opening view draws, as MapLibre will ask for them', () => {
    const style = styleWithState(buildStyle('light', 'zh'), collections, visible);
    const urls = openingGlyphUrls(style, 7.7);
    const expected = new Set(['忻', '阳', '雄', '（', '河'].map(range));
    expected.add('./fonts/Noto Sans SC Regular/65024-65279.pbf');
    expect(new Set(urls)).toEqual(expected);
    for (const ch of ['北', '龙', '东']) if (!expected.has(range(ch))) expect(urls).not.toContain(range(ch));
  });

  it('follows the zoom and the layers shown, and needs a glyphs URL', () => {
    const style = styleWithState(buildStyle('light', 'zh'), collections, visible);
    expect(openingGlyphUrls(style, 10.5)).toEqual(expect.arrayContaining([range('北'), range('东')]));
    expect(openingGlyphUrls(styleWithState(buildStyle('light', 'zh'), collections, new Set()), 7.7)).toEqual([]);
    const noGlyphs: StyleSpecification = { ...style, glyphs: undefined };
    expect(openingGlyphUrls(noGlyphs, 7.7)).toEqual([]);
  });

  it('labels in English where the data has English names, in Chinese where not', () => {
    const en = { stations: fc([{ id: 's1', name_zh: '忻', name_en: 'Xin', hsr: true }, 'Point'], [{ id: 's3', name_zh: '原', hsr: true }, 'Point']) };
    const urls = openingGlyphUrls(styleWithState(buildStyle('light', 'en'), en, new Set(['stations'])), 7.7);
    expect(urls).toEqual(['./fonts/Noto Sans SC Regular/0-255.pbf', range('原')]);
  });
});
