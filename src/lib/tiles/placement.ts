import { GrowableArray } from './growableArray.ts';

/** Positions placed in one tile, in tile units, each tagged with the feature it belongs to. */
export interface Placed {
  readonly length: number;
  readonly index: ArrayLike<number>;
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
}

/**
 * Positions collected for one tile. `sorted` hands them back by feature index (ties in the order
 * they came), so a tile lists features in import order whatever order the index search found them
 * in: earlier features then draw first and win label placement alike in every tile.
 */
export class PlacedList {
  private readonly index = new GrowableArray(Uint32Array);
  private readonly xs = new GrowableArray(Float64Array);
  private readonly ys = new GrowableArray(Float64Array);

  get length(): number {
    return this.index.length;
  }

  push(index: number, x: number, y: number): void {
    this.index.push(index);
    this.xs.push(x);
    this.ys.push(y);
  }

  sorted(): Placed {
    const n = this.index.length;
    const index = this.index.array;
    const xs = this.xs.array;
    const ys = this.ys.array;
    const order = orderByIndex(index, n);
    const out = { length: n, index: new Uint32Array(n), x: new Float64Array(n), y: new Float64Array(n) };
    for (let k = 0; k < n; k++) {
      const slot = order[k] as number;
      out.index[k] = index[slot] as number;
      out.x[k] = xs[slot] as number;
      out.y[k] = ys[slot] as number;
    }
    return out;
  }
}

/**
 * One position per cell (a pixel, or a few) over a tile and its buffer: the lowest feature index wins a cell.
 * Cells sit on the global pixel grid, so a cell in one tile's buffer and the same cell inside its
 * neighbour keep the same feature and tile edges do not flicker. Reused tile after tile.
 */
export class PixelCells {
  private readonly cellSize: number;
  private readonly margin: number;
  private readonly side: number;
  private readonly winner: Int32Array;
  // The winner's position, already on the integer tile grid it is written on.
  private readonly xs: Int32Array;
  private readonly ys: Int32Array;
  private readonly used: GrowableArray<Uint32Array> = new GrowableArray(Uint32Array);

  /** extent and buffer in tile units; a pixel is extent / 256 of them; a cell is `cellPx` pixels wide (a power of two, so cells stay on the global grid). */
  constructor(extent: number, buffer: number, cellPx = 1) {
    this.cellSize = (extent / 256) * cellPx;
    this.margin = Math.ceil(buffer / this.cellSize);
    this.side = Math.ceil(256 / cellPx) + 2 * this.margin;
    this.winner = new Int32Array(this.side * this.side).fill(-1);
    this.xs = new Int32Array(this.side * this.side);
    this.ys = new Int32Array(this.side * this.side);
  }

  /** Offers feature `index` at tile position (x, y); positions off the buffered tile clamp to its edge cells. */
  offer(index: number, x: number, y: number): void {
    const last = this.side - 1;
    let cx = Math.floor(x / this.cellSize) + this.margin;
    let cy = Math.floor(y / this.cellSize) + this.margin;
    cx = cx < 0 ? 0 : cx > last ? last : cx;
    cy = cy < 0 ? 0 : cy > last ? last : cy;
    const cell = cy * this.side + cx;
    const current = this.winner[cell] as number;
    if (current === -1) this.used.push(cell);
    else if (current <= index) return;
    this.winner[cell] = index;
    this.xs[cell] = Math.round(x);
    this.ys[cell] = Math.round(y);
  }

  /** Moves the winners into `into` (when given) and empties the cells for the next tile. */
  drain(into?: PlacedList): void {
    const used = this.used.array;
    for (let k = 0; k < this.used.length; k++) {
      const cell = used[k] as number;
      into?.push(this.winner[cell] as number, this.xs[cell] as number, this.ys[cell] as number);
      this.winner[cell] = -1;
    }
    this.used.setLength(0);
  }
}

/** Slots 0..n−1 ordered by `index[slot]`, then by slot; a plain numeric sort of packed keys when they fit a double exactly. */
function orderByIndex(index: ArrayLike<number>, n: number): Uint32Array {
  const order = new Uint32Array(n);
  const shift = 2 ** Math.ceil(Math.log2(n + 1));
  let max = 0;
  for (let k = 0; k < n; k++) max = Math.max(max, index[k] as number);
  if ((max + 1) * shift <= Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(n);
    for (let k = 0; k < n; k++) keys[k] = (index[k] as number) * shift + k;
    keys.sort();
    for (let k = 0; k < n; k++) order[k] = (keys[k] as number) % shift;
    return order;
  }
  for (let k = 0; k < n; k++) order[k] = k;
  return order.sort((a, b) => (index[a] as number) - (index[b] as number) || a - b);
}
