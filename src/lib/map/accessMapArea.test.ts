import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { accessLegendEntries, styleWithAccess, type SceneAccessImage } from '../briefing/sceneAccess.ts';
import { ZONE_BBOX } from '../catalogue/types.ts';
import { ACCESS_AREA_LAYER, ACCESS_AREA_SOURCE, accessAreaLayer, accessAreaSource, areaColour } from './accessMapArea.ts';
import { ACCESS_LAYER } from './accessMapImage.ts';

const grid = { bbox: [...ZONE_BBOX] as [number, number, number, number] };

describe('the outline of the area a travel-time map was computed over', () => {
  it('is the grid’s box as one closed ring, dashed, in a colour for each theme', () => {
    const data = accessAreaSource(grid).data as { geometry: { type: string; coordinates: number[][] } };
    expect(data.geometry.type).toBe('LineString');
    expect(data.geometry.coordinates).toEqual([[111.5, 39.6], [116.5, 39.6], [116.5, 37.4], [111.5, 37.4], [111.5, 39.6]]);
    const layer = accessAreaLayer('contrast');
    expect(layer.paint?.['line-dasharray']).toBeDefined();
    expect(layer.paint?.['line-color']).toBe(areaColour('contrast'));
    expect(areaColour('light')).not.toBe(areaColour('contrast'));
  });

  it('goes right above the bands in an export, and is named in its legend', () => {
    const image: SceneAccessImage = {
      source: { type: 'image', url: 'data:image/png;base64,', coordinates: [[111.5, 39.6], [116.5, 39.6], [116.5, 37.4], [111.5, 37.4]] },
      legend: { title: 'To Xiong’an', rows: [{ label: '≤ 60 min', color: '#123456' }], note: null, noRoute: '', assumptions: 'Assumes: road 40 km/h', empty: null },
      area: { source: accessAreaSource(grid), layer: accessAreaLayer('light'), label: 'Area computed (none beyond)', color: areaColour('light') },
    };
    const style: StyleSpecification = { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background' }, { id: 'counties--fill', type: 'fill', source: 'counties' }] };
    const out = styleWithAccess(style, image);
    expect(out.layers.map((l) => l.id)).toEqual(['bg', ACCESS_LAYER, ACCESS_AREA_LAYER, 'counties--fill']);
    expect(out.sources[ACCESS_AREA_SOURCE]).toBe(image.area?.source);
    const rows = accessLegendEntries(image.legend, image.area);
    expect(rows.map((r) => r.label)).toEqual(['To Xiong’an', '≤ 60 min', 'Area computed (none beyond)', 'Assumes: road 40 km/h']);
    expect(rows[2]?.swatch).toMatchObject({ kind: 'line', dashed: true, color: areaColour('light') });
  });
});
