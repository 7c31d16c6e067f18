/**
 * Copies of the bytes outside the "features" list, up to a ceiling: the top-level members
 * (type, name, crs…) of a collection, or the whole text of a file that is not one.
 */
export class ShellBytes {
  private parts: Uint8Array[] = [];
  private total = 0;

  constructor(private readonly limit: number) {}

  /** Copies the bytes (the slice they come from is not kept); false once past the limit. */
  add(bytes: Uint8Array): boolean {
    this.total += bytes.length;
    if (this.total > this.limit) return false;
    this.parts.push(bytes.slice());
    return true;
  }

  bytes(): Uint8Array {
    if (this.parts.length === 1) return this.parts[0] as Uint8Array;
    const out = new Uint8Array(this.total);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}
