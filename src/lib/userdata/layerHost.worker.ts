/** The layer host's Web Worker: imported layers live here, never on the page. */
import { openFileStore, type FileStore } from '../storage/fileStore.ts';
import { keyValueStore } from '../storage/keyValueStore.ts';
import type { ClassMethod } from '../filter/classBreaks.ts';
import type { FilterSpec } from '../filter/filterSpec.ts';
import { serve, Transfer, type JobContext, type Port } from '../worker/rpc.ts';
import { LayerHost, type ImportRequest, type ImportOutcome } from './layerHost.ts';
import { layerHostPortHandlers } from './layerHostPort.ts';
import { LayerTables, type TableViewRequest } from './layerTables.ts';
import type { UserLayerChange, UserLayerMeta } from './userLayerMeta.ts';

let files: Promise<FileStore> | null = null;
const host = new LayerHost(
  () => (files ??= openFileStore('layers')),
  keyValueStore<UserLayerMeta>('taixin-atlas-layers', 'layers'),
);
const tables = new LayerTables((id) => host.loaded(id));

const handlers = {
  list: (): Promise<UserLayerMeta[]> => host.list(),
  open: (a: { meta: UserLayerMeta }, ctx: JobContext): Promise<void> => host.open(a.meta, ctx.progress),
  import: (a: ImportRequest, ctx: JobContext): Promise<ImportOutcome> => host.import(a, ctx.progress, ctx.signal),
  tile(a: { id: string; z: number; x: number; y: number }): Transfer<ArrayBuffer> {
    const buffer = host.tile(a.id, a.z, a.x, a.y).slice().buffer;
    return new Transfer(buffer, [buffer]);
  },
  feature: (a: { id: string; index: number }) => host.feature(a.id, a.index),
  update: (a: { id: string; change: UserLayerChange }): Promise<void> => host.update(a.id, a.change),
  remove: (a: { meta: UserLayerMeta }): Promise<void> => host.remove(a.meta.id, a.meta),
  restore: (a: { id: string }): Promise<UserLayerMeta | null> => host.restore(a.id),
  setFilter: (a: { id: string; spec: FilterSpec }): void => host.setFilter(a.id, a.spec),
  filterCount: (a: { id: string; spec: FilterSpec }) => host.filterCount(a.id, a.spec),
  classBreaks: (a: { id: string; field: string; classes: number; method: ClassMethod }) => host.classBreaks(a.id, a.field, a.classes, a.method),
  exportLayer: (a: { meta: Pick<UserLayerMeta, 'id' | 'fileName' | 'fields' | 'geometryTypes'>; format: 'fgb' | 'geojson' | 'csv' }): Promise<Blob> => host.exportLayer(a.meta, a.format),
  // The attribute table: a view (filter, search, order) is built here, then read a page at a time.
  tableView: (a: TableViewRequest, ctx: JobContext) => tables.view(a, ctx.signal),
  tablePage: (a: { layer: string; version: number; offset: number; limit: number }) => tables.page(a.layer, a.version, a.offset, a.limit),
  tablePosition: (a: { layer: string; version: number; index: number }) => tables.positionOf(a.layer, a.version, a.index),
  tableExport: (a: { meta: Pick<UserLayerMeta, 'id' | 'fileName' | 'fields' | 'geometryTypes'>; version: number; format: 'geojson' | 'csv' }) => tables.exportView(a.meta, a.version, a.format),
  tableClose: (a: { layer: string }): void => tables.close(a.layer),
  /** A port for the query worker (a new one each time that worker restarts). */
  connect(a: { port: MessagePort }): void {
    serve(a.port, layerHostPortHandlers(host));
  },
};

export type LayerHostHandlers = typeof handlers;
serve(self as unknown as Port, handlers);
