import fc from 'fast-check';
import type { LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { decodeShape, encodeShape } from './shapeCode.ts';

const r5 = (v: number) => Math.round(v * 1e5) / 1e5;

describe('drawn shapes in the link', () => {
  it('round-trips areas and lines at 1e-5° (≈ 1 m), in URL-safe characters', () => {
    const point = fc.tuple(fc.double({ min: 110, max: 116, noNaN: true }), fc.double({ min: 36, max: 40, noNaN: true }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 40 }), fc.boolean(), (pts, area) => {
        const g: Polygon | LineString = area ? { type: 'Polygon', coordinates: [[...pts, pts[0] as [number, number]]] } : { type: 'LineString', coordinates: pts };
        const text = encodeShape(g);
        expect(text).toMatch(/^[pl]\.[0-9a-z_-]+$/);
        const back = decodeShape(text);
        const want = area ? [...pts, pts[0]] : pts;
        const got = back?.type === 'Polygon' ? back.coordinates[0] : back?.coordinates;
        expect(back?.type).toBe(g.type);
        expect(got?.map(([x, y]) => [r5(x as number), r5(y as number)])).toEqual(want.map((p) => [r5((p as number[])[0] as number), r5((p as number[])[1] as number)]));
      }),
      { numRuns: 300 },
    );
  });

  it('is short: a 6-vertex area in well under 100 characters', () => {
    const g: Polygon = { type: 'Polygon', coordinates: [[[112.62, 38.2], [112.72, 38.2], [112.74, 38.25], [112.72, 38.28], [112.62, 38.28], [112.6, 38.24], [112.62, 38.2]]] };
    expect(encodeShape(g).length).toBeLessThan(100);
  });

  it.each(['', 'p.', 'x.1_2', 'p.1_2', 'l.1', 'p.zzzzzzzzzz_1_2_3_4_5', 'p.1_2_3_4_<b>', 'l.' + Array(2000).fill('1').join('_')])('refuses junk %#', (text) => {
    expect(decodeShape(text)).toBeNull();
  });
});
