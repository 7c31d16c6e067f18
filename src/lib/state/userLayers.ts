import type { Feature, Point } from 'geojson';
import type { Lang } from '../catalogue/types.ts';
import type { SourceCrs } from '../import/crs.ts';
import { bracketed, describe, describeError, labelled } from '../i18n/describe.ts';
import { isCoded } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import { budgetMessage } from '../userdata/budgetMessage.ts';
import { checkImportBudget } from '../userdata/importBudget.ts';
import type { LayerProgress, UserLayerChange, UserLayerMeta } from '../userdata/userLayerMeta.ts';
import { atlasWorkers } from '../worker/atlasWorkers.ts';
import { JobCancelledError } from '../worker/jobClient.ts';
import type { AtlasState } from './atlasState.svelte.ts';
import type { UserLayer } from './userLayerTypes.ts';

export type { ImportJob, UserLayer } from './userLayerTypes.ts';

const COLORS = ['#0ea5e9', '#e11d48', '#16a34a', '#9333ea', '#ea580c', '#0d9488'];
/** How often the map re-reads a growing layer's tiles (each refresh redraws the layer). */
const REFRESH_MS = 3000;

/** The stored part of a listed layer (what the worker keeps). */
function toMeta(l: UserLayer): UserLayerMeta {
  const meta: Partial<UserLayer> = { ...l };
  delete meta.status;
  delete meta.tileVersion;
  return meta as UserLayerMeta;
}

const newId = (): string => `u_${Math.random().toString(36).slice(2, 10)}`;

function heapLimit(): number | null {
  const m = (performance as Performance & { memory?: { jsHeapSizeLimit?: number } }).memory;
  return m?.jsHeapSizeLimit ?? null;
}

function setLayer(atlas: AtlasState, layer: UserLayer): void {
  const i = atlas.userLayers.findIndex((l) => l.id === layer.id);
  atlas.userLayers = i < 0 ? [...atlas.userLayers, layer] : atlas.userLayers.map((l) => (l.id === layer.id ? layer : l));
}

function placeholder(id: string, fileName: string, color: string, features: number, status: UserLayer['status']): UserLayer {
  return {
    id, name: fileName.replace(/\.[^.]+$/, ''), color, visible: true, fileName, fileBytes: 0, importedAt: '', count: features,
    bbox: [0, 0, 0, 0], geometryTypes: [], fields: [], stored: false, status, tileVersion: 1,
    report: { format: 'csv', count: features, geometryTypes: [], bbox: [0, 0, 0, 0], attributes: [], crs: { used: '', needsConfirmation: false, reason: '' }, repaired: [], skipped: [], notes: [] },
  };
}

/** Calls `fn` at most every `ms`, and once more at the end when asked. */
function throttle(fn: () => void, ms: number): { poke(): void; flush(): void } {
  let last = -Infinity;
  return {
    poke() {
      const now = performance.now();
      if (now - last >= ms) {
        last = now;
        fn();
      }
    },
    flush: fn,
  };
}

/** The stored layers come back at once as metadata; their features load in the worker. */
export async function restoreUserLayers(atlas: AtlasState): Promise<void> {
  const metas = await atlasWorkers().layers.call('list', {}).promise;
  atlas.userLayers = [...atlas.userLayers, ...metas.filter((m) => !atlas.userLayers.some((l) => l.id === m.id)).map((m) => ({ ...m, status: 'restoring' as const, tileVersion: 0 }))];
  await Promise.all(
    metas.map(async (meta) => {
      const bump = () => {
        const l = atlas.userLayers.find((x) => x.id === meta.id);
        if (l) setLayer(atlas, { ...l, tileVersion: l.tileVersion + 1 });
      };
      const refresh = throttle(bump, REFRESH_MS);
      try {
        await atlasWorkers().layers.call('open', { meta }, { onProgress: () => refresh.poke() }).promise;
        const l = atlas.userLayers.find((x) => x.id === meta.id);
        if (l) setLayer(atlas, { ...l, status: 'ready', tileVersion: l.tileVersion + 1 });
      } catch (e) {
        atlas.userLayers = atlas.userLayers.filter((l) => l.id !== meta.id);
        atlas.notify((lang) => labelled(t('layerRestoreFailed', lang), `${meta.name}${bracketed(describeError(e, lang), lang)}`, lang));
      }
    }),
  );
}

/**
 * Imports a file into a new layer, or re-reads a layer with another CRS (`replace`). The file
 * goes to the layer worker as it is (a File is a handle, not its bytes); the page receives
 * progress and, at the end, metadata. A failure is reported in words and leaves every existing
 * layer as it was.
 */
export async function importIntoAtlas(atlas: AtlasState, file: File, options: { crs?: SourceCrs; replace?: UserLayer } = {}): Promise<UserLayer | null> {
  const { replace, crs } = options;
  // A failed new import leaves no report behind; a failed re-read leaves its layer (and report) as it was.
  const forgetLast = () => {
    if (!replace) atlas.lastImport = null;
  };
  const fail = (message: (lang: Lang) => string) => {
    forgetLast();
    atlas.notify((lang) => labelled(t('importFailed', lang), message(lang), lang));
  };
  // A coded error (the importer's, also from the worker) in the UI language; anything else is
  // a browser's or library's own exception, shown as the detail of "could not be read".
  const why = (e: unknown) => (lang: Lang) => (isCoded(e) ? describe(e, lang) : describe({ key: 'importError.unreadable', params: { file: file.name, detail: describeError(e, lang) } }, lang));
  try {
    const head = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
    const { refusal } = checkImportBudget(file.name, file.size, head, { heapLimit: heapLimit() });
    if (refusal) {
      fail((lang) => budgetMessage(file.name, refusal, lang));
      return null;
    }
  } catch (e) {
    fail(why(e));
    return null;
  }
  const id = replace?.id ?? newId();
  const color = replace?.color ?? COLORS[atlas.userLayers.length % COLORS.length] ?? '#0ea5e9';
  const control = (atlas.collections.stations?.features ?? []) as Feature<Point>[];
  let shown = !!replace;
  const grow = throttle(() => {
    const l = atlas.userLayers.find((x) => x.id === id);
    if (l) setLayer(atlas, { ...l, tileVersion: l.tileVersion + 1 });
  }, REFRESH_MS);
  const job = atlasWorkers().layers.call(
    'import',
    { id, file, fileName: file.name, color, crs, control, replace: !!replace },
    {
      onProgress: (value) => {
        const p = value as LayerProgress;
        atlas.imports = atlas.imports.map((j) => (j.id === id ? { ...j, progress: p } : j));
        if (p.features > 0 && !shown) {
          shown = true;
          setLayer(atlas, placeholder(id, file.name, color, p.features, 'importing'));
        } else if (p.features > 0) {
          const l = atlas.userLayers.find((x) => x.id === id);
          if (l && !replace && l.count !== p.features) setLayer(atlas, { ...l, count: p.features });
          grow.poke();
        }
      },
    },
  );
  atlas.imports = [...atlas.imports, { id, fileName: file.name, progress: null, cancel: job.cancel }];
  try {
    const { meta, storageProblem, storageDetail } = await job.promise;
    const l = atlas.userLayers.find((x) => x.id === id);
    const layer: UserLayer = { ...meta, status: 'ready', tileVersion: (l?.tileVersion ?? 0) + 1 };
    setLayer(atlas, layer);
    atlas.lastImport = { id, file };
    performance.mark(`atlas:import-done:${id}`);
    if (replace) atlasWorkers().forget(id);
    // Ask the browser to keep the layers when disk space runs low (granted silently in installed/bookmarked apps).
    if (meta.stored) void navigator.storage?.persist?.().catch(() => false);
    if (storageProblem) atlas.notify((lang) => labelled(t(storageProblem === 'full' ? 'storageFull' : 'storageUnavailable', lang), `${meta.name}${bracketed(storageDetail, lang)}`, lang));
    return layer;
  } catch (e) {
    // Nothing of a failed or cancelled import stays: the layer it began is taken off again.
    if (!replace) atlas.userLayers = atlas.userLayers.filter((l) => l.id !== id);
    if (e instanceof JobCancelledError) {
      forgetLast();
      atlas.notify((lang) => labelled(t('importCancelled', lang), file.name, lang), 6000);
    }
    else fail(why(e));
    return null;
  } finally {
    atlas.imports = atlas.imports.filter((j) => j.id !== id);
  }
}

export async function updateUserLayer(atlas: AtlasState, id: string, change: UserLayerChange): Promise<void> {
  const l = atlas.userLayers.find((x) => x.id === id);
  if (!l) return;
  setLayer(atlas, { ...l, ...change });
  await atlasWorkers().layers.call('update', { id, change }).promise.catch(() => undefined);
}

/** Where the last removed layer stood in the list, so undo puts it back there. */
let removedAt = 0;

/** Removes a layer; `undoRemove` brings it back until the next removal. */
export async function removeUserLayer(atlas: AtlasState, id: string): Promise<void> {
  const l = atlas.userLayers.find((x) => x.id === id);
  if (!l) return;
  atlas.removedLayer = l;
  removedAt = atlas.userLayers.indexOf(l);
  atlas.userLayers = atlas.userLayers.filter((x) => x.id !== id);
  atlasWorkers().forget(id);
  await atlasWorkers().layers.call('remove', { meta: toMeta(l) }).promise.catch(() => undefined);
}

export async function undoRemove(atlas: AtlasState): Promise<void> {
  const l = atlas.removedLayer;
  if (!l) return;
  atlas.removedLayer = null;
  // Back in its place at once; the worker still holds its features (and its file, until the next removal).
  const back = [...atlas.userLayers];
  back.splice(Math.min(removedAt, back.length), 0, { ...l, tileVersion: l.tileVersion + 1 });
  atlas.userLayers = back;
  const meta = await atlasWorkers().layers.call('restore', { id: l.id }).promise.catch(() => null);
  if (!meta) {
    atlas.userLayers = atlas.userLayers.filter((x) => x.id !== l.id);
    atlas.notify((lang) => labelled(t('layerRestoreFailed', lang), l.name, lang));
    return;
  }
  // Tiles asked for before the worker had it back were empty: ask again.
  const now = atlas.userLayers.find((x) => x.id === l.id);
  if (now) setLayer(atlas, { ...now, tileVersion: now.tileVersion + 1 });
}

/** The layer as a file, written in the worker; the page only hands the Blob to the browser. */
export async function exportUserLayer(atlas: AtlasState, l: UserLayer, format: 'fgb' | 'geojson' | 'csv'): Promise<void> {
  try {
    const meta = { id: l.id, fileName: l.fileName, fields: l.fields, geometryTypes: l.geometryTypes };
    const blob = await atlasWorkers().layers.call('exportLayer', { meta, format }).promise;
    const { downloadBlob } = await import('../browser/downloadBlob.ts');
    downloadBlob(blob, `${l.name}.${format}`);
  } catch (e) {
    atlas.notify((lang) => labelled(t('exportFailed', lang), `${l.name}${bracketed(describeError(e, lang), lang)}`, lang));
  }
}
