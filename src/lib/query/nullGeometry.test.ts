/**
 * The projects layer lists projects known only to their county with no geometry (`located:
 * false`): a query skips them, as target and as source, and never fails on them.
 */
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readFgb } from '../fgb/readFgb.ts';
import { writeFgb } from '../fgb/writeFgb.ts';
import { prepareLayer } from './preparedLayer.ts';
import { runQuery, type LayerProvider } from './runQuery.ts';

const pt = (id: string, x: number, y: number): Feature => ({ type: 'Feature', properties: { id, located: true }, geometry: { type: 'Point', coordinates: [x, y] } });
const listed = (id: string): Feature => ({ type: 'Feature', properties: { id, located: false }, geometry: null } as unknown as Feature);
const projects = [pt('TX11', 112.69, 38.2), listed('TX02'), pt('TX15', 112.45, 37.95), listed('TX03')];
const dayu: Feature = {
  type: 'Feature', properties: { id: 'dayu-extent' },
  geometry: { type: 'Polygon', coordinates: [[[112.62, 38.13], [112.745, 38.13], [112.745, 38.265], [112.62, 38.265], [112.62, 38.13]]] },
};

// Read back from FlatGeobuf, as the app's query worker reads the published layer.
async function provider(): Promise<LayerProvider> {
  const { collection } = await readFgb(writeFgb(projects, { name: 'projects' }));
  const layers: Record<string, Feature[]> = { projects: collection.features, dayu: [dayu], stations: [pt('stn', 112.7, 38.21)] };
  return { layer: async (id) => prepareLayer(layers[id] ?? []) };
}

const ids = (r: { matches: Array<{ feature: Feature }> }): string[] => r.matches.map((m) => String(m.feature.properties?.id)).sort();

describe('queries over a layer with features that have no geometry', () => {
  it('within: skips them as targets and as sources', async () => {
    const p = await provider();
    expect(ids(await runQuery({ op: 'within', target: 'projects', source: { kind: 'layer', layer: 'stations' }, meters: 5000 }, p))).toEqual(['TX11']);
    const from = await runQuery({ op: 'within', target: 'stations', source: { kind: 'layer', layer: 'projects' }, meters: 5000 }, p);
    expect(ids(from)).toEqual(['stn']);
    expect(from.sources.map((s) => s.properties?.id).sort()).toEqual(['TX11', 'TX15']);
  });

  it('nearest and inside: only drawn projects are found', async () => {
    const p = await provider();
    expect(ids(await runQuery({ op: 'nearest', target: 'projects', source: { kind: 'layer', layer: 'stations' }, k: 5 }, p))).toEqual(['TX11', 'TX15']);
    expect(ids(await runQuery({ op: 'inside', target: 'projects', source: { kind: 'layer', layer: 'dayu' } }, p))).toEqual(['TX11']);
  });

  it('a project without geometry named as the source is refused in words, not a crash', async () => {
    const p = await provider();
    await expect(runQuery({ op: 'within', target: 'stations', source: { kind: 'feature', layer: 'projects', id: 'TX02' }, meters: 5000 }, p)).rejects.toMatchObject({ code: 'noFeature' });
  });
});

describe('exports of features that have no geometry', () => {
  it('CSV with WKT leaves their wkt empty', async () => {
    const { featuresToCsv } = await import('./exportResult.ts');
    const csv = featuresToCsv(projects, ['id'], true).split('\r\n');
    expect(csv[0]).toBe('\uFEFFid,located,wkt');
    expect(csv[1]).toBe('TX11,true,POINT (112.69 38.2)');
    expect(csv[2]).toBe('TX02,false,');
  });
});
