import type { FeatureCollection } from 'geojson';
import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { buildStyle } from '../../../styles/zoneStyle.ts';
import { MERGED_FROM, MERGED_SOURCE } from './mergeSources.ts';
import { QUERY_OVERLAY } from './queryOverlay.ts';
import { styleWithState } from './styleWithState.ts';

const towns: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [112.7, 38.4] }, properties: { id: 't1' } }],
};

const airports: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [112.6, 37.7] }, properties: { id: 'a1' } }],
};

const visibility = (layers: LayerSpecification[], id: string): unknown => (layers.find((l) => l.id === id)?.layout as Record<string, unknown> | undefined)?.visibility;

describe('styleWithState', () => {
  it('puts loaded data into the one data source and leaves the others empty, to be filled on their own', () => {
    const style = styleWithState(buildStyle('light', 'zh'), { towns, airports }, new Set(['towns', 'airports']));
    const data = (style.sources[MERGED_SOURCE] as GeoJSONSourceSpecification).data as FeatureCollection;
    expect(data.features.map((f) => [f.properties?.id, f.properties?.[MERGED_FROM]])).toEqual([['t1', 'towns'], ['a1', 'airports']]);
    expect(style.sources.towns).toBeUndefined();
    const drawn = style.layers.filter((l) => 'source' in l && l.source === MERGED_SOURCE).map((l) => l.id);
    expect(drawn).toEqual(['towns--circle', 'airports--circle', 'towns--label', 'airports--label']);
    expect((style.sources.counties as GeoJSONSourceSpecification).data).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('keeps a hidden layer\'s data in its own source', () => {
    const style = styleWithState(buildStyle('light', 'zh'), { towns, airports }, new Set());
    expect((style.sources.towns as GeoJSONSourceSpecification).data).toBe(towns);
    expect(style.sources[MERGED_SOURCE]).toBeUndefined();
  });

  it('sets every zone layer visible or hidden from the panel, and leaves the background alone', () => {
    const style = styleWithState(buildStyle('light', 'zh'), {}, new Set(['towns']));
    expect(visibility(style.layers, 'towns--circle')).toBe('visible');
    expect(visibility(style.layers, 'towns--label')).toBe('visible');
    expect(visibility(style.layers, 'counties--line')).toBe('none');
    expect(visibility(style.layers, 'background')).toBeUndefined();
  });

  it('appends overlays on top, and does not change the style it was given', () => {
    const base = buildStyle('light', 'zh');
    const before = JSON.stringify(base);
    const style = styleWithState(base, { towns, airports }, new Set(['towns', 'airports']), [QUERY_OVERLAY]);
    expect(style.layers.slice(-QUERY_OVERLAY.layers.length).map((l) => l.id)).toEqual(QUERY_OVERLAY.layers.map((l) => l.id));
    // Overlays first, then the merged data: the order MapLibre asks its worker for tiles in.
    const overlay = Object.keys(QUERY_OVERLAY.sources);
    expect(Object.keys(style.sources).slice(0, overlay.length + 1)).toEqual([...overlay, MERGED_SOURCE]);
    expect(JSON.stringify(base)).toBe(before);
  });
});
