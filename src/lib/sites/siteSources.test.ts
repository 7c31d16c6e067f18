import { describe, expect, it } from 'vitest';
import type { PublishedLayer } from '../catalogue/types.ts';
import { siteSources } from './siteSources.ts';

function layer(id: string, schematic: number, total: number): PublishedLayer {
  return {
    id, file: `${id}.geojson`, group: 'base', geometry: 'Point', title: { zh: `${id}-zh`, en: `${id}-en` },
    source: { zh: `${id} 来源`, en: `${id} source` }, licence: { zh: `${id} 许可`, en: `${id} licence` }, accuracy: { zh: `${id} 精度`, en: `${id} accuracy` },
    date: { zh: '2025', en: '2025' }, visible: true, fields: {},
    url: `data/${id}.fgb`, featureCount: total, confidenceCounts: { surveyed: total - schematic, sourced: 0, schematic }, bbox: [112, 37, 113, 38],
  };
}

describe('siteSources', () => {
  it('lists the layers site figures rest on, in catalogue order, with their schematic share', () => {
    const lines = siteSources([layer('rivers', 0, 17), layer('stations', 11, 77), layer('parks', 5, 5), layer('roads', 1, 1)], 'en');
    // rivers and roads are not used by any site figure.
    expect(lines.map((l) => l.layer)).toEqual(['stations', 'parks']);
    expect(lines[0]).toEqual({ layer: 'stations', title: 'stations-en', source: 'stations source', licence: 'stations licence', accuracy: 'stations accuracy', schematic: 11, total: 77 });
    expect(lines[1]?.schematic).toBe(5);
  });

  it('gives the titles in the language asked for, and nothing for an empty catalogue', () => {
    expect(siteSources([layer('airports', 0, 2)], 'zh')[0]).toMatchObject({ title: 'airports-zh', source: 'airports 来源', licence: 'airports 许可', accuracy: 'airports 精度' });
    expect(siteSources([], 'zh')).toEqual([]);
  });
});
