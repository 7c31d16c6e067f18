import { AJAXError, type ResourceType } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { glyphsFetchedAhead, glyphsFromMemory, prefetchGlyphs } from './glyphPrefetch.ts';

const GLYPHS = 'Glyphs' as ResourceType;
const TILE = 'Tile' as ResourceType;
const BASE = 'http://atlas.test/app/';
const fetched: string[] = [];

beforeEach(() => {
  fetched.length = 0;
  vi.stubGlobal('document', { baseURI: BASE });
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const found = !url.includes('99999');
    return new Response(found ? new Uint8Array([1, 2, 3]) : 'not found', { status: found ? 200 : 404, statusText: found ? 'OK' : 'Not Found' });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('glyph files fetched ahead', () => {
  it('fetches each file once, ahead, and hands it to the map from memory once', async () => {
    prefetchGlyphs(['./fonts/Noto Sans SC Regular/19968-20223.pbf', './fonts/Noto Sans SC Regular/19968-20223.pbf']);
    const abs = `${BASE}fonts/Noto%20Sans%20SC%20Regular/19968-20223.pbf`;
    expect(fetched).toEqual([abs]);
    // MapLibre fills the glyphs URL template without escaping: the same file either way.
    expect(glyphsFetchedAhead('./fonts/Noto Sans SC Regular/19968-20223.pbf', GLYPHS)).toEqual({ url: `atlasglyphs://${abs}` });
    expect(glyphsFetchedAhead('./fonts/Noto Sans SC Regular/0-255.pbf', GLYPHS)).toBeUndefined();
    expect(glyphsFetchedAhead('./fonts/Noto Sans SC Regular/19968-20223.pbf', TILE)).toBeUndefined();
    expect(new Uint8Array((await glyphsFromMemory(abs)).data)).toEqual(new Uint8Array([1, 2, 3]));
    expect(fetched).toHaveLength(1);
    // Taken: the map asks the server again, as it would have without the prefetch.
    expect(glyphsFetchedAhead('./fonts/Noto Sans SC Regular/19968-20223.pbf', GLYPHS)).toBeUndefined();
  });

  it('fails a missing file as MapLibre itself would, so the labels fall back the same way', async () => {
    prefetchGlyphs(['./fonts/Noto Sans SC Regular/99999-100254.pbf']);
    const err = await glyphsFromMemory(`${BASE}fonts/Noto%20Sans%20SC%20Regular/99999-100254.pbf`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AJAXError);
    expect((err as AJAXError).status).toBe(404);
  });
});
