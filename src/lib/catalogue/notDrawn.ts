import type { Feature } from 'geojson';

/** A layer's features listed but not drawn (no geometry), by why: what the layer panel says of them. */
export interface NotDrawn {
  /** Known only to a county or city, or not placed at all by the sources. */
  county: number;
  /** At a site the sources name but the atlas has no position for. */
  site: number;
  /** Without geometry for a reason the data does not code. */
  other: number;
}

const COUNTY = new Set(['county_or_city', 'not_stated']);

export function notDrawn(features: readonly Feature[]): NotDrawn {
  const out: NotDrawn = { county: 0, site: 0, other: 0 };
  for (const f of features) {
    if (f.geometry) continue;
    const placement = f.properties?.placement;
    if (typeof placement === 'string' && COUNTY.has(placement)) out.county += 1;
    else if (placement === 'site_not_in_atlas') out.site += 1;
    else out.other += 1;
  }
  return out;
}
