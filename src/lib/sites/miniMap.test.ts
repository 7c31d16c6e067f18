import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { MARK_FONT, MARK_LINE, miniMap, textWidth, type MiniText } from './miniMap.ts';

const words = { scale: (km: number) => `${km} 公里`, north: '北↑' };
const point = (lon: number, lat: number): Feature => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [lon, lat] } });

// The box a placed name covers, by the module's own width estimate (which errs wide).
function box(t: MiniText): [number, number, number, number] {
  const w = Math.max(...t.lines.map((l) => textWidth(l, MARK_FONT)));
  const x0 = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
  return [x0, t.y - MARK_FONT, x0 + w, t.y + (t.lines.length - 1) * MARK_LINE + 3];
}
const overlaps = (a: number[], b: number[]) => (a[0] as number) < (b[2] as number) && (b[0] as number) < (a[2] as number) && (a[1] as number) < (b[3] as number) && (b[1] as number) < (a[3] as number);

describe('miniMap', () => {
  // The reviewer's case: 忻州经济开发区 with a station at the edge and the airport in the far corner.
  const site = point(112.73, 38.4);
  const marks = [
    { at: [112.7018, 38.4254], label: '忻州西站' },
    { at: [112.74, 38.48], label: '播明站' },
    { at: [113.02, 38.74], label: '忻州五台山机场' },
    { at: [112.7018, 38.4254], label: '忻州西站' },
  ];
  const m = miniMap(site, marks, words);

  it('draws one dot and one name for a station that is nearest of two kinds', () => {
    expect(m.marks.map((x) => x.label)).toEqual(['忻州西站', '播明站', '忻州五台山机场']);
  });

  it('keeps every name inside the picture, clear of the other names and of the dots', () => {
    const texts = m.marks.flatMap((x) => (x.text ? [box(x.text)] : []));
    expect(texts.length).toBeGreaterThan(0);
    for (const b of texts) {
      expect(b[0]).toBeGreaterThanOrEqual(0);
      expect(b[2]).toBeLessThanOrEqual(m.width);
      expect(b[1]).toBeGreaterThanOrEqual(0);
      expect(b[3]).toBeLessThanOrEqual(m.height);
    }
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) expect(overlaps(texts[i] as number[], texts[j] as number[])).toBe(false);
    for (const b of texts) for (const d of m.marks) expect(overlaps(b, [d.x - 3.5, d.y - 3.5, d.x + 3.5, d.y + 3.5])).toBe(false);
  });

  it('keeps the scale bar and the north marker off the dots', () => {
    const bandTop = Math.min(m.scaleAt[1], m.northAt[1]) - 12;
    for (const d of m.marks) expect(d.y).toBeLessThan(bandTop);
  });
});
