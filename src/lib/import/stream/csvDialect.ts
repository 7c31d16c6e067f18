import Papa from 'papaparse';
import type { CsvNewline } from './csvRowEnds.ts';

export interface CsvDialect {
  delimiter: string;
  newline: CsvNewline;
}

/** Papa guesses line endings from the first 1 MiB of its input. */
const PROBE_CHARS = 1024 * 1024;
/** Papa guesses the delimiter from the first 10 rows; an 11th row proves the 10th is complete. */
const GUESS_ROWS = 10;
const CANDIDATES = [',', '\t', '|', ';', Papa.RECORD_SEP, Papa.UNIT_SEP];

function asNewline(s: string): CsvNewline {
  return s === '\r\n' || s === '\r' ? s : '\n';
}

/**
 * The delimiter and line ending Papa would pick for the whole file, guessed from its start — or
 * undefined while the start is too short to be sure (it is then asked again with more text).
 * Papa reads the first 10 rows once per candidate delimiter, and quoting can make rows end at
 * different places per candidate, so every candidate must see 10 complete rows.
 */
export function csvDialect(start: string, whole: boolean): CsvDialect | undefined {
  const probe = start.length > PROBE_CHARS ? start.slice(0, PROBE_CHARS) : start;
  // skipEmptyLines matters: Papa leaves blank rows out of its delimiter guess when it is set.
  const { meta } = Papa.parse<string[]>(probe, { preview: GUESS_ROWS + 1, skipEmptyLines: true });
  const dialect = { delimiter: meta.delimiter, newline: asNewline(meta.linebreak) };
  if (whole || start.length >= PROBE_CHARS) return dialect;
  const enough = CANDIDATES.every((delimiter) => Papa.parse<string[]>(probe, { delimiter, newline: dialect.newline, preview: GUESS_ROWS + 1 }).data.length > GUESS_ROWS);
  return enough ? dialect : undefined;
}
