import Papa from 'papaparse';
import { ImportError } from '../importError.ts';
import type { ByteSource } from './byteSource.ts';
import { chunkSize } from './chunkSize.ts';
import { csvDialect, type CsvDialect } from './csvDialect.ts';
import { CsvRowEnds } from './csvRowEnds.ts';
import type { TextEncodingName } from './encoding.ts';
import { throwIfAborted } from './abort.ts';
import { textChunks } from './textChunks.ts';

export interface CsvBatch {
  /** The first row, cells trimmed; the same in every batch. */
  header: string[];
  /** Rows as Papa gives them: a row may be shorter or longer than the header. */
  rows: string[][];
  bytesRead: number;
  totalBytes: number;
  /** 'utf-8' until a non-ASCII byte has been seen (pure ASCII reads the same either way). */
  encoding: TextEncodingName;
}

export interface CsvBatchOptions {
  /** Bytes per slice read from the source; 4 MiB unless given. */
  chunkBytes?: number;
  signal?: AbortSignal;
}

/**
 * A CSV file's rows, one batch per slice read, as Papa Parse would read the whole text (same
 * delimiter and line ending guesses, same quoting rules), without ever holding the whole text.
 * A header-only file yields nothing. Throws ImportError for an empty or non-text file, and the
 * signal's reason once it aborts.
 */
export async function* csvBatches(src: ByteSource, name: string, opts: CsvBatchOptions = {}): AsyncGenerator<CsvBatch> {
  const { signal } = opts;
  const chunkBytes = chunkSize(opts.chunkBytes);
  throwIfAborted(signal);
  if (src.size === 0) throw new ImportError('empty', { file: name });
  let carry = '';
  let sawText = false;
  let dialect: CsvDialect | undefined;
  let rowEnds: CsvRowEnds | undefined;
  let header: string[] | undefined;
  for await (const chunk of textChunks(src, name, chunkBytes, signal)) {
    const scanned = carry.length;
    const text = carry + chunk.text;
    // Leading blank text is held back, not parsed: a blank file must end as "empty", not as rows of spaces.
    sawText ||= /\S/.test(chunk.text);
    if (!sawText) {
      carry = text;
      continue;
    }
    let cut: number;
    if (!dialect || !rowEnds) {
      dialect = csvDialect(text, chunk.last);
      if (!dialect) {
        carry = text;
        continue;
      }
      rowEnds = new CsvRowEnds(dialect.delimiter, dialect.newline);
      // Held-back text was never scanned: read it from the beginning, once.
      cut = chunk.last ? text.length : rowEnds.scan(text, 0);
    } else cut = chunk.last ? text.length : rowEnds.scan(text, scanned);
    if (cut < 0) {
      carry = text;
      continue;
    }
    carry = text.slice(cut);
    const rows = Papa.parse<string[]>(text.slice(0, cut), { header: false, skipEmptyLines: true, delimiter: dialect.delimiter, newline: dialect.newline }).data;
    if (!header) {
      const first = rows.shift();
      if (!first) continue;
      header = first.map((cell) => cell.trim());
    }
    if (rows.length > 0) yield { header, rows, bytesRead: chunk.bytesRead, totalBytes: src.size, encoding: chunk.encoding };
  }
  if (!sawText) throw new ImportError('empty', { file: name });
}
