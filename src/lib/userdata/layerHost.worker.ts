/** The layer host's Web Worker: imported layers live here, never on the page. */
import { openFileStore, type FileStore } from '../storage/fileStore.ts';
import { keyValueStore } from '../storage/keyValueStore.ts';
import { serve, Transfer, type JobContext, type Port } from '../worker/rpc.ts';
import { LayerHost, type ImportRequest, type ImportOutcome } from './layerHost.ts';
import { layerHostPortHandlers } from './layerHostPort.ts';
import type { UserLayerChange, UserLayerMeta } from './userLayerMeta.ts';

let files: Promise<FileStore> | null = null;
const host = new LayerHost(
  () => (files ??= openFileStore('layers')),
  keyValueStore<UserLayerMeta>('taixin-atlas-layers', 'layers'),
);

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
  exportLayer: (a: { meta: Pick<UserLayerMeta, 'id' | 'fileName' | 'fields' | 'geometryTypes'>; format: 'fgb' | 'geojson' | 'csv' }): Promise<Blob> => host.exportLayer(a.meta, a.format),
  /** A port for the query worker (a new one each time that worker restarts). */
  connect(a: { port: MessagePort }): void {
    serve(a.port, layerHostPortHandlers(host));
  },
};

export type LayerHostHandlers = typeof handlers;
serve(self as unknown as Port, handlers);
