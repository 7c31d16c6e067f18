import { describe, expect, it } from 'vitest';
import { demEncoding, mapboxHeight, plausibleEncodings, terrariumHeight } from './demCheck.ts';

/** One tile's pixels, every one the same colour. */
const tile = (r: number, g: number, b: number, a = 255): number[] => Array.from({ length: 64 }, () => [r, g, b, a]).flat();

/** The pixel a height is written as, in each encoding (worked out from the formulas by hand). */
const terrarium = (h: number): [number, number, number] => {
  const v = h + 32768;
  return [Math.floor(v / 256), Math.floor(v) % 256, Math.floor((v % 1) * 256)];
};
const mapbox = (h: number): [number, number, number] => {
  const v = Math.round((h + 10000) * 10);
  return [Math.floor(v / 65536), Math.floor(v / 256) % 256, v % 256];
};

describe('telling elevation tiles from images', () => {
  it('decodes both encodings', () => {
    expect(terrariumHeight(...terrarium(1234.5))).toBeCloseTo(1234.5, 2);
    expect(mapboxHeight(...mapbox(2500))).toBeCloseTo(2500, 1);
  });

  it('accepts a Terrarium tile of the zone’s heights as Terrarium only', () => {
    expect(plausibleEncodings(tile(...terrarium(800)))).toEqual(['terrarium']);
  });

  it('accepts a Mapbox tile as Mapbox only', () => {
    expect(plausibleEncodings(tile(...mapbox(1500)))).toEqual(['mapbox']);
  });

  it('refuses a plain coloured image under both', () => {
    expect(plausibleEncodings(tile(0, 160, 160))).toEqual([]);
    expect(plausibleEncodings(tile(236, 230, 218))).toEqual([]);
  });

  it('ignores transparent pixels, and says nothing of a tile that is all transparent', () => {
    expect(plausibleEncodings([...tile(0, 160, 160, 0), ...tile(...terrarium(100))])).toEqual(['terrarium']);
    expect(plausibleEncodings(tile(0, 0, 0, 0))).toEqual([]);
  });

  it('trusts the archive’s word when its tiles agree, else the tiles', () => {
    expect(demEncoding('mapbox', ['terrarium'])).toBe('terrarium');
    expect(demEncoding('terrarium', ['terrarium', 'mapbox'])).toBe('terrarium');
    expect(demEncoding(undefined, ['mapbox'])).toBe('mapbox');
    expect(demEncoding(undefined, ['terrarium', 'mapbox'])).toBeUndefined();
    expect(demEncoding('png', [])).toBeUndefined();
  });
});
