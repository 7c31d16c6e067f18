import type { Feature, FeatureCollection } from 'geojson';
import { matchesFilter } from '../filter/filterExpression.ts';
import type { FilterSpec } from '../filter/filterSpec.ts';
import { prepareLayer } from '../query/preparedLayer.ts';
import { distanceAccuracy } from '../query/schematicDistance.ts';
import { withinDistance } from '../query/withinDistance.ts';

/** How far around a site the site card looks for key projects. */
export const NEARBY_KM = 10;

export interface NearbyProject {
  id: string;
  name_zh: string;
  name_en: string;
  /** Geodesic, from the site's geometry (0 inside an area site) to the project's schematic position. */
  distanceKm: number;
  /** How precisely the distance may be given (m): the coarser schematic position's; null when neither is schematic. */
  accuracyM: number | null;
  industryInferred: boolean;
}

export interface NearbyGroup {
  industry: string;
  projects: NearbyProject[];
}

export interface Nearby {
  groups: NearbyGroup[];
  /** The user's filter on the projects layer narrowed the list. */
  filtered: boolean;
}

/**
 * The key projects within `km` of a site, by industry (in the catalogue's order of industries,
 * any other code after them), nearest first within each. Only projects the map can draw have a
 * distance; a filter on the projects layer (`atlas.filters`) leaves out what the map hides.
 */
export function nearbyProjects(site: Feature, projects: FeatureCollection | undefined, filter: FilterSpec | undefined, industries: readonly string[], km = NEARBY_KM): Nearby {
  const filtered = (filter?.length ?? 0) > 0;
  const candidates = (projects?.features ?? []).filter((f) => f.geometry && (!filtered || matchesFilter(f.properties, filter ?? [])));
  if (!site.geometry || candidates.length === 0) return { groups: [], filtered };
  const matches = withinDistance(prepareLayer(candidates), prepareLayer([site]), km * 1000);
  const byIndustry = new Map<string, NearbyProject[]>();
  for (const m of matches) {
    const p = m.feature.properties ?? {};
    const industry = typeof p.industry === 'string' ? p.industry : 'unknown';
    const list = byIndustry.get(industry) ?? [];
    list.push({ id: String(p.id), name_zh: String(p.name_zh ?? p.id), name_en: String(p.name_en ?? p.id), distanceKm: m.distance_m / 1000, accuracyM: distanceAccuracy(site.properties, p), industryInferred: p.industry_inferred === true });
    byIndustry.set(industry, list);
  }
  const rank = (code: string): number => (industries.includes(code) ? industries.indexOf(code) : industries.length);
  const groups = [...byIndustry]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([industry, list]) => ({ industry, projects: list.sort((a, b) => a.distanceKm - b.distanceKm || a.id.localeCompare(b.id)) }));
  return { groups, filtered };
}
