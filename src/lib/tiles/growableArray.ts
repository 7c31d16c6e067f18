type TypedArray = Float64Array | Uint32Array | Uint8Array;
type TypedArrayCtor<T extends TypedArray> = new (length: number) => T;

/**
 * An append-only typed array that grows its buffer by half when full, so a store fed in batches
 * of unknown size pays amortised O(1) per value, keeps no per-value object, and wastes at most a
 * third of its buffer (doubling would waste up to half of a store that is hundreds of MB).
 */
export class GrowableArray<T extends TypedArray> {
  private buffer: T;
  private size = 0;

  constructor(
    private readonly Ctor: TypedArrayCtor<T>,
    initialCapacity = 1024,
  ) {
    this.buffer = new Ctor(Math.max(16, initialCapacity));
  }

  get length(): number {
    return this.size;
  }

  /** The live backing array; only indices below `length` are meaningful. Re-read after a push. */
  get array(): T {
    return this.buffer;
  }

  push(value: number): void {
    if (this.size === this.buffer.length) this.reserve(this.size + 1);
    this.buffer[this.size++] = value;
  }

  /** Makes room for `capacity` values without changing `length`, so hot loops can write directly. */
  reserve(capacity: number): void {
    if (capacity <= this.buffer.length) return;
    let next = this.buffer.length;
    while (next < capacity) next = Math.ceil(next * 1.5);
    const grown = new this.Ctor(next);
    grown.set(this.buffer.subarray(0, this.size));
    this.buffer = grown;
  }

  /** Sets `length` after values were written straight into `array` (within a `reserve`d range). */
  setLength(length: number): void {
    this.size = length;
  }

  get(i: number): number {
    return this.buffer[i] as number;
  }
}
