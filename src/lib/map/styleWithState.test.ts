import type { FeatureCollection } from 'geojson';
import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { buildStyle } from '../../../styles/zoneStyle.ts';
import { QUERY_OVERLAY } from './queryOverlay.ts';
import { styleWithState } from './styleWithState.ts';

const towns: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [112.7, 38.4] }, properties: { id: 't1' } }],
};

const visibility = (layers: LayerSpecification[], id: string): unknown => (layers.find((l) => l.id === id)?.layout as Record<string, unknown> | undefined)?.visibility;

describe('styleWithState', () => {
  it('puts loaded data into its sources and leaves the others empty', () => {
    const style = styleWithState(buildStyle('light', 'zh'), { towns }, new Set(['towns']));
    expect((style.sources.towns as GeoJSONSourceSpecification).data).toBe(towns);
    expect((style.sources.counties as GeoJSONSourceSpecification).data).toEqual({ type: 'FeatureCollection', features: [] });
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
    const style = styleWithState(base, { towns }, new Set(), [QUERY_OVERLAY]);
    expect(style.layers.slice(-QUERY_OVERLAY.layers.length).map((l) => l.id)).toEqual(QUERY_OVERLAY.layers.map((l) => l.id));
    expect(Object.keys(style.sources)).toEqual(expect.arrayContaining(['user-sites', 'query-rings', 'query-matches']));
    expect(JSON.stringify(base)).toBe(before);
  });
});
