import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { coordinateDecimals, roundGeometry, withExportPrecision } from './coordinatePrecision.ts';

describe('coordinates to the precision of the position', () => {
  it('writes surveyed data to six decimals and schematic points to three or four', () => {
    expect(coordinateDecimals({ confidence: 'surveyed', accuracy_m: 30 })).toBe(6);
    expect(coordinateDecimals({})).toBe(6);
    expect(coordinateDecimals(null)).toBe(6);
    expect(coordinateDecimals({ confidence: 'schematic', accuracy_m: 8800 })).toBe(3);
    expect(coordinateDecimals({ confidence: 'schematic', accuracy_m: 500 })).toBe(4);
  });

  it('rounds every position of any geometry', () => {
    expect(roundGeometry({ type: 'Point', coordinates: [112.7465191234, 38.7050871] }, 3)).toEqual({ type: 'Point', coordinates: [112.747, 38.705] });
    const poly = roundGeometry({ type: 'Polygon', coordinates: [[[1.23456789, 2.00000049], [1.5, 2.5], [1.23456789, 2.00000049]]] }, 6);
    expect(poly).toEqual({ type: 'Polygon', coordinates: [[[1.234568, 2], [1.5, 2.5], [1.234568, 2]]] });
    const gc = roundGeometry({ type: 'GeometryCollection', geometries: [{ type: 'LineString', coordinates: [[0.12345, 0.98765], [1, 1]] }] }, 2);
    expect(gc).toEqual({ type: 'GeometryCollection', geometries: [{ type: 'LineString', coordinates: [[0.12, 0.99], [1, 1]] }] });
  });

  it('exports a schematic project to three decimals and leaves a feature without geometry alone', () => {
    const project: Feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [112.746519, 38.705087] }, properties: { id: 'TX04', confidence: 'schematic', accuracy_m: 8800 } };
    expect(withExportPrecision(project).geometry).toEqual({ type: 'Point', coordinates: [112.747, 38.705] });
    const listed = { type: 'Feature', geometry: null, properties: { id: 'TX01' } } as unknown as Feature;
    expect(withExportPrecision(listed)).toBe(listed);
  });
});
