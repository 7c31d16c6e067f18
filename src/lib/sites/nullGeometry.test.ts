import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { siteAttributes, siteContext } from './siteAttributes.ts';

const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const pt = (id: string, x: number, y: number, props: Record<string, unknown> = {}): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [x, y] }, properties: { id, name_zh: id, name_en: id, confidence: 'sourced', ...props } });
const none = (id: string): Feature => ({ type: 'Feature', geometry: null, properties: { id, located: false } } as unknown as Feature);

describe('site scoring with features that have no geometry in its layers', () => {
  it('measures from the drawn features and skips the others', () => {
    const ctx = siteContext({
      parks: fc(pt('park-a', 112.7, 38.2), none('park-listed')),
      water_supply: fc(none('water-listed')),
      dayu: fc(none('dayu-listed')),
      stations: fc(pt('stn', 112.71, 38.2, { hsr: true }), none('stn-listed')),
    });
    const a = siteAttributes(pt('site', 112.7, 38.21, { kind: 'user_site' }), ctx);
    expect(a.figures.parks10.value).toBe(1);
    expect(a.figures.hsr.ref?.id).toBe('stn');
    expect(a.figures.water.value).toBeNull();
  });
});
