import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Box } from '../fgb/bbox.ts';
import { prepareLayer, type PreparedLayer } from './preparedLayer.ts';
import { runQuery, type LayerProvider } from './runQuery.ts';

const pt = (id: string, x: number, y: number): Feature => ({ type: 'Feature', properties: { id }, geometry: { type: 'Point', coordinates: [x, y] } });

/** A provider whose "parcels" can only be read by box, like a streamed FlatGeobuf. */
function streamedProvider(parcels: Feature[], stations: Feature[]) {
  const boxes: Box[] = [];
  const provider: LayerProvider = {
    async layer(id: string): Promise<PreparedLayer> {
      if (id === 'parcels') throw new Error('a streamed layer must not be loaded whole');
      return prepareLayer(stations);
    },
    async layerInBox(id: string, box: Box): Promise<PreparedLayer | null> {
      if (id !== 'parcels') return null;
      boxes.push(box);
      return prepareLayer(parcels.filter((f) => {
        const [x, y] = (f.geometry as { coordinates: number[] }).coordinates as [number, number];
        return x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
      }));
    },
  };
  return { provider, boxes };
}

describe('runQuery over a streamed layer', () => {
  it('reads only the box around the sources, grown by D, and finds what a full read would', async () => {
    const parcels = [pt('near', 112.52, 38.0), pt('far', 113.5, 38.9), pt('edge', 112.5, 38.044)];
    const { provider, boxes } = streamedProvider(parcels, [pt('s', 112.5, 38.0)]);
    const result = await runQuery({ op: 'within', target: 'parcels', source: { kind: 'layer', layer: 'stations' }, meters: 5000 }, provider);
    expect(result.matches.map((m) => m.feature.properties?.id).sort()).toEqual(['edge', 'near']);
    expect(boxes).toHaveLength(1);
    const [b] = boxes as [Box];
    // 5 km is 0.045° of latitude; the box must cover it and stay local.
    expect(b[3] - 38.0).toBeGreaterThan(0.0449);
    expect(b[3] - 38.0).toBeLessThan(0.05);
    expect(b[2] - b[0]).toBeLessThan(0.2);
  });
});

/** Ordinary layers, loaded whole. */
const layers = (byId: Record<string, Feature[]>): LayerProvider => ({
  async layer(id: string): Promise<PreparedLayer> {
    return prepareLayer(byId[id] ?? []);
  },
});

describe('runQuery nearest from a layer', () => {
  it('lists a target near two sources once, with the nearer source (bug: "nearest 3" listed a park twice)', async () => {
    const parks = [pt('shared', 112.5, 38.0), pt('other', 112.9, 38.0)];
    const stations = [pt('near', 112.51, 38.0), pt('far', 112.6, 38.0)];
    const result = await runQuery({ op: 'nearest', target: 'parks', source: { kind: 'layer', layer: 'stations' }, k: 1 }, layers({ parks, stations }));
    expect(result.matches.map((m) => [m.feature.properties?.id, m.nearest_source_id])).toEqual([['shared', 'near']]);
    // 0.01° of longitude at 38° N ≈ 876 m, not the 8.8 km to "far".
    expect(result.matches[0]?.distance_m).toBeCloseTo(876.3, 0);
  });

  it('names a target\'s closest source even when only a farther source counted it among its k nearest', async () => {
    const towns = [pt('t1', 112.0, 38.0), pt('t2', 112.1, 38.0)];
    // "west" counts only t1 (k = 1) but is still t2's closest station: 0.11° against 0.2°.
    const stations = [pt('west', 111.99, 38.0), pt('east', 112.3, 38.0)];
    const result = await runQuery({ op: 'nearest', target: 'towns', source: { kind: 'layer', layer: 'stations' }, k: 1 }, layers({ towns, stations }));
    expect(result.matches.map((m) => [m.feature.properties?.id, m.nearest_source_id])).toEqual([['t1', 'west'], ['t2', 'west']]);
    expect(result.matches[1]?.distance_m).toBeCloseTo(0.11 * 87_630, -2);
  });

  it('keeps every source\'s k nearest as candidates, sorted by distance', async () => {
    const targets = [pt('a', 112.0, 38.0), pt('b', 112.025, 38.0), pt('c', 112.5, 38.0), pt('d', 112.53, 38.0)];
    const sources = [pt('s1', 112.01, 38.0), pt('s2', 112.512, 38.0)];
    const result = await runQuery({ op: 'nearest', target: 't', source: { kind: 'layer', layer: 's' }, k: 2 }, layers({ t: targets, s: sources }));
    expect(result.matches.map((m) => [m.feature.properties?.id, m.nearest_source_id])).toEqual([['a', 's1'], ['c', 's2'], ['b', 's1'], ['d', 's2']]);
  });
});
