import type { Feature, FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { highlightSite, SITE_HIGHLIGHT_LAYERS, SITE_HIGHLIGHT_SOURCE } from './siteHighlight.ts';

const site = (id: string): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [112.7, 38.3] }, properties: { id } });
const ids = (fc: FeatureCollection | undefined) => fc?.features.map((f) => f.properties?.id);

/** Just enough of a map: one-shot events, sources that record their data, layers by id. */
function fakeMap(loaded: boolean) {
  const sources = new Map<string, { data: FeatureCollection[]; setData: (d: FeatureCollection) => void }>();
  const layers: Array<{ id: string; type: string }> = [
    { id: 'parks--circle', type: 'circle' },
    { id: 'parks--label', type: 'symbol' },
  ];
  const listeners = new Map<string, () => void>();
  const map = {
    style: { _loaded: loaded },
    getSource: (id: string) => sources.get(id),
    addSource: (id: string, spec: { data: FeatureCollection }) => {
      const data = [spec.data];
      sources.set(id, { data, setData: (d) => data.push(d) });
    },
    getLayersOrder: () => layers.map((l) => l.id),
    getLayer: (id: string) => layers.find((l) => l.id === id),
    addLayer: (l: { id: string; type: string }, before?: string) => {
      const at = layers.findIndex((x) => x.id === before);
      layers.splice(at < 0 ? layers.length : at, 0, l);
    },
    once: (event: string, f: () => void) => listeners.set(event, f),
  };
  const shown = () => sources.get(SITE_HIGHLIGHT_SOURCE)?.data.at(-1);
  const loadStyle = () => {
    map.style._loaded = true;
    listeners.get('style.load')?.();
  };
  const added = () => layers.map((l) => l.id).filter((id) => id.startsWith('site-highlight'));
  return { map: map as unknown as MapLibreMap, layers, added, shown, loadStyle };
}

describe('highlightSite', () => {
  it('adds its source and layers on first use, then replaces and clears the one site', () => {
    const { map, layers, added, shown } = fakeMap(true);
    highlightSite(map, null); // nothing chosen yet: nothing added
    expect(added()).toEqual([]);
    highlightSite(map, site('a'));
    // Above the features, below their labels.
    expect(layers.map((l) => l.id)).toEqual(['parks--circle', ...SITE_HIGHLIGHT_LAYERS.map((l) => l.id), 'parks--label']);
    expect(ids(shown())).toEqual(['a']);
    highlightSite(map, site('b'));
    expect(ids(shown())).toEqual(['b']);
    highlightSite(map, null);
    expect(ids(shown())).toEqual([]);
    expect(added()).toHaveLength(SITE_HIGHLIGHT_LAYERS.length);
  });

  it('waits for the style to load, then shows the latest site asked for', () => {
    const { map, added, shown, loadStyle } = fakeMap(false);
    highlightSite(map, site('a'));
    highlightSite(map, site('b'));
    expect(added()).toEqual([]);
    loadStyle();
    expect(ids(shown())).toEqual(['b']);
  });

  it('adds nothing when the site is cleared before the style has loaded', () => {
    const { map, added, loadStyle } = fakeMap(false);
    highlightSite(map, site('a'));
    highlightSite(map, null);
    loadStyle();
    expect(added()).toEqual([]);
  });
});
