import type { Feature, FeatureCollection } from 'geojson';
import { CONFIDENCE, ZONE_BBOX } from '../catalogue/types.ts';
import { geometryProblem } from './geometryProblems.ts';

/** A property every catalogue feature must carry, and what makes its value acceptable. */
const REQUIRED: Array<[string, (v: unknown) => boolean, string]> = [
  ['id', (v) => typeof v === 'string' && v.length > 0, 'a non-empty string'],
  ['name_zh', (v) => typeof v === 'string' && v.trim().length > 0, 'a non-empty string'],
  ['name_en', (v) => typeof v === 'string' && v.trim().length > 0, 'a non-empty string'],
  ['kind', (v) => typeof v === 'string' && v.length > 0, 'a non-empty string'],
  ['source', (v) => typeof v === 'string' && v.trim().length > 0, 'a non-empty string'],
  ['confidence', (v) => (CONFIDENCE as readonly unknown[]).includes(v), `one of ${CONFIDENCE.join(' / ')}`],
];

const metres = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;

export interface LayerValidation {
  features: Feature[];
  errors: string[];
}

/**
 * Validates one curated layer. Errors name the file, the feature (index and id) and the
 * reason — `data/rail.geojson #12 (rail-x): LineString has 1 position` — so a data editor
 * can go straight to the line.
 */
export function validateLayer(input: unknown, file: string): LayerValidation {
  const errors: string[] = [];
  const fc = input as Partial<FeatureCollection> | null;
  if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    return { features: [], errors: [`${file}: not a GeoJSON FeatureCollection`] };
  }
  if (fc.features.length === 0) errors.push(`${file}: has no features`);
  const ids = new Map<string, number>();
  const bbox = ZONE_BBOX;
  fc.features.forEach((f, i) => {
    const props = (f && typeof f === 'object' ? f.properties : null) ?? {};
    const label = `${file} #${i}${typeof props.id === 'string' ? ` (${props.id})` : ''}`;
    if (!f || f.type !== 'Feature') {
      errors.push(`${label}: not a GeoJSON Feature`);
      return;
    }
    for (const [key, ok, expected] of REQUIRED) {
      if (!ok(props[key])) errors.push(`${label}: "${key}" must be ${expected}`);
    }
    if (typeof props.id === 'string') {
      const first = ids.get(props.id);
      if (first !== undefined) errors.push(`${label}: id "${props.id}" already used by #${first}`);
      else ids.set(props.id, i);
    }
    // A feature listed but not drawn (a project known only to its county) says so, and has no
    // position to be accurate about; any other missing geometry is a mistake.
    const unlocated = props.located === false;
    if (unlocated && f.geometry !== null) errors.push(`${label}: says "located": false but has a geometry`);
    else if (unlocated && props.accuracy_m !== null) errors.push(`${label}: "accuracy_m" must be null for a feature without geometry`);
    else if (!unlocated && !metres(props.accuracy_m)) errors.push(`${label}: "accuracy_m" must be a number of metres ≥ 0`);
    const problem = unlocated ? null : geometryProblem(f.geometry, bbox);
    if (problem) errors.push(`${label}: ${problem}${f.geometry ? '' : ' (a feature listed but not drawn says "located": false)'}`);
  });
  return { features: fc.features, errors };
}
