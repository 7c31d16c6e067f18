import type { FeatureCollection } from 'geojson';
import { parseFacts, type Fact } from '../catalogue/facts.ts';
import type { PublishedCatalogue, PublishedLayer } from '../catalogue/types.ts';
import { readFgb } from '../fgb/readFgb.ts';

export class LoadError extends Error {
  constructor(
    readonly what: string,
    message: string,
  ) {
    super(`${what}: ${message}`);
    this.name = 'LoadError';
  }
}

async function fetchOk(url: string, what: string, signal?: AbortSignal): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, signal ? { signal } : {});
  } catch (e) {
    throw new LoadError(what, `network error (${(e as Error).message})`);
  }
  if (!res.ok) throw new LoadError(what, `HTTP ${res.status}`);
  return res;
}

/** The catalogue the data pipeline published (public/data/catalogue.json). */
export async function loadCatalogue(base: string, signal?: AbortSignal): Promise<PublishedCatalogue> {
  const res = await fetchOk(new URL('data/catalogue.json', base).href, 'data/catalogue.json', signal);
  const json = (await res.json()) as PublishedCatalogue;
  if (!Array.isArray(json.layers) || !Array.isArray(json.groups)) throw new LoadError('data/catalogue.json', 'not a catalogue');
  return json;
}

/** One whole layer: these are small; large layers will stream by bbox instead. */
export async function loadLayer(base: string, layer: PublishedLayer, signal?: AbortSignal): Promise<FeatureCollection> {
  const res = await fetchOk(new URL(layer.url, base).href, layer.url, signal);
  const bytes = new Uint8Array(await res.arrayBuffer());
  try {
    return (await readFgb(bytes)).collection;
  } catch (e) {
    throw new LoadError(layer.url, `not a readable FlatGeobuf file (${(e as Error).message})`);
  }
}

/** The "projects & facts" table (public/data/facts.json), checked again on arrival. */
export async function loadFacts(base: string, signal?: AbortSignal): Promise<Fact[]> {
  const res = await fetchOk(new URL('data/facts.json', base).href, 'data/facts.json', signal);
  const { facts, problems } = parseFacts(await res.json());
  if (problems.length) throw new LoadError('data/facts.json', problems.join('; '));
  return facts;
}
