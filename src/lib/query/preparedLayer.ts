import Flatbush from 'flatbush';
import type { Feature } from 'geojson';
import { partsOf, type Parts } from './geometryParts.ts';

/**
 * A layer ready for repeated queries: each feature taken apart once and a packed R-tree
 * (flatbush) over their boxes. Build it when a layer loads, not per query.
 */
export interface PreparedLayer {
  features: Feature[];
  parts: Parts[];
  index: Flatbush | null;
  /** Single-point features, for the point-to-point fast path. */
  isPoint: Uint8Array;
}

export function prepareLayer(features: Feature[]): PreparedLayer {
  const usable = features.filter((f) => f.geometry);
  const parts = usable.map((f) => partsOf(f.geometry));
  const isPoint = new Uint8Array(usable.length);
  let index: Flatbush | null = null;
  if (usable.length) {
    index = new Flatbush(usable.length);
    parts.forEach((p, i) => {
      index?.add(p.box[0], p.box[1], p.box[2], p.box[3]);
      isPoint[i] = usable[i]?.geometry.type === 'Point' ? 1 : 0;
    });
    index.finish();
  }
  return { features: usable, parts, index, isPoint };
}

/** The id a result reports for a feature: its `id` property, the feature id, or its index. */
export function featureId(f: Feature, i: number): string {
  const id = f.properties?.id ?? f.id;
  return id === undefined || id === null ? `#${i}` : String(id);
}
