import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { notDrawn } from './notDrawn.ts';

const f = (geometry: boolean, placement?: string): Feature =>
  ({ type: 'Feature', geometry: geometry ? { type: 'Point', coordinates: [112.7, 38.2] } : null, properties: placement ? { placement } : {} }) as unknown as Feature;

describe('notDrawn', () => {
  it('counts features without geometry by why they are not drawn', () => {
    expect(notDrawn([f(true, 'park'), f(false, 'county_or_city'), f(false, 'not_stated'), f(false, 'site_not_in_atlas'), f(false)])).toEqual({ county: 2, site: 1, other: 1 });
    expect(notDrawn([f(true)])).toEqual({ county: 0, site: 0, other: 0 });
  });

  it('the shipped projects: 15 known only to a county or city (or not at all), 1 at a site the atlas cannot place', () => {
    const fc = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/projects.geojson'), 'utf8')) as FeatureCollection;
    expect(notDrawn(fc.features)).toEqual({ county: 15, site: 1, other: 0 });
  });
});
