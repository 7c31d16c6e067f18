import type { Feature } from 'geojson';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fgbFeatures, readFgb } from './readFgb.ts';
import { writeFgb } from './writeFgb.ts';

// Projects known only to a county are listed, not drawn: their features have no geometry.
const features = [
  { type: 'Feature', geometry: { type: 'Point', coordinates: [112.7, 38.2] }, properties: { id: 'TX11', located: true } },
  { type: 'Feature', geometry: null, properties: { id: 'TX02', located: false } },
  { type: 'Feature', geometry: { type: 'Point', coordinates: [112.45, 37.95] }, properties: { id: 'TX15', located: true } },
  { type: 'Feature', geometry: null, properties: { id: 'TX09', located: false } },
] as unknown as Feature[];

describe('FlatGeobuf with features that have no geometry', () => {
  const bytes = writeFgb(features, { name: 'projects' });
  // flatgeobuf's index search narrates itself at debug level.
  beforeAll(() => void vi.spyOn(console, 'debug').mockImplementation(() => undefined));

  it('round-trips them with a null geometry and every property', async () => {
    const { collection } = await readFgb(bytes);
    const byId = new Map(collection.features.map((f) => [f.id, f]));
    expect(collection.features).toHaveLength(4);
    expect(byId.get('TX02')?.geometry).toBeNull();
    expect(byId.get('TX09')?.properties).toEqual({ id: 'TX09', located: false });
    expect(byId.get('TX11')?.geometry).toEqual({ type: 'Point', coordinates: [112.7, 38.2] });
  });

  it('puts them after the features the index can find, and no box search returns them', async () => {
    const all = await readFgb(bytes);
    expect(all.collection.features.slice(2).map((f) => f.geometry)).toEqual([null, null]);
    const world = await readFgb(bytes, [-180, -90, 180, 90]);
    expect(world.collection.features.map((f) => f.id).sort()).toEqual(['TX11', 'TX15']);
  });

  it('streams them as null too', async () => {
    const ids: Array<[unknown, boolean]> = [];
    for await (const f of fgbFeatures(bytes)) ids.push([f.id, f.geometry === null]);
    expect(ids.filter(([, none]) => none).map(([id]) => id).sort()).toEqual(['TX02', 'TX09']);
  });
});
