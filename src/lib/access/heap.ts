/**
 * A binary min-heap of (key, value) pairs in two growable typed arrays: the priority queue of
 * the shortest-path search, small enough not to need a library.
 */
export class MinHeap {
  private keys = new Float64Array(64);
  private values = new Int32Array(64);
  size = 0;

  push(key: number, value: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      const values = new Int32Array(this.size * 2);
      keys.set(this.keys);
      values.set(this.values);
      this.keys = keys;
      this.values = values;
    }
    let i = this.size++;
    // Sift up: the new pair climbs while its parent's key is larger.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = this.keys[parent] as number;
      if (pk <= key) break;
      this.keys[i] = pk;
      this.values[i] = this.values[parent] as number;
      i = parent;
    }
    this.keys[i] = key;
    this.values[i] = value;
  }

  /** The smallest key's value (and its key in `lastKey`), or -1 when empty. */
  lastKey = 0;
  pop(): number {
    if (this.size === 0) return -1;
    const top = this.values[0] as number;
    this.lastKey = this.keys[0] as number;
    const n = --this.size;
    if (n > 0) {
      const key = this.keys[n] as number;
      const value = this.values[n] as number;
      let i = 0;
      // Sift down: the last pair sinks below its smaller child until both children are larger.
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && (this.keys[r] as number) < (this.keys[l] as number) ? r : l;
        if ((this.keys[c] as number) >= key) break;
        this.keys[i] = this.keys[c] as number;
        this.values[i] = this.values[c] as number;
        i = c;
      }
      this.keys[i] = key;
      this.values[i] = value;
    }
    return top;
  }
}
