import { distance } from '@turf/turf';
import type { Feature, LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { measureLabels } from './measureLabels.ts';

const line: Feature<LineString> = { type: 'Feature', geometry: { type: 'LineString', coordinates: [[112.5, 38], [112.6, 38], [112.6, 38.1]] }, properties: {} };

describe('measureLabels', () => {
  it('labels each segment at its middle with its geodesic length, and the total at the end', () => {
    const fc = measureLabels(line, 'zh');
    const seg1 = distance([112.5, 38], [112.6, 38], { units: 'kilometers' });
    const seg2 = distance([112.6, 38], [112.6, 38.1], { units: 'kilometers' });
    expect(fc.features.map((f) => f.properties)).toEqual([
      { label: `${seg1.toFixed(2)} 公里`, kind: 'segment' },
      { label: `${seg2.toFixed(2)} 公里`, kind: 'segment' },
      { label: `共 ${(seg1 + seg2).toFixed(2)} 公里`, kind: 'total' },
    ]);
    expect(fc.features[0]?.geometry.coordinates[0]).toBeCloseTo(112.55, 3);
    expect(fc.features[2]?.geometry.coordinates).toEqual([112.6, 38.1]);
  });

  it('a polygon: each side, then area and perimeter (周长) at its centre', () => {
    const square: Feature<Polygon> = { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[112.5, 38], [112.51, 38], [112.51, 38.01], [112.5, 38.01], [112.5, 38]]] }, properties: {} };
    const fc = measureLabels(square, 'zh');
    expect(fc.features.filter((f) => f.properties.kind === 'segment')).toHaveLength(4);
    const total = fc.features.at(-1)?.properties.label ?? '';
    expect(total).toMatch(/^周长 [\d.]+ 公里\n面积 [\d.]+ 平方公里 · [\d,]+ 亩 · [\d.]+ 公顷$/);
    expect(measureLabels(square, 'en').features.at(-1)?.properties.label).toMatch(/^Perimeter .* km\nArea /);
  });

  it('a single click yet: nothing to label but no crash', () => {
    expect(measureLabels({ ...line, geometry: { type: 'LineString', coordinates: [[112.5, 38]] } }, 'en').features).toEqual([]);
  });
});
