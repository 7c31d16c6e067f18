import { describe, expect, it } from 'vitest';
import { english } from '../i18n/codedError.ts';
import { formatHash, parseHash, type ViewState } from './hashState.ts';

const known = new Set(['dayu', 'xindong', 'stations']);

describe('parseHash', () => {
  it('reads a complete hash', () => {
    const { state, problems } = parseHash('#map=9.5/38.2/112.7/30/45&layers=dayu,stations&lang=en&style=contrast', known);
    expect(problems).toEqual([]);
    expect(state).toEqual({ zoom: 9.5, center: [112.7, 38.2], bearing: 30, pitch: 45, layers: ['dayu', 'stations'], lang: 'en', theme: 'contrast' });
  });

  it('treats an empty hash as "use the defaults" without a notice', () => {
    expect(parseHash('', known)).toEqual({ state: {}, problems: [] });
    expect(parseHash('#', known)).toEqual({ state: {}, problems: [] });
  });

  it('allows an empty layer list (everything hidden)', () => {
    expect(parseHash('#layers=', known).state.layers).toEqual([]);
  });

  it.each([
    ['#map=abc', /map view "abc"/],
    ['#map=9/95/112', /map view/],
    ['#map=9/38/200', /map view/],
    ['#map=30/38/112', /map view/],
    ['#map=9/38', /map view/],
    ['#map=9/38/112/0/90', /map view/],
    ['#map=9/38/112;alert(1)', /map view/],
    ['#lang=fr', /language "fr"/],
    ['#style=neon', /style "neon"/],
    ['#layers=dayu,<img src=x onerror=alert(1)>', /unknown layer/],
  ])('reports %s and keeps the defaults for that part', (hash, message) => {
    const { state, problems } = parseHash(hash, known);
    expect(problems.map(english).join(' ')).toMatch(message);
    expect(state.zoom).toBeUndefined();
    expect(state.lang).toBeUndefined();
    if (state.layers) expect(state.layers.every((l) => known.has(l))).toBe(true);
  });

  it('keeps the catalogue defaults when a layer list names nothing known', () => {
    const { state, problems } = parseHash('#layers=nope,nada', known);
    expect(state.layers).toBeUndefined();
    expect(problems.map(english)).toEqual(['unknown layer(s): nope, nada']);
  });

  it('keeps the valid parts of a partly broken hash', () => {
    const { state, problems } = parseHash('#map=nonsense&lang=en', known);
    expect(state).toEqual({ lang: 'en' });
    expect(problems).toHaveLength(1);
  });

  it('survives percent-garbage', () => {
    expect(() => parseHash('#%E0%A4%A&map=%%%', known)).not.toThrow();
  });
});

describe('formatHash', () => {
  it('round-trips through parseHash', () => {
    const s: ViewState = { zoom: 8.25, center: [112.71234, 38.1], bearing: 0, pitch: 0, layers: ['stations', 'dayu'], lang: 'zh', theme: 'light' };
    const hash = formatHash(s);
    expect(hash).toBe('#map=8.25/38.1/112.71234&layers=dayu,stations&lang=zh&style=light');
    expect(parseHash(hash, known).state).toEqual({ ...s, layers: ['dayu', 'stations'] });
  });
});
