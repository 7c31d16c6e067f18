import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { suggestDatum } from './detectOffset.ts';

const pt = (name: string, x: number, y: number): Feature<Point> => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [x, y] }, properties: { name_zh: name } });
// 太原站 (OSM, WGS84) as the control point.
const control = [pt('太原站', 112.581385, 37.860017)];

describe('suggestDatum', () => {
  it('recognises a GCJ-02 file from a station it names', () => {
    const s = suggestDatum([pt('太原站', 112.587626, 37.860498)], control);
    expect(s?.crs).toEqual({ kind: 'gcj02' });
    expect(s?.medians.gcj02).toBeLessThan(5);
    expect(s?.medians.wgs84).toBeGreaterThan(500);
  });

  it('leaves a WGS84 file alone, and says nothing without control points', () => {
    expect(suggestDatum([pt('太原', 112.5814, 37.86)], control)?.crs).toEqual({ kind: 'wgs84' });
    expect(suggestDatum([pt('别处', 112.5, 37.9)], control)).toBeNull();
  });
});
