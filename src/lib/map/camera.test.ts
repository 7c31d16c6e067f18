import type { Feature, Geometry } from 'geojson';
import type { JumpToOptions, Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIT_MAX_ZOOM, FIT_PADDING, featureView, flyToFeature, POINT_ZOOM } from './camera.ts';

const feature = (geometry: Geometry): Feature => ({ type: 'Feature', geometry, properties: {} });
const point = feature({ type: 'Point', coordinates: [112.7, 38.3] });
const square = feature({ type: 'Polygon', coordinates: [[[112, 38], [113, 38], [113, 39], [112, 39], [112, 38]]] });

function fakeMap(zoom = 8) {
  const calls: Array<{ how: 'jumpTo' | 'flyTo'; camera: JumpToOptions }> = [];
  const framed: unknown[] = [];
  const map = {
    getZoom: () => zoom,
    jumpTo: (camera: JumpToOptions) => calls.push({ how: 'jumpTo', camera }),
    flyTo: (camera: JumpToOptions) => calls.push({ how: 'flyTo', camera }),
    cameraForBounds: (bounds: unknown, options: unknown) => {
      framed.push({ bounds, options });
      return { center: [112.5, 38.5], zoom: 9, bearing: 0 };
    },
  } as unknown as MapLibreMap;
  return { map, calls, framed };
}

afterEach(() => vi.unstubAllGlobals());

describe('featureView', () => {
  it('centres a point, zooming in to a useful scale but never out', () => {
    expect(featureView(point, 6)).toEqual({ center: [112.7, 38.3], zoom: POINT_ZOOM });
    expect(featureView(point, 15)).toEqual({ center: [112.7, 38.3], zoom: 15 });
  });

  it('frames anything with extent by its bounding box', () => {
    expect(featureView(square, 6)).toEqual({ bounds: [112, 38, 113, 39] });
  });

  it('has nowhere to go for an empty geometry', () => {
    expect(featureView(feature({ type: 'MultiPoint', coordinates: [] }), 6)).toBeNull();
  });
});

describe('flyToFeature', () => {
  it('flies to a point, or jumps there when asked for reduced motion', () => {
    const { map, calls } = fakeMap();
    flyToFeature(map, point, { reducedMotion: false });
    flyToFeature(map, point, { reducedMotion: true });
    expect(calls).toEqual([
      { how: 'flyTo', camera: { center: [112.7, 38.3], zoom: POINT_ZOOM } },
      { how: 'jumpTo', camera: { center: [112.7, 38.3], zoom: POINT_ZOOM } },
    ]);
  });

  it('frames an outline with padding and a zoom cap', () => {
    const { map, calls, framed } = fakeMap();
    flyToFeature(map, square, { reducedMotion: false });
    expect(framed).toEqual([{ bounds: [112, 38, 113, 39], options: { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM } }]);
    expect(calls).toEqual([{ how: 'flyTo', camera: { center: [112.5, 38.5], zoom: 9, bearing: 0 } }]);
  });

  it('follows the reduced-motion setting when the caller does not say', () => {
    const { map, calls } = fakeMap();
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q === '(prefers-reduced-motion: reduce)' }));
    flyToFeature(map, point);
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    flyToFeature(map, point);
    expect(calls.map((c) => c.how)).toEqual(['jumpTo', 'flyTo']);
  });

  it('stays put when the map has no room to frame the outline', () => {
    const { map, calls } = fakeMap();
    (map as unknown as { cameraForBounds: () => undefined }).cameraForBounds = () => undefined;
    flyToFeature(map, square, { reducedMotion: false });
    expect(calls).toEqual([]);
  });
});
