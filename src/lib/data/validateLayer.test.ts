import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { validateLayer } from './validateLayer.ts';

const props = { id: 'x1', name_zh: '某地', name_en: 'Somewhere', kind: 'town', source: 'test', confidence: 'surveyed', accuracy_m: 50 };
const feature = (geometry: Geometry | null, p: Record<string, unknown> = props): Feature => ({ type: 'Feature', geometry: geometry as Geometry, properties: p });
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const square = [[112.6, 38.1], [112.7, 38.1], [112.7, 38.2], [112.6, 38.2], [112.6, 38.1]];

const errorsOf = (input: unknown) => validateLayer(input, 'data/t.geojson').errors;

describe('validateLayer', () => {
  it('accepts valid features of every kind', () => {
    const ok = fc(
      feature({ type: 'Point', coordinates: [112.7, 38.2] }),
      feature({ type: 'LineString', coordinates: [[112.6, 38.1], [112.7, 38.2]] }, { ...props, id: 'x2' }),
      feature({ type: 'Polygon', coordinates: [square] }, { ...props, id: 'x3' }),
      feature({ type: 'MultiPolygon', coordinates: [[square]] }, { ...props, id: 'x4' }),
    );
    expect(errorsOf(ok)).toEqual([]);
  });

  it('accepts a feature listed but not drawn: null geometry, "located": false, no accuracy', () => {
    const listed = fc(feature(null, { ...props, located: false, accuracy_m: null }), feature({ type: 'Point', coordinates: [112.7, 38.2] }, { ...props, id: 'x2', located: true }));
    expect(errorsOf(listed)).toEqual([]);
  });

  it('names file, index, id and reason', () => {
    const bad = fc(feature({ type: 'Point', coordinates: [112.7, 38.2] }), feature({ type: 'LineString', coordinates: [[112.6, 38.1]] }, { ...props, id: 'rail-x' }));
    expect(errorsOf(bad)).toEqual(['data/t.geojson #1 (rail-x): LineString has 1 position']);
  });

  it.each([
    ['not a collection', { type: 'Feature' }, /not a GeoJSON FeatureCollection/],
    ['empty layer', fc(), /has no features/],
    ['not a feature', fc({ type: 'Point' }), /not a GeoJSON Feature/],
    ['no geometry', fc(feature(null)), /has no geometry \(a feature listed but not drawn says "located": false\)/],
    ['"located": false with a geometry', fc(feature({ type: 'Point', coordinates: [112.7, 38.2] }, { ...props, located: false })), /says "located": false but has a geometry/],
    ['an accuracy without a position', fc(feature(null, { ...props, located: false })), /"accuracy_m" must be null for a feature without geometry/],
    ['unclosed ring', fc(feature({ type: 'Polygon', coordinates: [square.slice(0, 4).concat([[112.6, 38.15]])] })), /ring 0 is not closed/],
    ['short ring', fc(feature({ type: 'Polygon', coordinates: [[[112.6, 38.1], [112.7, 38.1], [112.6, 38.1]]] })), /ring 0 has 3 positions/],
    ['bow-tie', fc(feature({ type: 'Polygon', coordinates: [[[112.6, 38.1], [112.7, 38.2], [112.7, 38.1], [112.6, 38.2], [112.6, 38.1]]] })), /intersects itself near \[112\.65000, 38\.15000\]/],
    ['outside the zone', fc(feature({ type: 'Point', coordinates: [120, 38] })), /outside lon 111\.5–116\.5/],
    ['NaN coordinate', fc(feature({ type: 'Point', coordinates: [Number.NaN, 38] })), /not a finite number/],
    ['string coordinate', fc(feature({ type: 'Point', coordinates: ['112', 38] as unknown as number[] })), /not a finite number/],
    ['GeometryCollection', fc(feature({ type: 'GeometryCollection', geometries: [] })), /not supported/],
    ['missing name_en', fc(feature({ type: 'Point', coordinates: [112.7, 38.2] }, { ...props, name_en: '' })), /"name_en" must be a non-empty string/],
    ['missing source', fc(feature({ type: 'Point', coordinates: [112.7, 38.2] }, { ...props, source: undefined })), /"source" must be/],
    ['unknown confidence', fc(feature({ type: 'Point', coordinates: [112.7, 38.2] }, { ...props, confidence: 'estimate' })), /"confidence" must be one of surveyed \/ sourced \/ schematic/],
    ['accuracy as text', fc(feature({ type: 'Point', coordinates: [112.7, 38.2] }, { ...props, accuracy_m: '50' })), /"accuracy_m" must be a number/],
    ['duplicate id', fc(feature({ type: 'Point', coordinates: [112.7, 38.2] }), feature({ type: 'Point', coordinates: [112.7, 38.2] })), /id "x1" already used by #0/],
  ])('rejects %s', (_name, input, message) => {
    expect(errorsOf(input).join('\n')).toMatch(message);
  });
});
