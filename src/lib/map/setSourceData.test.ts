import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { setSourceData } from './setSourceData.ts';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const ONE: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [112, 38] }, properties: {} }] };

function fakeMap(): { map: MapLibreMap; calls: FeatureCollection[] } {
  const calls: FeatureCollection[] = [];
  const source = { setData: (d: FeatureCollection) => calls.push(d) };
  const map = { getSource: (id: string) => (id === 'overlay' ? source : undefined) } as unknown as MapLibreMap;
  return { map, calls };
}

describe('setSourceData', () => {
  it('skips clearing a source that holds nothing, and passes on every real change', () => {
    const { map, calls } = fakeMap();
    setSourceData(map, 'overlay', EMPTY); // starts empty: nothing to do
    expect(calls).toHaveLength(0);
    setSourceData(map, 'overlay', ONE);
    setSourceData(map, 'overlay', ONE); // new data, even if alike, is passed on
    setSourceData(map, 'overlay', EMPTY); // clearing what is shown
    setSourceData(map, 'overlay', EMPTY); // already clear
    expect(calls).toEqual([ONE, ONE, EMPTY]);
  });

  it('does nothing for a source the map does not have', () => {
    const { map, calls } = fakeMap();
    expect(() => setSourceData(map, 'missing', ONE)).not.toThrow();
    expect(calls).toHaveLength(0);
  });
});
