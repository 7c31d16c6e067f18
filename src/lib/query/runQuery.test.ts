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
