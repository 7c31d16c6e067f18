export type CsvNewline = '\n' | '\r\n' | '\r';

// Where the scanner is within a row. The rules copy Papa Parse's own (5.x), so a cut made here
// falls exactly where Papa, reading the whole file, would end a row — even for malformed quoting.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Just after a quote inside a quoted field: an escaped quote, a closing one, or a stray one. */
const QUOTE_SEEN = 3;
/** A quote and then only whitespace: closes the field if a delimiter or newline comes next. */
const QUOTE_SPACE = 4;

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** What String.prototype.trim removes: Papa accepts it between a closing quote and the delimiter. */
function isTrimSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Finds where complete rows end in CSV text that arrives piece by piece: a line break counts only
 * outside a quoted field. Keeps its state between calls, so each character is looked at once.
 */
export class CsvRowEnds {
  private state = FIELD_START;
  private readonly delimiter: number;
  private readonly breakChar: number;
  private readonly crlf: boolean;

  constructor(delimiter: string, newline: CsvNewline) {
    this.delimiter = delimiter.charCodeAt(0);
    this.breakChar = newline === '\r' ? CR : LF;
    this.crlf = newline === '\r\n';
  }

  /**
   * Reads text[from..] (text[..from] was read by earlier calls, as the end of earlier text) and
   * returns the index just past the last row break, or -1 if none lies in the new part.
   */
  scan(text: string, from: number): number {
    let state = this.state;
    let cut = -1;
    const { delimiter, breakChar, crlf } = this;
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const isBreak = c === breakChar && (!crlf || text.charCodeAt(i - 1) === CR);
      switch (state) {
        case FIELD_START:
        case UNQUOTED:
          if (isBreak) {
            state = FIELD_START;
            cut = i + 1;
          } else if (c === delimiter) state = FIELD_START;
          else if (c === QUOTE && state === FIELD_START) state = QUOTED;
          else state = UNQUOTED;
          break;
        case QUOTED:
          if (c === QUOTE) state = QUOTE_SEEN;
          break;
        case QUOTE_SEEN:
        case QUOTE_SPACE:
          if (c === QUOTE) state = state === QUOTE_SEEN ? QUOTED : QUOTE_SEEN;
          else if (c === delimiter) state = FIELD_START;
          else if (isBreak) {
            state = FIELD_START;
            cut = i + 1;
          } else if (isTrimSpace(c)) state = QUOTE_SPACE;
          else state = QUOTED;
          break;
      }
    }
    this.state = state;
    return cut;
  }
}
