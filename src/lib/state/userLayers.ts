import type { Feature, Point } from 'geojson';
import { QueryCancelledError } from '../query/queryClient.ts';
import { openDB, type IDBPDatabase } from 'idb';
import { ImportError, LIMITS } from '../import/importError.ts';
import type { SourceCrs } from '../import/crs.ts';
import type { ImportReport } from '../import/importFile.ts';
import { t } from '../i18n/messages.ts';
import type { AtlasState } from './atlasState.svelte.ts';
import { client } from './runQueryInWorker.ts';

export interface UserLayer {
  id: string;
  name: string;
  color: string;
  visible: boolean;
  features: Feature[];
  report: ImportReport;
  /** The original file, kept so a CRS correction can re-read it. */
  file: { name: string; bytes: Uint8Array };
}

const COLORS = ['#0ea5e9', '#e11d48', '#16a34a', '#9333ea', '#ea580c', '#0d9488'];

let db: Promise<IDBPDatabase> | null = null;
const open = (): Promise<IDBPDatabase> =>
  (db ??= openDB('taixin-atlas-layers', 1, {
    upgrade(d) {
      d.createObjectStore('layers');
    },
  }));

async function persist(layer: UserLayer): Promise<void> {
  await (await open()).put('layers', JSON.parse(JSON.stringify({ ...layer, file: undefined })) as UserLayer & { fileBytes?: number[] }, layer.id);
}

export async function restoreUserLayers(atlas: AtlasState): Promise<void> {
  const stored = (await (await open()).getAll('layers')) as UserLayer[];
  for (const l of stored) client.register(l.id, l.features, document.baseURI);
  atlas.userLayers = stored.map((l) => ({ ...l, file: l.file ?? { name: l.name, bytes: new Uint8Array(0) } }));
}

const newId = (): string => `u_${Math.random().toString(36).slice(2, 10)}`;

/**
 * Imports a file into a new layer (parsed in the worker). A failure is reported in words and
 * leaves every existing layer as it was. `replace` re-reads a layer with another CRS.
 */
export async function importIntoAtlas(atlas: AtlasState, name: string, bytes: Uint8Array, crs?: SourceCrs, replace?: UserLayer): Promise<UserLayer | null> {
  if (bytes.length > LIMITS.maxBytes) {
    atlas.notify(`${t('importFailed', atlas.lang)}: ${name}: larger than ${LIMITS.maxBytes / 1024 / 1024} MB`);
    return null;
  }
  const id = replace?.id ?? newId();
  atlas.importing = name;
  try {
    const kept = bytes.slice();
    let imported = await client.importFile(name, bytes, id, document.baseURI, crs);
    // Points named like known stations reveal a 高德/百度 offset; convert and say so.
    const stations = (atlas.collections.stations?.features ?? []) as Feature<Point>[];
    // Loaded on first import: it brings proj4 and gcoord, which the map itself never needs.
    const hint = crs ? null : (await import('../import/detectOffset.ts')).suggestDatum(imported.features, stations);
    if (hint && hint.crs.kind !== 'wgs84') {
      imported = await client.importFile(name, kept.slice(), id, document.baseURI, hint.crs);
      const m = hint.medians;
      imported.report.notes.push(`${hint.crs.kind === 'gcj02' ? 'GCJ-02' : 'BD-09'} detected from ${hint.matched} named station(s): offset ${Math.round(m.wgs84)} m as WGS84, ${Math.round(hint.crs.kind === 'gcj02' ? m.gcj02 : m.bd09)} m converted`);
    }
    const layer: UserLayer = {
      id, name: replace?.name ?? imported.name, color: replace?.color ?? COLORS[atlas.userLayers.length % COLORS.length] ?? '#0ea5e9',
      visible: true, features: imported.features, report: imported.report, file: { name, bytes: kept },
    };
    atlas.userLayers = replace ? atlas.userLayers.map((l) => (l.id === id ? layer : l)) : [...atlas.userLayers, layer];
    await persist(layer).catch((e: unknown) => atlas.notify(`${t('siteNotSaved', atlas.lang)} (${(e as Error).message})`));
    return layer;
  } catch (e) {
    if (e instanceof QueryCancelledError) {
      atlas.notify(`${t('importFailed', atlas.lang)}: ${name}: ${t('cancelled', atlas.lang)}`);
      return null;
    }
    const message = e instanceof Error ? e.message : String(e);
    atlas.notify(`${t('importFailed', atlas.lang)}: ${e instanceof ImportError || /ImportError/.test(String((e as Error)?.name)) ? message : `${name}: ${message}`}`);
    return null;
  } finally {
    atlas.importing = null;
  }
}

export async function updateUserLayer(atlas: AtlasState, id: string, change: Partial<Pick<UserLayer, 'name' | 'color' | 'visible'>>): Promise<void> {
  atlas.userLayers = atlas.userLayers.map((l) => (l.id === id ? { ...l, ...change } : l));
  const l = atlas.userLayers.find((x) => x.id === id);
  if (l) await persist(l).catch(() => undefined);
}

export async function removeUserLayer(atlas: AtlasState, id: string): Promise<void> {
  const l = atlas.userLayers.find((x) => x.id === id);
  if (!l) return;
  atlas.removedLayer = l;
  atlas.userLayers = atlas.userLayers.filter((x) => x.id !== id);
  client.unregister(id, document.baseURI);
  await (await open()).delete('layers', id).catch(() => undefined);
}

export async function undoRemove(atlas: AtlasState): Promise<void> {
  const l = atlas.removedLayer;
  if (!l) return;
  atlas.removedLayer = null;
  atlas.userLayers = [...atlas.userLayers, l];
  client.register(l.id, l.features, document.baseURI);
  await persist(l).catch(() => undefined);
}
