const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

// Where the scanner is in the "features" list.
const LIST_START = 0;
const IN_ITEM = 1;
const AFTER_ITEM = 2;
const AFTER_COMMA = 3;

// What a string met at depth ≤ 2 is to the scanner.
const STR_OTHER = 0;
const STR_KEY = 1;
const STR_TYPE = 2;
const STR_ITEM = 3;

// Byte classes for the skipping loops.
const PLAIN = 0;
const QUOTE_BYTE = 1;
/** A backslash, or in GBK a two-byte character's first byte: either way the next byte is not special. */
const ESCAPE = 2;
const STRUCTURE = 3;

function table(entries: Array<[number, number]>): Uint8Array {
  const t = new Uint8Array(256);
  for (const [byte, kind] of entries) t[byte] = kind;
  return t;
}
const UTF8_STRING = table([[QUOTE, QUOTE_BYTE], [BACKSLASH, ESCAPE]]);
const GBK_STRING = table([[QUOTE, QUOTE_BYTE], [BACKSLASH, ESCAPE], ...Array.from({ length: 0xfe - 0x81 + 1 }, (_, k): [number, number] => [0x81 + k, ESCAPE])]);
/** Inside an item only strings and brackets matter. */
const OUTSIDE = table([QUOTE, LBRACE, RBRACE, LBRACKET, RBRACKET].map((b): [number, number] => [b, STRUCTURE]));

/** Key and type strings longer than this cannot be "features" or "FeatureCollection", even fully escaped. */
const MAX_CAPTURE = 64;

const isJsonSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function syntax(detail: string, at: number): SyntaxError {
  return new SyntaxError(`${detail} at byte ${at}`);
}

/**
 * Walks a GeoJSON file's bytes once, slice by slice, and finds the items of the top-level
 * "features" list without decoding anything: it tracks nesting, strings and escapes, the keys of
 * the top-level object, and the commas between list items. Everything outside the list (the
 * "shell") is handed back in byte ranges, for the caller to keep and check with JSON.parse.
 * It checks only what no later JSON.parse will see: bracket pairing and the list's separators.
 */
export class FeatureListScanner {
  /** In a GBK file a string's two-byte characters may end in 0x5C, which is not an escape there. */
  gbk = false;
  /** Any byte other than JSON whitespace seen. */
  sawContent = false;
  /** A "features" list of the top-level object was found and is being (or was) streamed. */
  foundList = false;
  topIsArray = false;

  private stack = new Uint8Array(64);
  private depth = 0;
  private inString = false;
  private escaped = false;
  private stringKind = STR_OTHER;
  private capture: number[] | null = null;

  private topIsObject = false;
  private expectKey = false;
  private valuePending = false;
  private lastKey: string | null = null;
  private typeSeen = false;
  private type: string | null = null;

  private inList = false;
  private list = LIST_START;
  private itemStart = -1;
  private itemScalar = false;
  private spanStart = -1;
  private spanEnd = -1;

  private shellFrom: number;
  private shellRanges: Array<[number, number]> = [];

  /** `start`: the offset of the first byte to scan (after a byte order mark). */
  constructor(start: number) {
    this.shellFrom = start;
  }

  /** Scans one slice; `base` is its offset in the file. Throws SyntaxError on broken structure. */
  scan(bytes: Uint8Array, base: number): void {
    // The hot state lives in locals; the rare events at depth ≤ 2 go through methods. Runs of
    // bytes that cannot matter (string text, numbers inside items) are skipped by table look-up.
    let depth = this.depth;
    let inString = this.inString;
    let escaped = this.escaped;
    let capture = this.capture;
    let stack = this.stack;
    const inText = this.gbk ? GBK_STRING : UTF8_STRING;
    const n = bytes.length;
    let i = 0;
    while (i < n) {
      if (inString) {
        if (escaped) {
          escaped = false;
          if (capture && capture.length <= MAX_CAPTURE) capture.push(bytes[i] as number);
          i++;
          continue;
        }
        let k = 0;
        if (capture) k = inText[bytes[i] as number] as number;
        else while (i < n && (k = inText[bytes[i] as number] as number) === PLAIN) i++;
        if (i === n) break;
        if (capture && capture.length <= MAX_CAPTURE) capture.push(bytes[i] as number);
        if (k === ESCAPE) escaped = true;
        else if (k === QUOTE_BYTE) {
          inString = false;
          if (this.stringKind !== STR_OTHER) {
            this.endString(base + i);
            capture = null;
          }
        }
        i++;
        continue;
      }
      if (depth > 2) while (i < n && OUTSIDE[bytes[i] as number] === PLAIN) i++;
      if (i === n) break;
      const c = bytes[i] as number;
      if (c === QUOTE) {
        inString = true;
        if (depth <= 2) {
          this.startString(depth, base + i);
          capture = this.capture;
        }
      } else if (c === LBRACE || c === LBRACKET) {
        if (depth <= 2) this.open(c, depth, base + i);
        if (depth === stack.length) {
          const grown = new Uint8Array(stack.length * 2);
          grown.set(stack);
          stack = this.stack = grown;
        }
        stack[depth++] = c;
      } else if (c === RBRACE || c === RBRACKET) {
        if (depth === 0 || stack[depth - 1] !== (c === RBRACE ? LBRACE : LBRACKET)) throw syntax(`unexpected "${String.fromCharCode(c)}"`, base + i);
        depth--;
        if (depth <= 2) this.close(depth, base + i);
      } else if (depth <= 2) this.other(c, depth, base + i);
      i++;
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    this.capture = capture;
  }

  /** The file ended: anything still open means it was cut short. */
  finish(end: number): void {
    if (this.inString || this.depth > 0) throw syntax('unexpected end of input', end);
  }

  /** Shell byte ranges [start, end) up to `end` (the end of the slice just scanned), then forgets them. */
  takeShell(end: number): Array<[number, number]> {
    if (this.shellFrom >= 0 && this.shellFrom < end) this.shellRanges.push([this.shellFrom, end]);
    if (this.shellFrom >= 0) this.shellFrom = end;
    const ranges = this.shellRanges;
    this.shellRanges = [];
    return ranges;
  }

  /** From the first to the last list item completed since the last call, commas between included. */
  takeSpan(): [number, number] | null {
    if (this.spanStart < 0) return null;
    const span: [number, number] = [this.spanStart, this.spanEnd];
    this.spanStart = this.spanEnd = -1;
    return span;
  }

  /** Where the unfinished list item starts (its bytes must be kept), or Infinity if none is open. */
  openItemStart(): number {
    return this.inList && this.list === IN_ITEM ? this.itemStart : Infinity;
  }

  private streamable(): boolean {
    return !this.typeSeen || this.type === 'FeatureCollection';
  }

  private captured(): string | null {
    const bytes = this.capture;
    if (!bytes || bytes.length > MAX_CAPTURE) return null;
    try {
      // The captured bytes end with the closing quote; JSON.parse resolves any escapes.
      const text = String.fromCharCode(...bytes);
      return /^[\x20-\x7e]*$/.test(text) ? (JSON.parse(`"${text}`) as string) : null;
    } catch {
      return null;
    }
  }

  private startItem(at: number, scalar: boolean): void {
    if (this.list === AFTER_ITEM || (this.list === IN_ITEM && this.itemScalar)) throw syntax('missing "," between features', at);
    this.list = IN_ITEM;
    this.itemStart = at;
    this.itemScalar = scalar;
  }

  private endItem(end: number): void {
    if (this.spanStart < 0) this.spanStart = this.itemStart;
    this.spanEnd = end;
    this.list = AFTER_ITEM;
  }

  /** A value of the top-level object starts (not a string, not a list of features). */
  private valueStarts(): void {
    if (!this.valuePending) return;
    this.valuePending = false;
    if (this.lastKey === 'type') {
      this.typeSeen = true;
      this.type = null;
    }
  }

  private startString(depth: number, at: number): void {
    this.stringKind = STR_OTHER;
    this.capture = null;
    if (depth === 0) this.sawContent = true;
    else if (depth === 1 && this.topIsObject) {
      if (this.expectKey) {
        this.stringKind = STR_KEY;
        this.capture = [];
      } else if (this.valuePending) {
        this.valuePending = false;
        if (this.lastKey === 'type') {
          this.stringKind = STR_TYPE;
          this.capture = [];
        }
      }
    } else if (depth === 2 && this.inList) {
      this.startItem(at, false);
      this.stringKind = STR_ITEM;
    }
  }

  private endString(at: number): void {
    if (this.stringKind === STR_KEY) {
      this.lastKey = this.captured();
      this.expectKey = false;
    } else if (this.stringKind === STR_TYPE) {
      this.typeSeen = true;
      this.type = this.captured();
    } else this.endItem(at + 1);
    this.stringKind = STR_OTHER;
    this.capture = null;
  }

  private open(c: number, depth: number, at: number): void {
    if (depth === 0) {
      this.sawContent = true;
      if (c === LBRACE) {
        this.topIsObject = true;
        this.expectKey = true;
      } else this.topIsArray = true;
    } else if (depth === 1 && this.topIsObject) {
      const list = this.valuePending && this.lastKey === 'features' && c === LBRACKET && this.streamable();
      this.valueStarts();
      if (list) {
        this.inList = true;
        this.foundList = true;
        this.list = LIST_START;
        this.shellRanges.push([this.shellFrom, at + 1]);
        this.shellFrom = -1;
      }
    } else if (depth === 2 && this.inList) this.startItem(at, false);
  }

  /** `depth`: the depth after the closing bracket at `at`. */
  private close(depth: number, at: number): void {
    if (depth === 2 && this.inList) this.endItem(at + 1);
    else if (depth === 1 && this.inList) {
      if (this.list === IN_ITEM) this.endItem(at);
      else if (this.list === AFTER_COMMA) throw syntax('"," before the end of the features list', at);
      this.inList = false;
      this.shellFrom = at;
    }
  }

  private other(c: number, depth: number, at: number): void {
    if (isJsonSpace(c)) {
      if (depth === 2 && this.inList && this.list === IN_ITEM && this.itemScalar) this.endItem(at);
      return;
    }
    if (depth === 0) this.sawContent = true;
    else if (depth === 1 && this.topIsObject) {
      if (c === COLON) this.valuePending = true;
      else if (c === COMMA) {
        this.expectKey = true;
        this.valuePending = false;
      } else this.valueStarts();
    } else if (depth === 2 && this.inList) {
      if (c !== COMMA) {
        if (!(this.list === IN_ITEM && this.itemScalar)) this.startItem(at, true);
      } else {
        if (this.list === IN_ITEM) this.endItem(at);
        if (this.list !== AFTER_ITEM) throw syntax('unexpected ","', at);
        this.list = AFTER_COMMA;
      }
    }
  }
}
