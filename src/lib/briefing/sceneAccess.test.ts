import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { ACCESS_LAYER, ACCESS_SOURCE } from '../map/accessMapImage.ts';
import { accessLegendEntries, styleWithAccess, type SceneAccessImage } from './sceneAccess.ts';

const image: SceneAccessImage = {
  source: { type: 'image', url: 'data:image/png;base64,', coordinates: [[111.5, 39.6], [116.5, 39.6], [116.5, 37.4], [111.5, 37.4]] },
  legend: { title: 'To Xiong\'an · minutes saved, 2022 → 2027', rows: [{ label: '0 min (no change)', color: '#d4d4d4' }, { label: '≥ 120 min', color: '#a63603' }], note: 'Times are model estimates, not timetables.', noRoute: '', assumptions: 'Assumes: road 40 km/h' },
};

describe('a scene’s travel-time map in its export', () => {
  it('goes under the zone’s data, above the background, basemap and hillshade', () => {
    const style: StyleSpecification = {
      version: 8, sources: {},
      layers: [{ id: 'bg', type: 'background' }, { id: 'basemap:x:0', type: 'raster', source: 'b' }, { id: 'terrain:t:hillshade', type: 'hillshade', source: 't' }, { id: 'counties--fill', type: 'fill', source: 'counties' }],
    };
    const out = styleWithAccess(style, image);
    expect(out.layers.map((l) => l.id)).toEqual(['bg', 'basemap:x:0', 'terrain:t:hillshade', ACCESS_LAYER, 'counties--fill']);
    expect(out.sources[ACCESS_SOURCE]).toBe(image.source);
    expect(styleWithAccess(style, null)).toBe(style);
  });

  it('puts the title, the bands, the estimate note and the assumptions in the legend', () => {
    const rows = accessLegendEntries(image.legend);
    expect(rows.map((r) => r.label)).toEqual([image.legend.title, '0 min (no change)', '≥ 120 min', image.legend.note, image.legend.assumptions]);
    expect(rows[1]?.swatch.color).toBe('#d4d4d48c');
    expect(rows[0]?.heading).toBe(true);
  });
});
