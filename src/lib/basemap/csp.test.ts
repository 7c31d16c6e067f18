import { describe, expect, it } from 'vitest';
import { cleanOrigins, pagePolicy, policyAllows } from './csp.ts';
import { FAILURES_BEFORE_FALLBACK, tileFailure } from './tileErrors.ts';

describe('the page policy', () => {
  it('is own-origin only with no basemap', () => {
    const p = pagePolicy([]);
    expect(p).toContain("connect-src 'self' data: blob:;");
    expect(p).toContain("img-src 'self' data: blob:;");
    expect(p).toContain("script-src 'self';");
    expect(policyAllows(p, 'https://t0.tianditu.gov.cn', 'http://127.0.0.1:4173')).toBe(false);
    expect(policyAllows(p, 'http://127.0.0.1:4173', 'http://127.0.0.1:4173')).toBe(true);
  });

  it('adds basemap origins to img-src and connect-src only', () => {
    const p = pagePolicy(['https://t0.tianditu.gov.cn', 'http://127.0.0.1:9001']);
    const directive = (name: string) => p.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';
    expect(directive('connect-src')).toContain('https://t0.tianditu.gov.cn');
    expect(directive('img-src')).toContain('http://127.0.0.1:9001');
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(policyAllows(p, 'http://127.0.0.1:9001', 'http://127.0.0.1:4173')).toBe(true);
  });

  it('lets only plain origins in (no wildcards, paths, extra directives)', () => {
    expect(cleanOrigins(['https://a.example.com', 'https://*.example.com', "https://x.com; script-src 'unsafe-inline'", 'https://x.com/path', 'data:', 42])).toEqual([
      'https://a.example.com',
    ]);
    expect(cleanOrigins('nope')).toEqual([]);
    expect(pagePolicy(["https://x.com; script-src *"])).not.toContain('script-src *');
  });
});

describe('tile failures', () => {
  it('tells a 404, another status, a network or CORS failure and a bad image apart', () => {
    expect(tileFailure({ status: 404, message: 'Not Found' })).toEqual({ code: 'notFound', status: 404 });
    expect(tileFailure({ status: 500 })).toEqual({ code: 'http', status: 500 });
    expect(tileFailure(new TypeError('Failed to fetch'))).toEqual({ code: 'network' });
    expect(tileFailure(new Error('Could not load image because of The source image could not be decoded.'))).toEqual({ code: 'image' });
    expect(FAILURES_BEFORE_FALLBACK).toBeGreaterThan(1);
  });
});
