import type { Feature, FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { sceneMarks } from './sceneMarks.ts';
import type { Scene } from './schema.ts';

const pt = (id: string, lon: number, lat: number, name: string): Feature<Point> => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { id, name_zh: name, name_en: `${id} (en)` } });
const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const scene = (extra: Partial<Scene> = {}): Scene => ({ id: 's', title: { zh: '题', en: 'T' }, camera: { center: [112.8, 38.4], zoom: 8, bearing: 0, pitch: 0 }, layers: ['parks', 'stations'], highlight: [], caption: { zh: '说明', en: 'C' }, notes: { zh: '', en: '' }, ...extra });

describe('sceneMarks', () => {
  const parks = fc(pt('p1', 112.7, 38.4, '甲园'), pt('p2', 113.2, 38.9, '乙园'));
  const stations = fc(pt('s1', 112.71, 38.4, '甲站'), pt('s2', 112.0, 37.8, '乙站'));
  const collections = { parks, stations };

  it('names the highlighted features in the UI language and runs no query when the scene has none', async () => {
    let asked = 0;
    const m = await sceneMarks(scene({ highlight: ['p2'] }), collections, new Set(['parks', 'stations']), 'en', async () => {
      asked++;
      return { matches: [], sources: [] };
    });
    expect(m.highlight.features.map((f) => f.properties?.label)).toEqual(['p2 (en)']);
    expect(m.highlightIds).toEqual(['p2']);
    expect([m.matches.features.length, m.rings.features.length, asked]).toEqual([0, 0, 0]);
  });

  it('draws the query answer with names, and rings only round the sources that matched', async () => {
    const m = await sceneMarks(scene({ query: 'within~parks~layer.stations~5000' }), collections, new Set(['parks', 'stations']), 'zh', async () => ({
      matches: [{ index: 0, feature: parks.features[0] as Feature, distance_m: 855, nearest_source_id: 's1' }],
      sources: stations.features,
    }));
    expect(m.matches.features.map((f) => f.properties?.name)).toEqual(['甲园']);
    expect(m.matchIds).toEqual(['p1']);
    expect(m.rings.features).toHaveLength(1);
  });
});
