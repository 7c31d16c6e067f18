/**
 * The few protobuf writes an MVT needs, into one growing byte buffer. Length-delimited fields
 * reserve one length byte and shift their body when it turns out longer than 127 bytes, which for
 * tile features (mostly a few dozen bytes) almost never happens.
 */
export class ProtobufWriter {
  private bytes = new Uint8Array(1 << 16);
  private view = new DataView(this.bytes.buffer);
  pos = 0;

  /** The bytes written so far, as a copy the writer no longer touches. */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.pos);
  }

  /** Field key: field number and wire type (0 varint, 1 64-bit, 2 length-delimited). */
  tag(field: number, wireType: number): void {
    this.varint((field << 3) | wireType);
  }

  /** Unsigned integers up to 2^53, beyond what bit operators reach. */
  varint(value: number): void {
    if (this.pos + 10 > this.bytes.length) this.ensure(10);
    const bytes = this.bytes;
    if (value < 0x80) {
      bytes[this.pos++] = value;
      return;
    }
    let v = value;
    if (v <= 0xffffffff) {
      while (v > 0x7f) {
        bytes[this.pos++] = (v & 0x7f) | 0x80;
        v >>>= 7;
      }
      bytes[this.pos++] = v;
      return;
    }
    while (v > 0x7f) {
      bytes[this.pos++] = (v % 128) | 0x80;
      v = Math.floor(v / 128);
    }
    bytes[this.pos++] = v;
  }

  /** Zigzag, so small negative integers stay short. */
  svarint(value: number): void {
    this.varint(value < 0 ? -2 * value - 1 : 2 * value);
  }

  double(value: number): void {
    this.ensure(8);
    this.view.setFloat64(this.pos, value, true);
    this.pos += 8;
  }

  /** Appends what another writer wrote. */
  append(other: ProtobufWriter): void {
    this.ensure(other.pos);
    this.bytes.set(other.bytes.subarray(0, other.pos), this.pos);
    this.pos += other.pos;
  }

  /** Starts a length-delimited body; pass the result to `endLength`. */
  beginLength(): number {
    if (this.pos + 1 > this.bytes.length) this.ensure(1);
    return ++this.pos;
  }

  endLength(start: number): void {
    const length = this.pos - start;
    if (length < 0x80) {
      this.bytes[start - 1] = length;
      return;
    }
    const extra = length < 0x4000 ? 1 : length < 0x200000 ? 2 : length < 0x10000000 ? 3 : 4;
    this.ensure(extra);
    this.bytes.copyWithin(start + extra, start, this.pos);
    const end = this.pos + extra;
    this.pos = start - 1;
    this.varint(length);
    this.pos = end;
  }

  /** UTF-8, written directly: short tag strings cost less this way than through TextEncoder. */
  string(value: string): void {
    if (this.pos + value.length * 3 > this.bytes.length) this.ensure(value.length * 3);
    const bytes = this.bytes;
    let pos = this.pos;
    for (let i = 0; i < value.length; i++) {
      let c = value.charCodeAt(i);
      if (c < 0x80) {
        bytes[pos++] = c;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
        const low = value.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
      if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate is not valid UTF-8
      if (c < 0x80) bytes[pos++] = c;
      else if (c < 0x800) {
        bytes[pos++] = 0xc0 | (c >> 6);
        bytes[pos++] = 0x80 | (c & 0x3f);
      } else if (c < 0x10000) {
        bytes[pos++] = 0xe0 | (c >> 12);
        bytes[pos++] = 0x80 | ((c >> 6) & 0x3f);
        bytes[pos++] = 0x80 | (c & 0x3f);
      } else {
        bytes[pos++] = 0xf0 | (c >> 18);
        bytes[pos++] = 0x80 | ((c >> 12) & 0x3f);
        bytes[pos++] = 0x80 | ((c >> 6) & 0x3f);
        bytes[pos++] = 0x80 | (c & 0x3f);
      }
    }
    this.pos = pos;
  }

  private ensure(more: number): void {
    if (this.pos + more <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.pos + more) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.pos));
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }
}
