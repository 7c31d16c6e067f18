import type { Feature, Point } from 'geojson';
import type { SourceCrs } from '../import/crs.ts';
import { CodedError } from '../i18n/codedError.ts';
import { blobSource } from '../import/stream/byteSource.ts';
import type { FileStore } from '../storage/fileStore.ts';
import type { KeyValueStore } from '../storage/keyValueStore.ts';
import { StorageFullError } from '../storage/storageErrors.ts';
import { FeatureTiles } from '../tiles/featureTiles.ts';
import { csvChunks, geojsonChunks } from './exportChunks.ts';
import { FieldStats } from './fieldStats.ts';
import type { ClassBreaks, ClassMethod } from '../filter/classBreaks.ts';
import type { FilterSpec } from '../filter/filterSpec.ts';
import { countMatching, layerClassBreaks, LayerFilterMask } from './layerFilter.ts';
import { isLegacyRecord, metaFromLegacy } from './legacyLayer.ts';
import { readStoredLayer, writeStoredLayer } from './storedLayer.ts';
import { storedProperties } from './storedProperties.ts';
import { importedSource } from '../import/importedSource.ts';
import type { LayerProgress, UserLayerChange, UserLayerMeta } from './userLayerMeta.ts';
import { FULL_DETAIL_ZOOM } from './overviewThinning.ts';

interface Hosted {
  tiles: FeatureTiles;
  /** Settles when every feature is in `tiles` (import finished or restore read the file). */
  ready: Promise<void>;
  /** The file the user chose, kept for this session so a CRS correction can re-read it. */
  file?: Blob;
  /** The FlatGeobuf when storage refused it: the only copy, for this session. */
  unsaved?: Uint8Array;
}

export interface ImportRequest {
  id: string;
  file: Blob;
  fileName: string;
  color: string;
  crs?: SourceCrs;
  control?: Feature<Point>[];
  /** Re-reading a layer (another CRS): keeps its name, colour and visibility. */
  replace?: boolean;
}

export interface ImportOutcome {
  meta: UserLayerMeta;
  /** Set when the layer could not be kept: it is there for this session only. */
  storageProblem: 'full' | 'unavailable' | null;
  /** What the browser said, when storage failed for another reason than a full quota. */
  storageDetail?: string;
}

/**
 * Zoomed out, a dense layer is a field of overlapping dots: one dot per 4 px (2 px at z12–13)
 * looks the same and costs software WebGL a sixteenth of the points per frame.
 */
const newTiles = () => new FeatureTiles({ cellPx: (z) => (z < 12 ? 4 : 2), maxZoom: FULL_DETAIL_ZOOM });

const fileKey = (id: string) => `${id}.fgb`;
const RESTORE_BATCH = 20_000;
const FIRST_RESTORE_BATCH = 5_000;
const yieldNow = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The owner of imported layers, living in a Web Worker: it imports files batch by batch,
 * cuts the map's vector tiles, keeps each layer as an indexed FlatGeobuf plus metadata, and
 * restores, exports and hands out layers. The page only ever receives metadata and tiles.
 */
export class LayerHost {
  private layers = new Map<string, Hosted>();
  /** The last removed layer, kept until the next removal so undo can bring it back. */
  private trash: { meta: UserLayerMeta; hosted: Hosted } | null = null;

  constructor(
    private files: () => Promise<FileStore>,
    private metas: KeyValueStore<UserLayerMeta>,
  ) {}

  /**
   * Stored layers' metadata. Layers the previous version kept whole in one record move to a
   * file first; files nobody describes any more (an unfinished removal) are deleted.
   */
  async list(): Promise<UserLayerMeta[]> {
    const records: unknown[] = await this.metas.getAll();
    const store = await this.files().catch(() => null);
    const metas: UserLayerMeta[] = [];
    for (const r of records) {
      if (isLegacyRecord(r)) {
        const meta = metaFromLegacy(r);
        if (store) {
          try {
            await store.put(fileKey(r.id), writeStoredLayer(r.features, meta.fileName));
            meta.stored = store.kind;
            await this.metas.put(r.id, meta);
          } catch {
            continue; // Kept as it was: a later start tries again, and nothing is lost.
          }
        }
        metas.push(meta);
      } else if (typeof (r as UserLayerMeta)?.id === 'string' && typeof (r as UserLayerMeta).count === 'number') metas.push(r as UserLayerMeta);
    }
    const known = new Set(metas.map((m) => fileKey(m.id)));
    if (store) for (const k of await store.keys()) if (!known.has(k)) await store.delete(k).catch(() => undefined);
    // Storage lists by key; people expect the order they imported in.
    return metas.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  }

  /** Reads a stored layer into tiles; progress after each batch so the map can draw early. */
  async open(meta: UserLayerMeta, onProgress: (p: LayerProgress) => void): Promise<void> {
    if (this.layers.has(meta.id)) return this.layers.get(meta.id)?.ready;
    const tiles = newTiles();
    let done!: () => void;
    let fail!: (e: unknown) => void;
    const ready = new Promise<void>((resolve, reject) => ((done = resolve), (fail = reject)));
    ready.catch(() => undefined);
    this.layers.set(meta.id, { tiles, ready });
    try {
      const blob = await (await this.files()).get(fileKey(meta.id));
      if (!blob) throw new CodedError('layerError.storedFileMissing');
      let batch: Feature[] = [];
      // A small first batch, read from the file's stream: the layer shows before the file is read.
      let size = FIRST_RESTORE_BATCH;
      for await (const f of readStoredLayer(blob.stream())) {
        batch.push(f);
        if (batch.length === size) {
          size = RESTORE_BATCH;
          tiles.add(batch);
          batch = [];
          onProgress({ phase: 'restoring', bytesRead: 0, totalBytes: 0, features: tiles.count });
          await yieldNow(); // lets tile requests in between batches
        }
      }
      if (batch.length) tiles.add(batch);
      onProgress({ phase: 'restoring', bytesRead: 0, totalBytes: 0, features: tiles.count });
      done();
    } catch (e) {
      this.layers.delete(meta.id);
      fail(e);
      throw e;
    }
  }

  async import(req: ImportRequest, onProgress: (p: LayerProgress) => void, signal: AbortSignal): Promise<ImportOutcome> {
    const previous = req.replace ? await this.metas.get(req.id) : undefined;
    const tiles = newTiles();
    const source = importedSource(req.fileName);
    const all: Feature[] = [];
    const stats = new FieldStats();
    let finish!: () => void;
    const hosted: Hosted = { tiles, ready: new Promise<void>((resolve) => (finish = resolve)), file: req.file };
    const old = this.layers.get(req.id);
    // A re-read draws from the new tiles as they come; the old ones go when it succeeds.
    this.layers.set(req.id, hosted);
    try {
      // The importers (CSV, shapefile, KML, Excel…) load with the first import: restoring stored
      // layers after a reload needs none of them, and the worker starts sooner without.
      const { importLayer } = await import('../import/importLayer.ts');
      const report = await importLayer(blobSource(req.file), req.fileName, req.id, {
        crs: req.crs,
        control: req.control,
        signal,
        onBatch: async (features) => {
          tiles.add(features);
          for (const f of features) {
            stats.add(storedProperties(f.properties ?? {}, source));
            all.push(f);
          }
          await yieldNow();
        },
        onProgress: (p) => onProgress({ phase: 'reading', ...p }),
      });
      onProgress({ phase: 'storing', bytesRead: 0, totalBytes: tiles.count, features: tiles.count });
      await yieldNow();
      // Progress while writing: from the page, a million features take long enough to look stuck.
      const fgb = writeStoredLayer(all, req.fileName, (done, total) => onProgress({ phase: 'storing', bytesRead: done, totalBytes: total, features: tiles.count }));
      all.length = 0;
      if (signal.aborted) throw signal.reason;
      const meta: UserLayerMeta = {
        id: req.id,
        name: previous?.name ?? req.fileName.replace(/\.[^.]+$/, ''),
        color: previous?.color ?? req.color,
        visible: previous?.visible ?? true,
        fileName: req.fileName,
        fileBytes: req.file.size,
        importedAt: new Date().toISOString(),
        count: report.count,
        bbox: report.bbox,
        geometryTypes: report.geometryTypes,
        fields: stats.summary(),
        report,
        stored: false,
      };
      let storageProblem: ImportOutcome['storageProblem'] = null;
      let storageDetail: string | undefined;
      try {
        const store = await this.files();
        await store.put(fileKey(req.id), fgb);
        meta.stored = store.kind;
        await this.metas.put(req.id, meta);
      } catch (e) {
        storageProblem = e instanceof StorageFullError ? 'full' : 'unavailable';
        if (storageProblem === 'unavailable') storageDetail = e instanceof Error || e instanceof DOMException ? `${e.name}: ${e.message}` : String(e);
        meta.stored = false;
        hosted.unsaved = fgb;
        // Half a layer on disk is worse than none: it would come back broken after a reload.
        await this.files().then((s) => s.delete(fileKey(req.id))).catch(() => undefined);
        if (!previous) await this.metas.delete(req.id).catch(() => undefined);
      }
      finish();
      return { meta, storageProblem, ...(storageDetail ? { storageDetail } : {}) };
    } catch (e) {
      if (old) this.layers.set(req.id, old);
      else this.layers.delete(req.id);
      throw e;
    }
  }

  tile(id: string, z: number, x: number, y: number): Uint8Array {
    const tiles = this.layers.get(id)?.tiles;
    return tiles ? tiles.tile(z, x, y, this.filterMask(id, tiles)?.keeps) : new Uint8Array(0);
  }

  /** Attribute filters by layer id: tiles are cut from the features that pass (see LayerFilterMask). */
  private filters = new Map<string, FilterSpec>();
  private masks = new Map<string, LayerFilterMask>();

  /** Sets (or with an empty spec, clears) a layer's filter; the page then asks for its tiles again. */
  setFilter(id: string, spec: FilterSpec): void {
    if (spec.length) this.filters.set(id, spec);
    else this.filters.delete(id);
    this.masks.delete(id);
  }

  private filterMask(id: string, tiles: FeatureTiles): LayerFilterMask | null {
    const spec = this.filters.get(id);
    if (!spec) return null;
    let mask = this.masks.get(id);
    // A re-read layer has new tiles: its mask is worked out again.
    if (!mask || mask.tiles !== tiles) this.masks.set(id, (mask = new LayerFilterMask(tiles, spec)));
    return mask;
  }

  /** How many of the layer's features pass `spec` (the editor's "n of N"), once it has loaded. */
  async filterCount(id: string, spec: FilterSpec): Promise<{ matched: number; total: number }> {
    const hosted = this.layers.get(id);
    if (!hosted) throw new CodedError('layerError.unknown', { layer: id });
    await hosted.ready;
    return countMatching(hosted.tiles, spec);
  }

  /** Class breaks over one of the layer's columns, for colour by graduated classes. */
  async classBreaks(id: string, field: string, classes: number, method: ClassMethod): Promise<ClassBreaks> {
    const hosted = this.layers.get(id);
    if (!hosted) throw new CodedError('layerError.unknown', { layer: id });
    await hosted.ready;
    return layerClassBreaks(hosted.tiles, field, classes, method);
  }

  /** The layer's features once all are in: for its attribute table (layerTables.ts). */
  async loaded(id: string): Promise<FeatureTiles> {
    const hosted = this.layers.get(id);
    if (!hosted) throw new CodedError('layerError.unknown', { layer: id });
    await hosted.ready;
    return hosted.tiles;
  }

  feature(id: string, index: number): Feature | null {
    const tiles = this.layers.get(id)?.tiles;
    return tiles && index >= 0 && index < tiles.count ? tiles.feature(index) : null;
  }

  async update(id: string, change: UserLayerChange): Promise<void> {
    const meta = await this.metas.get(id);
    if (meta) await this.metas.put(id, { ...meta, ...change });
  }

  /** Removes a layer from storage and the map; it stays in memory until the next removal, for undo. */
  async remove(id: string, meta: UserLayerMeta): Promise<void> {
    const hosted = this.layers.get(id);
    if (this.trash) await this.purge(this.trash.meta.id);
    this.layers.delete(id);
    if (hosted) this.trash = { meta, hosted };
    await this.metas.delete(id);
  }

  /** Undo of the last removal. */
  async restore(id: string): Promise<UserLayerMeta | null> {
    if (this.trash?.meta.id !== id) return null;
    const { meta, hosted } = this.trash;
    this.trash = null;
    this.layers.set(id, hosted);
    if (meta.stored) await this.metas.put(id, meta);
    return meta;
  }

  private async purge(id: string): Promise<void> {
    this.trash = null;
    await this.files().then((s) => s.delete(fileKey(id))).catch(() => undefined);
  }

  /**
   * The layer as a file, with the user's own columns (what the importer derived is left out):
   * the stored FlatGeobuf itself, or GeoJSON / CSV written in chunks.
   */
  async exportLayer(meta: Pick<UserLayerMeta, 'id' | 'fileName' | 'fields' | 'geometryTypes'>, format: 'fgb' | 'geojson' | 'csv'): Promise<Blob> {
    const hosted = this.layers.get(meta.id);
    if (!hosted) throw new CodedError('layerError.notLoaded', { layer: meta.id });
    await hosted.ready;
    if (format === 'fgb') return (await this.fgbBlob(meta.id, hosted)) ?? new Blob([]);
    const source = importedSource(meta.fileName);
    const feature = (i: number): Feature => {
      const f = hosted.tiles.feature(i);
      return { type: 'Feature', geometry: f.geometry, properties: storedProperties(f.properties ?? {}, source) };
    };
    const points = meta.geometryTypes.length === 1 && meta.geometryTypes[0] === 'Point';
    const columns = meta.fields.map((f) => f.name);
    const chunks = format === 'geojson' ? geojsonChunks(hosted.tiles.count, feature) : csvChunks(hosted.tiles.count, feature, columns, points ? 'lonlat' : 'wkt');
    const type = format === 'geojson' ? 'application/geo+json' : 'text/csv;charset=utf-8';
    return new Blob([...chunks], { type });
  }

  /** The layer's FlatGeobuf bytes, for the query worker (it builds its own index from them). */
  async fgb(id: string): Promise<Uint8Array> {
    const hosted = this.layers.get(id);
    if (!hosted) throw new CodedError('layerError.unknown', { layer: id });
    await hosted.ready;
    const blob = await this.fgbBlob(id, hosted);
    if (!blob) throw new CodedError('layerError.noStoredFile', { layer: id });
    return new Uint8Array(await blob.arrayBuffer());
  }

  private async fgbBlob(id: string, hosted: Hosted): Promise<Blob | undefined> {
    if (hosted.unsaved) return new Blob([hosted.unsaved as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' });
    return (await this.files()).get(fileKey(id));
  }
}
