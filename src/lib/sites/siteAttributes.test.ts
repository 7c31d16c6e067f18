import { distance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { criterionValues, siteAttributes, siteContext } from './siteAttributes.ts';

const f = (id: string, geometry: Geometry, props: Record<string, unknown> = {}): Feature => ({ type: 'Feature', geometry, properties: { id, name_zh: id, name_en: id, confidence: 'surveyed', ...props } });
const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const pt = (x: number, y: number): Geometry => ({ type: 'Point', coordinates: [x, y] });
const box = (x0: number, y0: number, x1: number, y1: number): Geometry => ({ type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] });

const layers = {
  stations: fc(f('hsr-a', pt(112.7, 38.4), { hsr: true, confidence: 'sourced' }), f('conv-a', pt(112.75, 38.42), { hsr: false })),
  airports: fc(f('air', pt(112.97, 38.6))),
  water_supply: fc(f('route', { type: 'LineString', coordinates: [[112.6, 38.3], [112.9, 38.3]] }, { confidence: 'schematic' })),
  towns: fc(f('city-taiyuan', pt(112.54, 37.88)), f('city-xinzhou', pt(112.73, 38.42))),
  counties: fc(f('county-x', box(112.5, 38.3, 113.0, 38.6), { name_zh: '忻府区' })),
  dayu: fc(),
  xindong: fc(f('xindong-startup', box(112.75, 38.35, 112.85, 38.46))),
  parks: fc(f('park-1', pt(112.8, 38.4)), f('park-2', pt(112.81, 38.41)), f('park-far', pt(113.5, 38.9))),
};

describe('siteAttributes', () => {
  const ctx = siteContext(layers);

  it('measures a point site against each layer with the engine, naming what it measured to', () => {
    const a = siteAttributes(f('park-1', pt(112.8, 38.4), { confidence: 'schematic', industries: '新材料', industries_en: 'New materials' }), ctx);
    expect(a.figures.hsr.ref?.id).toBe('hsr-a');
    expect(a.figures.hsr.value).toBeCloseTo(distance([112.8, 38.4], [112.7, 38.4]), 6);
    // A figure is only as good as the weaker of its two ends.
    expect(a.figures.hsr.confidence).toBe('schematic');
    // The route runs along 38.3 °N: 0.1° of latitude south, plus the arc's slight northward bow.
    expect(a.figures.water.value).toBeGreaterThan(11.0);
    expect(a.figures.water.value).toBeLessThan(11.12);
    expect(a.county?.name_zh).toBe('忻府区');
    expect(a.within.map((w) => w.id)).toEqual(['xindong-startup']);
    expect(a.figures.parks10.value).toBe(1);
    expect(a.figures.area).toMatchObject({ value: null, reason: { zh: '点位选址，无面积' } });
    expect(a.industries).toEqual({ zh: '新材料', en: 'New materials' });
  });

  it('quotes a point site’s published area as published, and measures none', () => {
    const a = siteAttributes(f('park-edz', pt(112.8, 38.4), { area_km2_official: 128.11 }), ctx);
    expect(a.figures.area).toMatchObject({ value: null, reason: { zh: '点位选址，无轮廓；官方面积 128.11 平方公里', en: 'a point site, no outline; official area 128.11 km²' } });
  });

  it('gives an outline its area in km²', () => {
    const a = siteAttributes(f('s', box(112.6, 38.35, 112.61, 38.36)), ctx);
    expect(a.figures.area.value).toBeGreaterThan(0.96);
    expect(a.figures.area.value).toBeLessThan(0.98);
  });

  it('shows no value, with the reason, when nothing lies within 150 km', () => {
    const far = siteAttributes(f('far', pt(116.4, 39.5)), ctx);
    expect(far.figures.airport).toEqual({ value: null, ref: null, confidence: null, reason: { zh: '150 公里内没有机场', en: 'no airport within 150 km' } });
    expect(criterionValues(far).airport).toBeNull();
    const empty = siteAttributes(f('x', pt(112.8, 38.4)), siteContext({ ...layers, airports: fc() }));
    expect(empty.figures.airport.reason?.en).toBe('no airport data');
  });
});
