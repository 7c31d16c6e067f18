import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFgb } from '../../src/lib/fgb/readFgb.ts';
import { buildData } from './buildData.ts';

const repoData = join(import.meta.dirname, '../../data');

describe('buildData', () => {
  let work = '';
  let dataDir = '';
  let outDir = '';
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'build-data-'));
    dataDir = join(work, 'data');
    outDir = join(work, 'public', 'data');
    cpSync(repoData, dataDir, { recursive: true });
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('publishes every catalogue layer as an indexed .fgb with counts that match the GeoJSON', async () => {
    const result = buildData(dataDir, outDir);
    expect(result.errors).toEqual([]);
    const catalogue = JSON.parse(readFileSync(join(outDir, 'catalogue.json'), 'utf8')) as { layers: Array<{ id: string; file: string; url: string; featureCount: number }> };
    for (const layer of catalogue.layers.filter((l) => !l.url.startsWith('large/'))) {
      const geojson = JSON.parse(readFileSync(join(dataDir, layer.file), 'utf8')) as { features: unknown[] };
      const { collection, header } = await readFgb(new Uint8Array(readFileSync(join(outDir, `${layer.id}.fgb`))));
      expect(collection.features.length).toBe(geojson.features.length);
      expect(layer.featureCount).toBe(geojson.features.length);
      expect(header?.indexNodeSize).toBe(16);
      expect(JSON.parse(header?.metadata ?? '{}')).toHaveProperty('licence.zh');
    }
  });

  it('publishes features listed but not drawn (projects known only to a county): counted apart, read back without geometry', async () => {
    const result = buildData(dataDir, outDir);
    expect(result.errors).toEqual([]);
    const projects = result.layers.find((l) => l.id === 'projects');
    const geojson = JSON.parse(readFileSync(join(dataDir, 'projects.geojson'), 'utf8')) as { features: Array<{ geometry: unknown }> };
    const drawn = geojson.features.filter((f) => f.geometry !== null).length;
    expect(projects).toMatchObject({ featureCount: geojson.features.length, notDrawnCount: geojson.features.length - drawn, confidenceCounts: { surveyed: 0, sourced: 0, schematic: drawn } });
    expect(projects?.bbox.every(Number.isFinite)).toBe(true);
    expect(result.layers.find((l) => l.id === 'parks')).not.toHaveProperty('notDrawnCount');
    const { collection } = await readFgb(new Uint8Array(readFileSync(join(outDir, 'projects.fgb'))));
    expect(collection.features.filter((f) => f.geometry === null).map((f) => f.properties?.located)).toEqual(new Array(geojson.features.length - drawn).fill(false));
  });

  it('refuses a feature property its layer has no field for, so no popup shows a raw key', () => {
    const file = join(dataDir, 'roads.geojson');
    const fc = JSON.parse(readFileSync(file, 'utf8')) as { features: Array<{ properties: Record<string, unknown> }> };
    (fc.features[0] as { properties: Record<string, unknown> }).properties.lanes = 6;
    (fc.features[0] as { properties: Record<string, unknown> }).properties.note_zh = '双向六车道';
    writeFileSync(file, JSON.stringify(fc));
    expect(buildData(dataDir, outDir).errors).toEqual(['data/roads.geojson: properties without a field in catalogue.json "roads".fields: lanes, note_zh']);
  });

  it('stops on a broken layer, names it, and leaves the previous output untouched', () => {
    expect(buildData(dataDir, outDir).ok).toBe(true);
    const files = () =>
      readdirSync(outDir, { recursive: true, encoding: 'utf8' })
        .filter((f) => statSync(join(outDir, f)).isFile())
        .sort()
        .map((f) => [f, readFileSync(join(outDir, f)).length]);
    const before = files();
    const rail = join(dataDir, 'railways.geojson');
    const fc = JSON.parse(readFileSync(rail, 'utf8')) as { features: Array<{ geometry: { coordinates: unknown[] } }> };
    (fc.features[1] as { geometry: { coordinates: unknown[] } }).geometry.coordinates = [[112.7, 38.2]];
    writeFileSync(rail, JSON.stringify(fc));
    const result = buildData(dataDir, outDir);
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual(['data/railways.geojson #1 (rail-jidayuan): LineString has 1 position']);
    expect(files()).toEqual(before);
    expect(readdirSync(join(work, 'public')).filter((f) => f.includes('staging'))).toEqual([]);
  });

  it('reports invalid JSON and a missing file by name, writing nothing', () => {
    writeFileSync(join(dataDir, 'roads.geojson'), '{"type": "FeatureCollection", "features": [');
    rmSync(join(dataDir, 'parks.geojson'));
    const result = buildData(dataDir, outDir);
    expect(result.errors).toEqual([expect.stringMatching(/^data\/parks\.geojson: file not found$/), expect.stringMatching(/^data\/roads\.geojson: invalid JSON/)].sort());
    expect(existsSync(outDir)).toBe(false);
  });

  it('validates briefings, naming file, scene and field, and publishes the valid ones', () => {
    expect(buildData(dataDir, outDir).ok).toBe(true);
    expect(JSON.parse(readFileSync(join(outDir, 'briefings', 'index.json'), 'utf8'))).toEqual([expect.objectContaining({ id: 'zone-overview' })]);
    const file = join(dataDir, 'briefings', 'zone-overview.json');
    const b = JSON.parse(readFileSync(file, 'utf8')) as { scenes: Array<{ camera: { zoom: unknown } }> };
    (b.scenes[2] as { camera: { zoom: unknown } }).camera.zoom = 'close';
    writeFileSync(file, JSON.stringify(b));
    expect(buildData(dataDir, outDir).errors).toEqual(['data/briefings/zone-overview.json scene 3 (xindong): camera.zoom must be a number 0–22']);
  });

  it('reports catalogue problems with the catalogue named', () => {
    writeFileSync(join(dataDir, 'catalogue.json'), JSON.stringify({ groups: [], layers: [{ id: 'x' }] }));
    const result = buildData(dataDir, outDir);
    expect(result.ok).toBe(false);
    expect(result.errors.every((e) => e.startsWith('data/catalogue.json: layer x:'))).toBe(true);
  });

  it('publishes the rail network as checked, and refuses a broken one by name', () => {
    expect(buildData(dataDir, outDir).ok).toBe(true);
    const published = JSON.parse(readFileSync(join(outDir, 'rail_network.json'), 'utf8')) as { edges: unknown[] };
    const source = JSON.parse(readFileSync(join(dataDir, 'rail_network.json'), 'utf8')) as { edges: Array<Record<string, unknown>> };
    expect(published.edges).toEqual(source.edges);
    (source.edges[0] as Record<string, unknown>).minutes = -1;
    writeFileSync(join(dataDir, 'rail_network.json'), JSON.stringify(source));
    expect(buildData(dataDir, outDir).errors).toEqual(['data/rail_network.json: rail network edge #0: bad minutes']);
  });
});
