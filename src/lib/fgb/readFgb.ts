import type { Feature, FeatureCollection } from 'geojson';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { Box } from './bbox.ts';

export interface FgbLayer {
  collection: FeatureCollection;
  header: HeaderMeta | null;
}

/**
 * FlatGeobuf stores no nulls and no string feature ids: give every column back (null where
 * absent), lift the `id` property to the feature id, and a null geometry back as null, so a
 * round trip is exact. (A `Feature` here may have `geometry: null`: catalogue layers list
 * projects known only to a county, which every reader of features must tolerate.)
 */
function restore(f: Feature, header: HeaderMeta | null): Feature {
  const properties: Record<string, unknown> = {};
  for (const c of header?.columns ?? []) properties[c.name] = f.properties?.[c.name] ?? null;
  Object.assign(properties, f.properties);
  const id = properties.id;
  // writeFgb stores a null geometry as an empty collection (FlatGeobuf has no null geometry).
  const g = f.geometry;
  const geometry = g?.type === 'GeometryCollection' && g.geometries.length === 0 ? null : g;
  const out = { type: 'Feature', geometry, properties } as Feature;
  if (typeof id === 'string' || typeof id === 'number') out.id = id;
  return out;
}

/**
 * Feature after feature from a FlatGeobuf buffer or stream, restored (nulls and ids) as readFgb
 * gives them; from a stream, the first features come before the file is read to its end.
 */
export async function* fgbFeatures(bytes: Uint8Array | ReadableStream, onHeader?: (h: HeaderMeta) => void): AsyncGenerator<Feature> {
  let header: HeaderMeta | null = null;
  for await (const f of deserialize(bytes, { headerMetaFn: (h: HeaderMeta) => ((header = h), onHeader?.(h)) })) yield restore(f as Feature, header);
}

/**
 * Reads a whole FlatGeobuf buffer (or, given a box, only the features the index finds for it)
 * into a FeatureCollection. Used by the app's loaders, the tests and the Node scripts alike.
 */
export async function readFgb(bytes: Uint8Array, box?: Box): Promise<FgbLayer> {
  let header: HeaderMeta | null = null;
  const features: Feature[] = [];
  const rect = box ? { minX: box[0], minY: box[1], maxX: box[2], maxY: box[3] } : undefined;
  for await (const f of deserialize(bytes, { rect, headerMetaFn: (h: HeaderMeta) => (header = h) })) {
    features.push(restore(f as Feature, header));
  }
  return { collection: { type: 'FeatureCollection', features }, header };
}

/** Features whose index box meets `box`, read over HTTP range requests from a served .fgb. */
export async function readFgbBboxOverHttp(url: string, box: Box): Promise<Feature[]> {
  const rect = { minX: box[0], minY: box[1], maxX: box[2], maxY: box[3] };
  const features: Feature[] = [];
  let header: HeaderMeta | null = null;
  for await (const f of deserialize(url, { rect, headerMetaFn: (h: HeaderMeta) => (header = h) })) {
    features.push(restore(f as Feature, header));
  }
  return features;
}
