import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { siteAttributes, siteContext } from './siteAttributes.ts';

const f = (id: string, geometry: Geometry, props: Record<string, unknown> = {}): Feature => ({ type: 'Feature', geometry, properties: { id, name_zh: id, name_en: id, confidence: 'surveyed', ...props } });
const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const pt = (x: number, y: number): Geometry => ({ type: 'Point', coordinates: [x, y] });

const layers = {
  stations: fc(f('hsr-near', pt(112.81, 38.4), { hsr: true, status: 'planned' }), f('hsr-far', pt(112.5, 38.4), { hsr: true, status: 'existing' })),
  parks: fc(f('park-a', pt(112.8, 38.41), { kind: 'a' }), f('park-b', pt(112.79, 38.4), { kind: 'b' })),
};

describe('site figures under attribute filters', () => {
  const site = f('site', pt(112.8, 38.4));

  it('measure to the features the filters show only', () => {
    const all = siteAttributes(site, siteContext(layers));
    expect(all.figures.hsr.ref?.id).toBe('hsr-near');
    expect(all.figures.parks10.value).toBe(2);
    const filtered = siteAttributes(site, siteContext(layers, { stations: [{ kind: 'category', field: 'status', values: ['existing'] }], parks: [{ kind: 'category', field: 'kind', values: ['b'] }] }));
    expect(filtered.figures.hsr.ref?.id).toBe('hsr-far');
    expect(filtered.figures.parks10.value).toBe(1);
  });

  it('have no value where a filter hides every feature, and say so', () => {
    const none = siteAttributes(site, siteContext(layers, { stations: [{ kind: 'range', field: 'seq', min: 1 }] }));
    expect(none.figures.hsr).toMatchObject({ value: null, reason: { en: 'no HSR station data' } });
  });
});
