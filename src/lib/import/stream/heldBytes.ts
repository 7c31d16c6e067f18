/**
 * The slices a reader still needs (an item that began in an earlier slice), kept as views rather
 * than copied into one growing buffer, so a feature spanning many slices costs one copy, not many.
 */
export class HeldBytes {
  private parts: Array<{ start: number; bytes: Uint8Array }> = [];

  add(start: number, bytes: Uint8Array): void {
    if (bytes.length > 0) this.parts.push({ start, bytes });
  }

  /** Bytes [a, b) of the file; they must lie in what is held. A view when one slice holds them all. */
  range(a: number, b: number): Uint8Array {
    const within = this.parts.find((p) => p.start <= a && b <= p.start + p.bytes.length);
    if (within) return within.bytes.subarray(a - within.start, b - within.start);
    const out = new Uint8Array(b - a);
    for (const p of this.parts) {
      const from = Math.max(a, p.start);
      const to = Math.min(b, p.start + p.bytes.length);
      if (from < to) out.set(p.bytes.subarray(from - p.start, to - p.start), from - a);
    }
    return out;
  }

  /** Forgets everything before `offset` (Infinity: everything). */
  dropBefore(offset: number): void {
    const kept: Array<{ start: number; bytes: Uint8Array }> = [];
    for (const p of this.parts) {
      const end = p.start + p.bytes.length;
      if (end <= offset) continue;
      kept.push(p.start >= offset ? p : { start: offset, bytes: p.bytes.subarray(offset - p.start) });
    }
    this.parts = kept;
  }
}
