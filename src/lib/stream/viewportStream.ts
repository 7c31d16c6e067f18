import type { Feature } from 'geojson';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { boxesIntersect, geometryBox, type Box } from '../fgb/bbox.ts';

export interface StreamRead {
  read: number;
  stale: boolean;
}

/**
 * Reads a large FlatGeobuf by viewport: only the features whose index boxes meet the view,
 * fetched with HTTP range requests (any static server or CDN will do). Features already read
 * stay in a cache bounded by `maxCached` (least recently seen leave first), so panning back
 * costs nothing and memory stays flat however far the user roams.
 */
export class ViewportStream {
  private cache = new Map<string, { f: Feature; box: Box }>();

  constructor(
    readonly url: string,
    readonly maxCached = 60_000,
  ) {}

  get size(): number {
    return this.cache.size;
  }

  /** Reads `box`; calls `onBatch` as features arrive; stops early once `isStale()` says so. */
  async read(box: Box, onBatch: (read: number) => void, isStale: () => boolean = () => false, batch = 2000): Promise<StreamRead> {
    const rect = { minX: box[0], minY: box[1], maxX: box[2], maxY: box[3] };
    let read = 0;
    for await (const raw of deserialize(this.url, { rect })) {
      if (isStale()) return { read, stale: true };
      const f = raw as Feature;
      const id = String(f.properties?.id ?? `${this.url}#${read}`);
      this.cache.delete(id);
      this.cache.set(id, { f: { ...f, id }, box: geometryBox(f.geometry) });
      if (++read % batch === 0) onBatch(read);
      // The reader resolves feature after feature as microtasks: without a real yield now and
      // then, decoding a whole view is one long main-thread task that stalls panning.
      if (read % 250 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    this.evict();
    onBatch(read);
    return { read, stale: false };
  }

  /** Cached features whose boxes meet `box`. */
  inView(box: Box): Feature[] {
    const out: Feature[] = [];
    for (const { f, box: b } of this.cache.values()) if (boxesIntersect(b, box)) out.push(f);
    return out;
  }

  private evict(): void {
    const excess = this.cache.size - this.maxCached;
    if (excess <= 0) return;
    let n = 0;
    for (const key of this.cache.keys()) {
      if (n++ >= excess) break;
      this.cache.delete(key);
    }
  }
}
