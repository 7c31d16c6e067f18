/**
 * The key projects layer (issue 16): no source published a project's coordinates, so a project
 * is drawn only beside the park, town or new city the sources name, and otherwise listed only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { centroid, distance } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { RING_M } from '../../scripts/derive/projectsTypes.ts';
import { parseCatalogue } from '../../src/lib/catalogue/parseCatalogue.ts';

const dataDir = join(import.meta.dirname, '../../data');
const read = (file: string) => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as FeatureCollection;
const projects = read('projects.geojson').features;
const drawn = projects.filter((f) => f.geometry) as Feature<Point>[];
const fields = parseCatalogue(JSON.parse(readFileSync(join(dataDir, 'catalogue.json'), 'utf8'))).layers.find((l) => l.id === 'projects')?.fields ?? {};
const m = (a: Feature<Point>, b: Feature<Point>) => distance(a, b, { units: 'meters' });

describe('the projects layer', () => {
  it('lists the 30 researched projects: 14 drawn beside their sites, 16 listed only', () => {
    expect(projects.map((f) => f.properties?.id)).toEqual(Array.from({ length: 30 }, (_, i) => `TX${String(i + 1).padStart(2, '0')}`));
    expect(drawn).toHaveLength(14);
    for (const f of projects) {
      const p = f.properties ?? {};
      expect(p.located, String(p.id)).toBe(f.geometry !== null);
      expect(p.confidence).toBe('schematic');
      expect(typeof p.placed_at_zh === 'string' && typeof p.placed_at_en === 'string').toBe(true);
      if (!f.geometry) expect(p.accuracy_m).toBeNull();
    }
  });

  it('draws each project exactly RING_M from the schematic point of a park, town or new city, and never invents a spot', () => {
    const sites = [...read('parks.geojson').features, ...read('towns.geojson').features.filter((t) => String(t.properties?.id).startsWith('town-')), centroid(read('dayu.geojson').features[0] as Feature)] as Feature<Point>[];
    for (const f of drawn) {
      const off = Math.min(...sites.map((s) => Math.abs(m(f, s) - RING_M)));
      expect(off, String(f.properties?.id)).toBeLessThan(2);
    }
  });

  it('spreads projects sharing a site so each can be clicked', () => {
    for (const a of drawn) for (const b of drawn) if (a !== b) expect(m(a, b), `${String(a.properties?.id)}–${String(b.properties?.id)}`).toBeGreaterThan(1000);
  });

  it('uses only codes the catalogue words, and ISO dates', () => {
    const coded = ['industry', 'status', 'date_basis', 'investment_basis', 'placement'];
    for (const f of projects) {
      for (const k of coded) {
        const v = f.properties?.[k];
        if (v !== null) expect(fields[k]?.values?.[String(v)], `${String(f.properties?.id)} ${k}=${String(v)}`).toBeDefined();
      }
      expect(String(f.properties?.date)).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
    expect(Object.keys(fields.industry?.values ?? {})).toEqual(['new_materials', 'high_end_equipment', 'ic_semiconductor', 'green_energy', 'modern_services', 'eco_tourism_wellness', 'modern_agriculture', 'unknown']);
  });
});
