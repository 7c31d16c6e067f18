import type { Map as MapLibreMap } from 'maplibre-gl';
import { setSourceData } from './setSourceData.ts';
import type { Box } from '../fgb/bbox.ts';
import type { PublishedLayer } from '../catalogue/types.ts';
import { ViewportStream } from '../stream/viewportStream.ts';

export interface StreamStatus {
  loading: boolean;
  held: number;
  zoomIn: boolean;
  /** Why the last read failed (e.g. the file was never generated). */
  error?: string;
}

/**
 * Feeds streamed layers to the map: after each move (debounced) it reads the view plus a
 * margin through the file's index; a read the view has moved on from stops; below the
 * layer's minzoom it reads nothing and says "zoom in".
 */
export class StreamLayers {
  private streams = new Map<string, ViewportStream>();
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private map: MapLibreMap,
    private base: string,
    private report: (id: string, s: StreamStatus) => void,
  ) {}

  schedule(layers: PublishedLayer[], visible: ReadonlySet<string>): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(layers, visible), 250);
  }

  private async update(layers: PublishedLayer[], visible: ReadonlySet<string>): Promise<void> {
    const gen = ++this.generation;
    const b = this.map.getBounds();
    const view: Box = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    const mx = (view[2] - view[0]) * 0.2;
    const my = (view[3] - view[1]) * 0.2;
    const padded: Box = [view[0] - mx, view[1] - my, view[2] + mx, view[3] + my];
    for (const layer of layers.filter((l) => l.streamed)) {
      let stream = this.streams.get(layer.id);
      if (!stream) {
        stream = new ViewportStream(new URL(layer.url, this.base).href);
        this.streams.set(layer.id, stream);
      }
      if (!visible.has(layer.id) || this.map.getZoom() < (layer.minzoom ?? 0)) {
        setSourceData(this.map, layer.id, { type: 'FeatureCollection', features: [] });
        this.report(layer.id, { loading: false, held: stream.size, zoomIn: visible.has(layer.id) });
        continue;
      }
      const s = stream;
      this.report(layer.id, { loading: true, held: s.size, zoomIn: false });
      const show = () => setSourceData(this.map, layer.id, { type: 'FeatureCollection', features: s.inView(padded) });
      let error: string | undefined;
      try {
        const r = await s.read(padded, () => gen === this.generation && show(), () => gen !== this.generation);
        if (!r.stale) show();
      } catch (e) {
        error = (e as Error).message;
      }
      if (gen === this.generation) this.report(layer.id, { loading: false, held: s.size, zoomIn: false, ...(error ? { error } : {}) });
    }
  }
}
