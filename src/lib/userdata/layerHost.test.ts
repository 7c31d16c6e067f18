import 'fake-indexeddb/auto';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { describeError } from '../i18n/describe.ts';
import { readFgb } from '../fgb/readFgb.ts';
import type { FileStore } from '../storage/fileStore.ts';
import { keyValueStore } from '../storage/keyValueStore.ts';
import { StorageFullError } from '../storage/storageErrors.ts';
import { LayerHost } from './layerHost.ts';
import { HOSTILE_INPUTS } from '../../../test/fixtures/hostileInputs.ts';
import type { UserLayerMeta } from './userLayerMeta.ts';

/** An in-memory FileStore: the worker's storage without a browser. `full` makes puts fail. */
function memoryFiles(): FileStore & { full: boolean; data: Map<string, Blob> } {
  const data = new Map<string, Blob>();
  const store = {
    kind: 'opfs' as const,
    full: false,
    data,
    async put(key: string, d: Blob | Uint8Array) {
      if (store.full) throw new StorageFullError('quota');
      data.set(key, d instanceof Blob ? d : new Blob([d.slice()]));
    },
    get: async (key: string) => data.get(key),
    delete: async (key: string) => void data.delete(key),
    keys: async () => [...data.keys()],
  };
  return store;
}

const csv = (n: number) => new Blob([['id,name,lon,lat,value', ...Array.from({ length: n }, (_, i) => `p${i + 1},点 ${i + 1},${(112 + (i % 1000) * 0.001).toFixed(6)},${(38 + Math.floor(i / 1000) * 0.001).toFixed(6)},${i}`)].join('\n')]);
const lonToX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const latToY = (lat: number, z: number) => Math.floor(((1 - Math.log(Math.tan((lat * Math.PI) / 180) + 1 / Math.cos((lat * Math.PI) / 180)) / Math.PI) / 2) * 2 ** z);

let dbCount = 0;
function setup() {
  const files = memoryFiles();
  const metas = keyValueStore<UserLayerMeta>(`test-layers-${dbCount++}`, 'layers');
  return { files, metas, host: () => new LayerHost(async () => files, metas) };
}

describe('LayerHost', () => {
  it('imports in batches, stores an indexed FlatGeobuf plus metadata, and a new host restores it without parsing', async () => {
    const { files, metas, host } = setup();
    const h = host();
    const progress: number[] = [];
    const { meta, storageProblem } = await h.import({ id: 'u_a', file: csv(120_000), fileName: 'pts.csv', color: '#f00' }, (p) => progress.push(p.features), new AbortController().signal);
    expect(storageProblem).toBeNull();
    expect(meta).toMatchObject({ id: 'u_a', name: 'pts', count: 120_000, stored: 'opfs', geometryTypes: ['Point'] });
    expect(meta.fields.find((f) => f.name === 'value')).toMatchObject({ type: 'number', min: 0, max: 119_999 });
    expect(progress.some((n) => n > 0 && n < 120_000)).toBe(true); // features became drawable before the end
    const stored = await readFgb(new Uint8Array(await ((await files.get('u_a.fgb')) as Blob).arrayBuffer()));
    expect(stored.collection.features).toHaveLength(120_000);
    expect(stored.header?.indexNodeSize).toBeGreaterThan(0);

    const again = host();
    const listed = await again.list();
    expect(listed.map((m) => m.id)).toEqual(['u_a']);
    await again.open(listed[0] as UserLayerMeta, () => undefined);
    const tile = again.tile('u_a', 10, lonToX(112.0005, 10), latToY(38.0005, 10));
    const layer = new VectorTile(new PbfReader(tile)).layers.features;
    expect(layer?.length).toBeGreaterThan(0);
    expect(again.feature('u_a', 0)?.properties).toMatchObject({ id: expect.stringMatching(/^p\d+$/) });
    expect((await metas.get('u_a'))?.count).toBe(120_000);
  }, 30_000);

  it('a cancelled import leaves nothing: no tiles, no file, no metadata', async () => {
    const { files, metas, host } = setup();
    const h = host();
    const controller = new AbortController();
    const job = h.import({ id: 'u_c', file: csv(300_000), fileName: 'c.csv', color: '#f00' }, (p) => p.features > 0 && controller.abort(new DOMException('cancelled', 'AbortError')), controller.signal);
    await expect(job).rejects.toMatchObject({ name: 'AbortError' });
    expect(h.tile('u_c', 0, 0, 0).length).toBe(0);
    expect([...files.data.keys()]).toEqual([]);
    expect(await metas.keys()).toEqual([]);
  }, 30_000);

  it('storage full: the layer lives for the session (tiles, queries), is not listed after a reload, and earlier layers stay', async () => {
    const { files, host } = setup();
    const h = host();
    await h.import({ id: 'u_1', file: csv(10), fileName: 'one.csv', color: '#f00' }, () => undefined, new AbortController().signal);
    files.full = true;
    const { meta, storageProblem } = await h.import({ id: 'u_2', file: csv(5000), fileName: 'two.csv', color: '#0f0' }, () => undefined, new AbortController().signal);
    expect(storageProblem).toBe('full');
    expect(meta.stored).toBe(false);
    expect((await readFgb(await h.fgb('u_2'))).collection.features).toHaveLength(5000);
    files.full = false;
    expect((await host().list()).map((m) => m.id)).toEqual(['u_1']);
    expect([...files.data.keys()]).toEqual(['u_1.fgb']);
  });

  it('exports GeoJSON and CSV of every feature; remove keeps the layer until undo or the next removal', async () => {
    const { files, host } = setup();
    const h = host();
    const { meta } = await h.import({ id: 'u_e', file: csv(3), fileName: 'e.csv', color: '#f00' }, () => undefined, new AbortController().signal);
    const gj = JSON.parse(await (await h.exportLayer(meta, 'geojson')).text()) as { features: Array<{ properties: Record<string, unknown> }> };
    // The user's own columns come back, without what the importer derived.
    expect(gj.features.map((f) => f.properties)).toEqual([1, 2, 3].map((i) => ({ id: `p${i}`, name: `点 ${i}`, value: i - 1 })));
    const bytes = new Uint8Array(await (await h.exportLayer(meta, 'csv')).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for Chinese
    expect(new TextDecoder().decode(bytes).split('\r\n').slice(0, 2)).toEqual(['id,name,value,lon,lat', 'p1,点 1,0,112,38']);
    await h.remove('u_e', meta);
    expect(await host().list()).toEqual([]);
    expect(await h.restore('u_e')).toMatchObject({ id: 'u_e' });
    expect((await host().list()).map((m) => m.id)).toEqual(['u_e']);
    const { meta: other } = await h.import({ id: 'u_f', file: csv(3), fileName: 'f.csv', color: '#f00' }, () => undefined, new AbortController().signal);
    await h.remove('u_e', meta);
    await h.remove('u_f', other); // the first removal is now final: its file goes
    expect([...files.data.keys()]).toEqual(['u_f.fgb']);
  });

  // The app's path for the same hostile files: a Blob read in slices by the worker.
  it.each(HOSTILE_INPUTS)('hostile input through the worker: %s — a clear message and no trace', async (_what, name, bytes, message, zh) => {
    const { files, metas, host } = setup();
    const h = host();
    const err = await h.import({ id: 'u_h', file: new Blob([bytes().slice()]), fileName: name, color: '#f00' }, () => undefined, new AbortController().signal).catch((e: unknown) => e);
    expect((err as Error).name).toBe('ImportError');
    expect((err as Error).message).toMatch(message);
    expect(describeError(err, 'zh')).toMatch(zh);
    expect(h.tile('u_h', 0, 0, 0).length).toBe(0);
    expect([...files.data.keys()]).toEqual([]);
    expect(await metas.keys()).toEqual([]);
  }, 60_000);

  it('a layer saved by the previous version (features inline) moves to a file and opens like any other', async () => {
    const { files, metas, host } = setup();
    const features = [1, 2].map((i) => ({ type: 'Feature' as const, id: `s${i}`, geometry: { type: 'Point' as const, coordinates: [112 + i / 100, 38] }, properties: { id: `s${i}`, name: `旧点 ${i}`, name_zh: `旧点 ${i}`, name_en: `旧点 ${i}`, source: '用户导入 / imported: old.csv', confidence: 'sourced' } }));
    const report = { format: 'csv', count: 2, geometryTypes: ['Point'], bbox: [112.01, 38, 112.02, 38], attributes: ['name'], crs: { used: 'WGS84', needsConfirmation: false, reason: '' }, repaired: [], skipped: [], notes: [] };
    await (metas as unknown as { put(k: string, v: unknown): Promise<void> }).put('u_old', { id: 'u_old', name: 'old', color: '#123456', visible: true, features, report });
    const h = host();
    const [meta] = await h.list();
    expect(meta).toMatchObject({ id: 'u_old', name: 'old', color: '#123456', count: 2, stored: 'opfs' });
    expect([...files.data.keys()]).toEqual(['u_old.fgb']);
    expect((await metas.get('u_old')) as unknown).not.toHaveProperty('features');
    await h.open(meta as UserLayerMeta, () => undefined);
    expect(h.feature('u_old', 0)?.properties).toMatchObject({ id: 's1', name: '旧点 1' });
  });
});
