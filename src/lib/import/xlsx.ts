import type { CellObject, ParsingOptions, WorkBook, WorkSheet } from '@e965/xlsx';
import { unzipSync } from 'fflate';
import { ImportError, LIMITS } from './importError.ts';

export interface SheetTable {
  /** The sheet that was read, spelled as in the workbook. */
  sheet: string;
  /** Every sheet in the workbook, in tab order, so the user can pick another. */
  sheets: string[];
  header: string[];
  /** Each row as long as the header. */
  rows: string[][];
}

type Row = (CellObject | null | undefined)[];

// Dense rows of plain values, without the styles, formulas and rich-text HTML SheetJS would
// otherwise keep for each of a million cells. Dates come back as Date objects, written as ISO
// text here whatever number format the author chose.
const READ_OPTIONS = {
  dense: true,
  cellDates: true,
  // Costs a formatted string per cell (about +7 % peak memory, +15 % time at 1M rows), but without it
  // SheetJS 0.20.3 drops the whole sheet when a cell uses a built-in format it only fills in while
  // formatting: 27–36 and 50–58 are the CJK dates (2024年3月15日) that Chinese Excel writes, 41–44
  // the accounting formats (SheetJS issue #2349).
  cellText: true,
  cellNF: false,
  cellHTML: false,
  cellFormula: false,
  cellStyles: false,
  sheetStubs: false,
  bookVBA: false,
  bookDeps: false,
  bookFiles: false,
} as const satisfies ParsingOptions;

/** The shape of a `cfb` container, which is what SheetJS's workbook reader takes from its zip layer. */
interface Container {
  FullPaths: string[];
  FileIndex: { name: string; type: number; content: Uint8Array }[];
}
type ParseZip = (zip: Container, opts: ParsingOptions) => WorkBook;

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isLegacyXls(bytes: Uint8Array): boolean {
  return bytes.length >= OLE2_MAGIC.length && OLE2_MAGIC.every((b, i) => bytes[i] === b);
}

/** A zip whose central directory lists the parts of a workbook; nothing is unpacked. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  const names = new Set<string>();
  try {
    // Refusing every entry makes fflate walk the central directory without inflating anything.
    unzipSync(bytes, {
      filter: (f) => {
        names.add(f.name.replace(/\\/g, '/').toLowerCase());
        return false;
      },
    });
  } catch {
    return false;
  }
  return names.has('[content_types].xml') && (names.has('xl/workbook.xml') || names.has('xl/workbook.bin'));
}

/** An encrypted .xlsx is an OLE2 file too; telling its owner to "save as .xlsx" would not help. */
function isEncryptedOoxml(bytes: Uint8Array): boolean {
  // The stream name sits in a directory entry as UTF-16LE; the directory can be anywhere in the file.
  const needle = Array.from('EncryptedPackage').flatMap((ch) => [ch.charCodeAt(0), 0]);
  const last = bytes.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== needle[0]) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function isBlank(c: CellObject | null | undefined): boolean {
  return c == null || c.v == null || c.t === 'z' || c.v === '';
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function dateText(d: Date): string {
  // SheetJS builds dates from the serial number in UTC, so the UTC fields are the wall-clock
  // value the author typed, whatever time zone this code runs in. Rounded to the second because
  // serials carry float noise (…:04.999).
  const t = new Date(Math.round(d.getTime() / 1000) * 1000);
  const time = `${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}:${pad2(t.getUTCSeconds())}`;
  // A time with no date is the serial 0.x, which SheetJS places on 1899-12-31.
  if (t.getUTCFullYear() < 1900) return time;
  const date = `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
  return time === '00:00:00' ? date : `${date}T${time}`;
}

function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  // Excel shows at most 15 significant digits; beyond that a formula's result is binary noise
  // (0.30000000000000004) that the author never saw in the sheet.
  return String(Number(n.toPrecision(15)));
}

function textOf(c: CellObject | null | undefined): string {
  if (c == null || c.v == null) return '';
  const v = c.v;
  switch (c.t) {
    case 's':
      return String(v);
    case 'n':
      return typeof v === 'number' ? numberText(v) : String(v);
    case 'b':
      return v ? 'true' : 'false';
    case 'd':
      return v instanceof Date ? (Number.isNaN(v.getTime()) ? '' : dateText(v)) : String(v);
    case 'e':
      // SheetJS keeps the error's code in v and the text Excel shows (#N/A) in w.
      return c.w ?? '#ERROR';
    default:
      return '';
  }
}

/** Where a sheet's content sits: rows top…bottom, columns left…right (0-based, inclusive). */
interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function contentBox(ws: WorkSheet): Box | null {
  const data = ws['!data'] as (Row | undefined)[] | undefined;
  if (!data) return null;
  const box: Box = { top: -1, bottom: -1, left: Infinity, right: -1 };
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      if (isBlank(row[c])) continue;
      if (box.top < 0) box.top = r;
      box.bottom = r;
      if (c < box.left) box.left = c;
      if (c > box.right) box.right = c;
    }
  }
  return box.top < 0 ? null : box;
}

/** The box as text: its first row is the header, rows below it as long as the header. */
function toTable(ws: WorkSheet, { top, bottom, left, right }: Box): { header: string[]; rows: string[][] } {
  const data = ws['!data'] as (Row | undefined)[];
  const width = right - left + 1;
  const text = (row: Row | undefined): string[] => {
    const out = new Array<string>(width);
    for (let c = 0; c < width; c++) out[c] = row ? textOf(row[left + c]) : '';
    return out;
  };
  const header = text(data[top]).map((h, i) => (h === '' ? `column_${i + 1}` : h));
  const rows = new Array<string[]>(bottom - top);
  for (let r = top + 1; r <= bottom; r++) {
    rows[r - top - 1] = text(data[r]);
    // Dropping each converted row lets the collector free its cell objects while the rest converts.
    data[r] = undefined;
  }
  return { header, rows };
}

interface Found {
  ws: WorkSheet;
  box: Box;
  sheet: string;
  sheets: string[];
}

type Load = (which: string | number) => WorkBook;

/** SheetJS leaves out a sheet it failed to parse but still lists its name. */
function parsed(wb: WorkBook, sheet: string, name: string): WorkSheet {
  const ws = wb.Sheets[sheet];
  if (!ws) throw new ImportError('sheetUnreadable', { file: name, sheet });
  return ws;
}

function findNamed(load: Load, name: string, sheet: string): Found {
  const wb = load(sheet);
  // Excel treats sheet names case-insensitively, and so does SheetJS's `sheets` option.
  const actual = wb.SheetNames.find((n) => n === sheet) ?? wb.SheetNames.find((n) => n.toLowerCase() === sheet.toLowerCase());
  if (actual === undefined) throw new ImportError('sheetNotFound', { file: name, sheet, sheets: wb.SheetNames.join(', ') });
  const ws = parsed(wb, actual, name);
  const box = contentBox(ws);
  if (!box) throw new ImportError('sheetEmpty', { file: name });
  return { ws, box, sheet: actual, sheets: wb.SheetNames };
}

function findFirstNonEmpty(load: Load, name: string): Found {
  let sheets: string[] = [];
  // Sheet by sheet, so that only the one returned is held as cells.
  for (let i = 0; i === 0 || i < sheets.length; i++) {
    const wb = load(i);
    sheets = wb.SheetNames;
    const sheet = sheets[i];
    if (sheet === undefined) break;
    const ws = parsed(wb, sheet, name);
    const box = contentBox(ws);
    if (box) return { ws, box, sheet, sheets };
  }
  throw new ImportError('sheetEmpty', { file: name });
}

/**
 * The workbook's parts, unpacked by fflate. SheetJS's own inflater has no bounds checks: some
 * damaged deflate streams make it loop forever (seen with 0.20.3, even on streams fflate decodes
 * without complaint), whereas fflate stops with an error.
 */
function unpack(bytes: Uint8Array, name: string, notSpreadsheet: () => ImportError): Container {
  let parts: Record<string, Uint8Array>;
  try {
    // Sizes from the central directory first, so that an oversized (or hostile) zip allocates nothing.
    let declared = 0;
    unzipSync(bytes, {
      filter: (f) => {
        declared += f.originalSize;
        return false;
      },
    });
    if (declared > LIMITS.maxUnzippedBytes) {
      throw new ImportError('xlsxTooLarge', { file: name, mb: LIMITS.maxUnzippedBytes / 1024 / 1024 });
    }
    // fflate never writes past a part's declared size, so the check above bounds the memory.
    parts = unzipSync(bytes, { filter: (f) => !f.name.endsWith('/') });
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw notSpreadsheet();
  }
  const paths = Object.keys(parts);
  return { FullPaths: paths, FileIndex: paths.map((path) => ({ name: path, type: 2, content: parts[path] as Uint8Array })) };
}

/** Reads one sheet (by name; default: the first non-empty one) as text cells, header = first row. */
export async function readXlsx(bytes: Uint8Array, name: string, sheet?: string): Promise<SheetTable> {
  if (isLegacyXls(bytes)) {
    throw new ImportError(isEncryptedOoxml(bytes) ? 'xlsxPassword' : 'xlsOld', { file: name });
  }
  const notSpreadsheet = () => new ImportError('notSpreadsheet', { file: name });
  if (!looksLikeXlsx(bytes)) throw notSpreadsheet();

  const container = unpack(bytes, name, notSpreadsheet);

  // Loaded here rather than at the top so that sniffing a file never pulls in the parser (a
  // ~470 kB chunk of its own once built).
  // parse_zip is what XLSX.read calls once it has unzipped; it is exported but not typed.
  const parseZip = ((await import('@e965/xlsx')) as unknown as { parse_zip?: ParseZip }).parse_zip;
  if (typeof parseZip !== 'function') throw new Error('@e965/xlsx no longer exports parse_zip: xlsx.ts needs updating');
  // Each read parses one sheet: a workbook with several big sheets would not fit otherwise.
  const load = (which: string | number): WorkBook => {
    try {
      return parseZip(container, { ...READ_OPTIONS, sheets: which });
    } catch {
      throw notSpreadsheet();
    }
  };
  const found = sheet ? findNamed(load, name, sheet) : findFirstNonEmpty(load, name);
  // The unpacked parts are as big as the sheet's XML: let them go before the text is built.
  container.FileIndex = [];
  return { sheet: found.sheet, sheets: found.sheets, ...toTable(found.ws, found.box) };
}
