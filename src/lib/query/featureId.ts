import type { Feature } from 'geojson';

/**
 * The id a result reports for a feature: its `id` property, the feature id, or its index.
 * A module of its own so the page can match results to sources without loading the index code.
 */
export function featureId(f: Feature, i: number): string {
  const id = f.properties?.id ?? f.id;
  return id === undefined || id === null ? `#${i}` : String(id);
}
