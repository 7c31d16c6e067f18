import { addProtocol, AJAXError, type GetResourceResponse, type RequestTransformFunction } from 'maplibre-gl';

const PROTOCOL = 'atlasglyphs';

interface Fetched {
  status: number;
  statusText: string;
  data: ArrayBuffer;
}

/** Glyph files fetched ahead, by absolute URL, until MapLibre takes them (once each). */
const ahead = new Map<string, Promise<Fetched>>();
let registered = false;

const absolute = (url: string): string => new URL(url, document.baseURI).href;

async function load(url: string): Promise<Fetched> {
  const r = await fetch(url);
  return { status: r.status, statusText: r.statusText, data: await r.arrayBuffer() };
}

/**
 * Starts fetching glyph files the map is about to ask for (see openingGlyphUrls). MapLibre asks
 * for glyphs only once its worker has cut a tile and found its labels, and both its request and
 * the answer wait for the main thread, which on software WebGL is busy drawing frames: fetched
 * ahead, the files are in memory when the worker asks. A file fetched ahead that the map never
 * asks for stays in memory (a few kB) until it does.
 */
export function prefetchGlyphs(urls: readonly string[]): void {
  if (!registered) {
    registered = true;
    addProtocol(PROTOCOL, (params) => glyphsFromMemory(params.url.slice(PROTOCOL.length + 3)));
  }
  for (const url of urls) {
    const abs = absolute(url);
    if (!ahead.has(abs)) ahead.set(abs, load(abs));
  }
}

/** What the protocol answers for one glyph file: the one fetched ahead, else a fresh fetch. */
export async function glyphsFromMemory(url: string): Promise<GetResourceResponse<ArrayBuffer>> {
  const got = ahead.get(url);
  ahead.delete(url);
  const r = await (got ?? load(url));
  // What MapLibre's own fetch throws, so a range that is not shipped falls back the same way.
  if (r.status < 200 || r.status > 299) throw new AJAXError(r.status, r.statusText, url, new Blob([r.data]));
  return { data: r.data };
}

/** A map's `transformRequest`: glyph files fetched ahead are taken from memory. */
export const glyphsFetchedAhead: RequestTransformFunction = (url, type) => {
  if (String(type) !== 'Glyphs') return undefined;
  const abs = absolute(url);
  return ahead.has(abs) ? { url: `${PROTOCOL}://${abs}` } : undefined;
};
