import { VectorTile, type VectorTileFeature } from '@mapbox/vector-tile';
import type { Feature } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { FeatureTiles, TILE_LAYER } from '../tiles/featureTiles.ts';
import { countMatching, layerClassBreaks, LayerFilterMask } from './layerFilter.ts';

function decode(bytes: Uint8Array): VectorTileFeature[] {
  const layer = new VectorTile(new PbfReader(bytes)).layers[TILE_LAYER];
  return layer ? Array.from({ length: layer.length }, (_, i) => layer.feature(i)) : [];
}

/** 400 points packed into a few metres: at z8 they share a pixel and thinning keeps one of each cell. */
const dense: Feature[] = Array.from({ length: 400 }, (_, i) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [112.6 + (i % 20) * 1e-5, 38.2 + Math.floor(i / 20) * 1e-5] },
  properties: { industry: i === 399 ? '新材料' : '其他', value: i % 7 === 0 ? null : i },
}));

const z8 = [8, 208, 98] as const;

describe('an imported layer’s filter in its worker', () => {
  const tiles = new FeatureTiles({ cellPx: () => 4 });
  tiles.add(dense);

  it('cuts tiles from the features that pass, so thinning cannot hide the one that matters', () => {
    const unfiltered = decode(tiles.tile(...z8));
    expect(unfiltered.length).toBeGreaterThan(0);
    expect(unfiltered.some((f) => f.properties.industry === '新材料')).toBe(false);
    const mask = new LayerFilterMask(tiles, [{ kind: 'category', field: 'industry', values: ['新材料'] }]);
    const filtered = decode(tiles.tile(...z8, mask.keeps));
    expect(filtered.map((f) => f.properties.industry)).toEqual(['新材料']);
  });

  it('counts, and keeps up with features added after the filter was set', () => {
    const grown = new FeatureTiles();
    grown.add(dense.slice(0, 100));
    const mask = new LayerFilterMask(grown, [{ kind: 'range', field: 'value', min: 50 }]);
    const pass = (fs: Feature[]) => fs.filter((f) => typeof f.properties?.value === 'number' && (f.properties.value as number) >= 50).length;
    expect(mask.count()).toBe(pass(dense.slice(0, 100)));
    grown.add(dense.slice(100));
    expect(mask.count()).toBe(pass(dense));
    expect(countMatching(grown, [])).toEqual({ matched: 400, total: 400 });
  });

  it('works out class breaks over a column without sending it anywhere', () => {
    const b = layerClassBreaks(tiles, 'value', 4, 'quantile');
    expect(b.skipped).toBe(dense.filter((f) => f.properties?.value === null).length);
    expect(b.counts.reduce((a, c) => a + c, 0)).toBe(400 - b.skipped);
  });
});
