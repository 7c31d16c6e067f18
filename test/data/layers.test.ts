/**
 * Tests of the shipped data itself: what planners will measure on must hold up.
 * Expected figures come from the sources (EIA length, station order), not from the data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, distance, length, lineString, nearestPointOnLine, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../src/lib/catalogue/parseCatalogue.ts';
import { CONFIDENCE } from '../../src/lib/catalogue/types.ts';
import { validateLayer } from '../../src/lib/data/validateLayer.ts';

const dataDir = join(import.meta.dirname, '../../data');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
const catalogue = parseCatalogue(readJson('catalogue.json'));
const layer = (id: string): FeatureCollection => {
  const entry = catalogue.layers.find((l) => l.id === id);
  if (!entry) throw new Error(`no layer ${id}`);
  return readJson<FeatureCollection>(entry.file);
};

describe('every catalogue layer', () => {
  it.each(catalogue.layers.filter((l) => !l.streamed).map((l) => [l.id, l.file]))('%s: names, provenance, zone bbox and valid geometry', (_id, file) => {
    expect(validateLayer(readJson(file), `data/${file}`).errors).toEqual([]);
  });

  it('has stable ids unique across the whole dataset', () => {
    const ids = catalogue.layers.filter((l) => !l.streamed).flatMap((l) => layer(l.id).features.map((f) => String(f.properties?.id)));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('stations', () => {
  const stations = layer('stations').features as Feature<Point>[];
  const osm = readJson<FeatureCollection<Point>>('sources/osm_rail_stations.wgs84.geojson').features.filter((o) => o.properties?.station === 'train');

  it('each station with an OpenStreetMap station node within 1 km lies within 300 m of it', () => {
    const far: string[] = [];
    for (const s of stations) {
      // A node that is another station of the layer is that station's node, not this one's.
      const others = stations.filter((x) => x !== s);
      const candidates = osm.filter((o) => !others.some((x) => distance(x, o, { units: 'meters' }) < 1));
      const nearest = Math.min(...candidates.map((o) => distance(s, o, { units: 'meters' })));
      if (nearest <= 1000 && nearest > 300) far.push(`${String(s.properties?.name_zh)}: ${Math.round(nearest)} m`);
    }
    expect(far).toEqual([]);
  });

  it('tells high-speed from conventional stations', () => {
    for (const s of stations) expect(typeof s.properties?.hsr).toBe('boolean');
    const hsr = stations.filter((s) => s.properties?.hsr).map((s) => String(s.properties?.name_zh));
    expect(hsr).toEqual(expect.arrayContaining(['太原南站', '阳曲西站', '忻州西站', '原平西站', '雁门关站', '定襄北站']));
    expect(stations.find((s) => s.properties?.name_zh === '忻州站')?.properties?.hsr).toBe(false);
  });
});

describe('雄忻高铁', () => {
  const sections = layer('xiongxin').features as Feature<LineString>[];
  const coords = sections
    .sort((a, b) => (a.properties?.section === 'hebei' ? -1 : 1) - (b.properties?.section === 'hebei' ? -1 : 1))
    .flatMap((s, i) => (i === 0 ? s.geometry.coordinates : s.geometry.coordinates.slice(1)));
  const line = lineString(coords);

  it('is within 5 % of the EIA length of 342.661 km', () => {
    const km = length(line, { units: 'kilometers' });
    expect(Math.abs(km - 342.661) / 342.661).toBeLessThan(0.05);
  });

  it('has a Shanxi section and a Hebei section', () => {
    expect(sections.map((s) => s.properties?.section).sort()).toEqual(['hebei', 'shanxi']);
  });

  it('passes its 13 stations in EIA order, 雄安 first and 忻州西 last', () => {
    const eia = ['雄安站', '雄安城际站', '小里站', '保定东站', '保定南站', '望都北站', '唐县站', '曲阳站', '阜平站', '五台山站', '五台县站', '定襄北站', '忻州西站'];
    const stations = (layer('stations').features as Feature<Point>[]).filter((s) => s.properties?.seq != null || s.properties?.name_zh === '忻州西站');
    const bySeq = eia.map((name) => {
      const s = stations.find((x) => String(x.properties?.name_zh).replace(/（.*）/, '') === name);
      expect(s, name).toBeDefined();
      return s as Feature<Point>;
    });
    const along = bySeq.map((s) => {
      const snapped = nearestPointOnLine(line, s, { units: 'meters' });
      expect(snapped.properties.dist, String(s.properties?.name_zh)).toBeLessThan(1);
      return snapped.properties.location;
    });
    expect(along).toEqual([...along].sort((a, b) => a - b));
  });
});

describe('built-up areas', () => {
  const areas = layer('builtup').features as Feature<Polygon | MultiPolygon>[];
  const towns = layer('towns').features as Feature<Point>[];
  const counties = layer('counties').features as Feature<Polygon | MultiPolygon>[];

  it('covers the city centres of 太原 and 忻州 with the polygons named after them', () => {
    for (const [id, name] of [['city-taiyuan', '太原'], ['city-xinzhou', '忻州']]) {
      const centre = towns.find((t) => t.properties?.id === id) as Feature<Point>;
      const hit = areas.find((a) => booleanPointInPolygon(centre, a));
      expect(String(hit?.properties?.name_zh), id).toContain(name);
    }
  });

  // Names come from position only (the source has no attributes): a county's name must be where the polygon is.
  it('names a county only for a polygon lying in that county', () => {
    const wrong = areas
      .map((a) => [a, /^(?:建成区（)?(.+?(?:县|区|市))(?:建成区|境内）)$/.exec(String(a.properties?.name_zh))?.[1]] as const)
      .filter((x): x is readonly [Feature<Polygon | MultiPolygon>, string] => x[1] !== undefined)
      .filter(([a, county]) => !counties.some((c) => c.properties?.name_zh === county && booleanPointInPolygon(pointOnFeature(a), c)))
      .map(([a]) => String(a.properties?.id));
    expect(wrong).toEqual([]);
  });
});

describe('data/README.md', () => {
  const readme = readFileSync(join(dataDir, 'README.md'), 'utf8');
  it.each(catalogue.layers.filter((l) => !l.streamed).map((l) => [l.id]))('lists %s with its licence and its confidence mix', (id) => {
    const row = readme.split('\n').find((r) => r.startsWith(`| \`${id}\` |`));
    expect(row, `no row for ${id}`).toBeDefined();
    const features = layer(id).features;
    const counts = CONFIDENCE.map((c) => features.filter((f) => f.properties?.confidence === c).length);
    expect(row).toContain(`| ${features.length} | ${counts.join(' / ')} |`);
  });
});
