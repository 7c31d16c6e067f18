import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The repository's own curated layers (data/*.geojson), which the test fixtures draw their real
 * geometry from. They are committed, so a fresh clone (CI's `.ci/run`) builds the same fixtures as
 * a workstation; nothing outside the checkout is read.
 */
const DATA_DIR = join(import.meta.dirname, '../../data');

type Props = Record<string, unknown>;

/** data/<name>.geojson, e.g. readRepoData<Point>('towns'). */
export function readRepoData<G extends Geometry = Geometry>(name: string): FeatureCollection<G, Props> {
  return JSON.parse(readFileSync(join(DATA_DIR, `${name}.geojson`), 'utf8')) as FeatureCollection<G, Props>;
}

/** A string property; throws rather than label a feature "undefined" if the layer's schema moves. */
export function text(properties: Props | null, key: string): string {
  const value = properties?.[key];
  if (typeof value !== 'string') throw new Error(`data property ${key} is ${JSON.stringify(value)}, not a string`);
  return value;
}

/**
 * A name without its parenthesised note: the towns layer annotates names for the popup
 * ("黄寨镇（阳曲县城）", "Huangzhai (Yangqu county seat)"), which a map label should not carry.
 */
export function withoutNote(name: string): string {
  return name.replace(/\s*[（(][^）)]*[）)]/g, '').trim();
}

/** Every ring of a polygon layer's feature: the layers mix Polygon and MultiPolygon. */
export function rings(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}
