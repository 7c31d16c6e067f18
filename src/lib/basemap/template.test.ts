import { describe, expect, it } from 'vitest';
import { tileAt } from './probeTile.ts';
import { normaliseTemplate, parseSubdomains, templateProblem, tileUrl, tileUrls, urlOrigins } from './template.ts';

describe('templateProblem', () => {
  it('accepts XYZ and WMTS RESTful templates', () => {
    expect(templateProblem('https://tiles.example.com/{z}/{x}/{y}.png', [])).toBeNull();
    expect(templateProblem('http://127.0.0.1:8080/t/{z}/{x}/{y}.png', [])).toBeNull();
    expect(templateProblem('https://wmts.example.com/layer/default/GoogleMapsCompatible/{TileMatrix}/{TileRow}/{TileCol}.png', [])).toBeNull();
    expect(templateProblem('https://{s}.tile.example.com/{z}/{x}/{y}.png', ['a', 'b', 'c'])).toBeNull();
  });

  it('names what is wrong', () => {
    expect(templateProblem('  ', [])).toBe('empty');
    expect(templateProblem('tiles/{z}/{x}/{y}.png', [])).toBe('notUrl');
    expect(templateProblem('ftp://example.com/{z}/{x}/{y}.png', [])).toBe('scheme');
    expect(templateProblem('javascript:alert(1)//{z}/{x}/{y}', [])).toBe('scheme');
    expect(templateProblem('https://example.com/{z}/{x}.png', [])).toBe('placeholders');
    expect(templateProblem('https://example.com/{z}/{x}/{y}/{style}.png', [])).toBe('unknownPlaceholder');
    expect(templateProblem('https://{s}.example.com/{z}/{x}/{y}.png', [])).toBe('subdomains');
    expect(templateProblem('https://example.com/{z}/{x}/{y}.png?tk={tk}', [])).toBe('key');
    expect(templateProblem('https://example.com/{z}/{x}/{y}.png?tk={tk}', [], true)).toBeNull();
  });
});

describe('expansion', () => {
  it('rewrites WMTS placeholders to z/x/y in any case', () => {
    expect(normaliseTemplate('https://h/{TileMatrix}/{TileRow}/{TileCol}')).toBe('https://h/{z}/{y}/{x}');
    expect(normaliseTemplate('https://h/?m={tilematrix}&r={TILEROW}&c={TileCol}')).toBe('https://h/?m={z}&r={y}&c={x}');
  });

  it('spreads {s} over subdomains and fills the key, escaped', () => {
    expect(tileUrls('https://{s}.h/{z}/{x}/{y}.png', ['a', 'b'])).toEqual(['https://a.h/{z}/{x}/{y}.png', 'https://b.h/{z}/{x}/{y}.png']);
    expect(tileUrls('https://h/{z}/{x}/{y}?tk={tk}', [], 'a b&c')).toEqual(['https://h/{z}/{x}/{y}?tk=a%20b%26c']);
    expect(tileUrl('https://h/{z}/{x}/{y}.png', 7, 104, 49)).toBe('https://h/7/104/49.png');
  });

  it('reads subdomain lists and ranges', () => {
    expect(parseSubdomains('a,b,c')).toEqual(['a', 'b', 'c']);
    expect(parseSubdomains('0-3')).toEqual(['0', '1', '2', '3']);
    expect(parseSubdomains('1 2，3')).toEqual(['1', '2', '3']);
  });

  it('finds the origins a template reaches', () => {
    expect(urlOrigins(tileUrls('https://{s}.h.cn:8443/{z}/{x}/{y}.png', ['a', 'b']))).toEqual(['https://a.h.cn:8443', 'https://b.h.cn:8443']);
  });
});

describe('tileAt', () => {
  it('finds the tile under a point', () => {
    expect(tileAt(0, 0, 1)).toEqual({ z: 1, x: 1, y: 1 });
    // 太原 at z8, as any slippy-map calculator gives it.
    expect(tileAt(112.55, 37.87, 8)).toEqual({ z: 8, x: 208, y: 98 });
  });
});
