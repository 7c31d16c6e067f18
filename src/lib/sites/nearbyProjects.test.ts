import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { nearbyProjects } from './nearbyProjects.ts';

const INDUSTRIES = ['new_materials', 'high_end_equipment', 'ic_semiconductor', 'green_energy', 'modern_services', 'eco_tourism_wellness', 'modern_agriculture', 'unknown'];
const pt = (id: string, x: number, y: number, industry: string, more: Record<string, unknown> = {}): Feature =>
  ({ type: 'Feature', geometry: { type: 'Point', coordinates: [x, y] }, properties: { id, name_zh: id, name_en: id, industry, ...more } });
const listed = (id: string, industry: string): Feature => ({ type: 'Feature', geometry: null, properties: { id, industry, located: false } } as unknown as Feature);
const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const site = pt('site', 112.69, 38.19, 'x');

describe('nearbyProjects', () => {
  const projects = fc(
    pt('A', 112.70, 38.19, 'high_end_equipment'),
    pt('B', 112.69, 38.20, 'new_materials', { industry_inferred: true }),
    pt('C', 112.69, 38.30, 'new_materials'), // 12 km north
    pt('D', 112.72, 38.19, 'new_materials', { status: 'signed' }),
    pt('E', 112.69, 38.185, 'mystery'),
    listed('F', 'new_materials'),
  );

  it('lists the projects within 10 km by industry, in the catalogue order, nearest first, with geodesic distances', () => {
    const { groups, filtered } = nearbyProjects(site, projects, undefined, INDUSTRIES);
    expect(filtered).toBe(false);
    expect(groups.map((g) => [g.industry, g.projects.map((p) => p.id)])).toEqual([
      ['new_materials', ['B', 'D']],
      ['high_end_equipment', ['A']],
      ['mystery', ['E']],
    ]);
    const d = groups[0]?.projects[1]?.distanceKm ?? 0;
    expect(d).toBeCloseTo(distance(site as Feature<Point>, projects.features[3] as Feature<Point>, { units: 'kilometers' }), 3);
    expect(groups[0]?.projects[0]?.industryInferred).toBe(true);
    // Neither the site nor these projects is schematic: the distance may be given as measured.
    expect(groups[0]?.projects[0]?.accuracyM).toBeNull();
  });

  it('says how precisely a distance to a schematic project may be given', () => {
    const schematic = fc(pt('S', 112.70, 38.19, 'new_materials', { confidence: 'schematic', accuracy_m: 2300 }));
    expect(nearbyProjects(site, schematic, undefined, INDUSTRIES).groups[0]?.projects[0]?.accuracyM).toBe(2300);
    const park = pt('park', 112.69, 38.19, 'x', { confidence: 'schematic', accuracy_m: 8000 });
    expect(nearbyProjects(park, schematic, undefined, INDUSTRIES).groups[0]?.projects[0]?.accuracyM).toBe(8000);
  });

  it('respects the filter on the projects layer', () => {
    const { groups, filtered } = nearbyProjects(site, projects, [{ kind: 'category', field: 'status', values: ['signed'] }], INDUSTRIES);
    expect(filtered).toBe(true);
    expect(groups.flatMap((g) => g.projects.map((p) => p.id))).toEqual(['D']);
  });

  it('measures from an area site’s outline: 0 inside', () => {
    const area: Feature = { type: 'Feature', properties: { id: 'a' }, geometry: { type: 'Polygon', coordinates: [[[112.6, 38.1], [112.8, 38.1], [112.8, 38.3], [112.6, 38.3], [112.6, 38.1]]] } };
    const ids = nearbyProjects(area, projects, undefined, INDUSTRIES).groups.flatMap((g) => g.projects);
    expect(ids.map((p) => p.id).sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(ids.every((p) => p.distanceKm === 0)).toBe(true);
  });

  it('has nothing for no data, and never counts a project without geometry', () => {
    expect(nearbyProjects(site, undefined, undefined, INDUSTRIES).groups).toEqual([]);
    expect(nearbyProjects(site, fc(listed('F', 'new_materials')), undefined, INDUSTRIES).groups).toEqual([]);
  });

  it('around 大盂 in the shipped data: the four projects placed in the new city', () => {
    const data = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../data', file), 'utf8')) as FeatureCollection;
    const dayu = data('dayu.geojson').features.find((f) => f.properties?.id === 'dayu-extent') as Feature;
    const ids = nearbyProjects(dayu, data('projects.geojson'), undefined, INDUSTRIES).groups.flatMap((g) => g.projects.map((p) => p.id));
    expect(ids).toEqual(expect.arrayContaining(['TX11', 'TX12', 'TX14', 'TX17']));
  });
});
