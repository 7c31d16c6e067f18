import type { GeoJSONVTFeature } from '@maplibre/geojson-vt';
import { MvtLayerWriter } from './mvtEncode.ts';
import type { Placed } from './placement.ts';

/** What one tile holds, each part in feature-index order. */
export interface TileContent {
  /** Point positions; consecutive entries of one feature make one (multi)point. */
  points: Placed;
  /** Centres of polygons smaller than a pixel. */
  squares: Placed;
  /** Centres of lines shorter than a pixel. */
  dashes: Placed;
  /**
   * Lines and polygons cut by geojson-vt, pulled as they are written: cut in small chunks, their
   * garbage dies young instead of surviving a whole tile's worth of scavenges.
   */
  shapes: Iterator<GeoJSONVTFeature>;
}

/** Visits feature i's non-null properties. */
export type TagSource = (i: number, visit: (name: string, value: unknown) => void) => void;

/** A part of the content, read front to back. */
interface Run {
  /** The id of the next feature, Infinity once the run is spent. */
  next(): number;
  writeNext(): void;
}

/**
 * Encodes the content as one MVT layer, features in index order across all parts, so earlier
 * features draw first and win label placement whatever their kind. Empty content gives an empty
 * array rather than a tile with an empty layer.
 */
export function encodeContent(content: TileContent, layerName: string, extent: number, tags: TagSource): Uint8Array {
  const writer = new MvtLayerWriter(layerName, extent);
  const tag = (name: string, value: unknown): void => writer.tag(name, value);
  const half = Math.max(1, Math.round(extent / 512));
  const scratch = new Float64Array(8);

  const placedRun = (placed: Placed, write: (k: number) => number): Run => {
    let k = 0;
    return {
      next: () => (k < placed.length ? (placed.index[k] as number) : Infinity),
      writeNext: () => {
        const i = placed.index[k] as number;
        writer.begin(i);
        tags(i, tag);
        k = write(k);
      },
    };
  };

  const points = content.points;
  const pointRun = placedRun(points, (k) => {
    let end = k + 1;
    while (end < points.length && points.index[end] === points.index[k]) end++;
    writer.points(points.x, points.y, k, end);
    return end;
  });

  // A square one pixel wide, clockwise with y down (what MVT calls an exterior ring).
  const squareRun = placedRun(content.squares, (k) => {
    const cx = Math.round(content.squares.x[k] as number);
    const cy = Math.round(content.squares.y[k] as number);
    scratch[0] = scratch[6] = cx - half;
    scratch[1] = scratch[3] = cy - half;
    scratch[2] = scratch[4] = cx + half;
    scratch[5] = scratch[7] = cy + half;
    writer.path(3, scratch, 8);
    return k + 1;
  });

  const dashRun = placedRun(content.dashes, (k) => {
    const cx = Math.round(content.dashes.x[k] as number);
    const cy = Math.round(content.dashes.y[k] as number);
    scratch[0] = cx - half;
    scratch[2] = cx + half;
    scratch[1] = scratch[3] = cy;
    writer.path(2, scratch, 4);
    return k + 1;
  });

  let shape = content.shapes.next();
  const shapeRun: Run = {
    next: () => (shape.done ? Infinity : Number(shape.value.id)),
    writeNext: () => {
      if (shape.done) return;
      writer.feature(shape.value);
      shape = content.shapes.next();
    },
  };

  const runs = [pointRun, squareRun, dashRun, shapeRun].filter((run) => run.next() !== Infinity);
  if (runs.length === 1) {
    const [run] = runs as [Run];
    while (run.next() !== Infinity) run.writeNext();
  } else {
    for (;;) {
      let best: Run | null = null;
      let bestId = Infinity;
      for (const run of runs) {
        const id = run.next();
        if (id < bestId) {
          best = run;
          bestId = id;
        }
      }
      if (!best) break;
      best.writeNext();
    }
  }
  return writer.length > 0 ? writer.finish() : new Uint8Array(0);
}
