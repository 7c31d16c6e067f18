import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { probeTile, tileAt } from '../basemap/probeTile.ts';
import { FAILURES_BEFORE_FALLBACK, tileFailure, type TileFailure } from '../basemap/tileErrors.ts';

export interface TileSourceWatch {
  /** The map sources to watch (a user's basemap or terrain). */
  sourceIds: readonly string[];
  /** The template to ask one tile of when the sources settle with nothing drawn, and its zoom range (null: no probe). */
  probe: { template: string; minzoom: number; maxzoom: number } | null;
  /** Still the user's choice? A late answer about a source since replaced is ignored. */
  stillChosen: () => boolean;
  onFail: (why: { code: TileFailure; status?: number }) => void;
}

/**
 * Watches a user-added tile source and calls `onFail` once if it fails before drawing a single
 * tile. CORS, DNS, CSP, bad images and HTTP errors other than 404 come as error events; a 404
 * raises none (MapLibre reads it as "no tile here") and, with nothing new to draw, no idle event
 * either — so once the sources have settled with nothing drawn, one tile is asked for again to
 * learn why. A set that draws some tiles is never given up: sparse coverage is normal.
 * Returns the function that stops watching.
 */
export function watchTileSource(map: MapLibreMap, w: TileSourceWatch): () => void {
  let drawn = 0;
  let failed = 0;
  let done = false;
  let probing = false;
  const ours = (id: string | undefined): boolean => !!id && w.sourceIds.includes(id);
  const giveUp = (why: { code: TileFailure; status?: number }): void => {
    if (done) return;
    done = true;
    w.onFail(why);
  };
  const onData = (e: MapSourceDataEvent): void => {
    if (e.tile && ours(e.sourceId)) drawn++;
  };
  const onError = (e: { error?: unknown; sourceId?: string }): void => {
    if (!ours(e.sourceId) || drawn > 0) return;
    if (++failed >= FAILURES_BEFORE_FALLBACK) giveUp(tileFailure(e.error));
  };
  const check = (): void => {
    if (done || drawn > 0) return clearInterval(timer);
    const z = Math.floor(map.getZoom());
    const settled = w.sourceIds.every((id) => !!map.getSource(id) && map.isSourceLoaded(id));
    const probe = w.probe;
    if (!probe || probing || !settled || z < probe.minzoom) return;
    probing = true;
    const c = map.getCenter();
    void probeTile(probe.template, tileAt(c.lng, c.lat, Math.min(z, probe.maxzoom))).then((why) => {
      probing = false;
      if (why && drawn === 0 && w.stillChosen()) giveUp(why);
    });
  };
  const timer = setInterval(check, 1000);
  map.on('sourcedata', onData);
  map.on('error', onError);
  return () => {
    map.off('sourcedata', onData);
    map.off('error', onError);
    clearInterval(timer);
  };
}
