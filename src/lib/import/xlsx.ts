import type { CellObject, ParsingOptions, WorkBook, WorkSheet } from '@e965/xlsx';
import { unzipSync, zipSync } from 'fflate';
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

// Dense rows of plain values: no .w text, styles, formulas or rich-text HTML per cell, which is
// most of what SheetJS would otherwise keep for each of a million rows. Dates come back as Date
// objects so they can be written as ISO text here, whatever number format the author chose.
const READ_OPTIONS = {
  type: 'array',
  dense: true,
  cellDates: true,
  cellText: false,
  cellNF: false,
  cellHTML: false,
  cellFormula: false,
  cellStyles: false,
  sheetStubs: false,
  bookVBA: false,
  bookDeps: false,
  bookFiles: false,
} as const satisfies ParsingOptions;

// With cellText off SheetJS leaves an error cell as its BIFF code; these are the texts Excel shows.
const ERRORS: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA' };

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isLegacyXls(bytes: Uint8Array): boolean {
  return bytes.length >= OLE2_MAGIC.length && OLE2_MAGIC.every((b, i) => bytes[i] === b);
}

/** Names and unpacked sizes from the zip's central directory, or null when it is not a zip. */
function zipEntries(bytes: Uint8Array): { name: string; size: number }[] | null {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return null;
  const entries: { name: string; size: number }[] = [];
  try {
    // Refusing every entry makes fflate walk the central directory without inflating anything.
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ name: f.name.replace(/\\/g, '/'), size: f.originalSize });
        return false;
      },
    });
  } catch {
    return null;
  }
  return entries;
}

function isWorkbookZip(entries: { name: string }[]): boolean {
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  return names.has('[content_types].xml') && (names.has('xl/workbook.xml') || names.has('xl/workbook.bin'));
}

export function looksLikeXlsx(bytes: Uint8Array): boolean {
  const entries = zipEntries(bytes);
  return entries !== null && isWorkbookZip(entries);
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

function cellText(c: CellObject | null | undefined): string {
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
      return typeof v === 'number' ? (ERRORS[v] ?? '#ERROR') : String(v);
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
    for (let c = 0; c < width; c++) out[c] = row ? cellText(row[left + c]) : '';
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

function findNamed(load: (which: string | number) => WorkBook, name: string, sheet: string): Found {
  const wb = load(sheet);
  // Excel treats sheet names case-insensitively, and so does SheetJS's `sheets` option.
  const actual = wb.SheetNames.find((n) => n === sheet) ?? wb.SheetNames.find((n) => n.toLowerCase() === sheet.toLowerCase());
  const ws = actual === undefined ? undefined : wb.Sheets[actual];
  if (actual === undefined || !ws) throw new ImportError(`${name}: sheet "${sheet}" not found (sheets: ${wb.SheetNames.join(', ')})`);
  const box = contentBox(ws);
  if (!box) throw new ImportError(`${name}: the sheet is empty`);
  return { ws, box, sheet: actual, sheets: wb.SheetNames };
}

function findFirstNonEmpty(load: (which: string | number) => WorkBook, name: string): Found {
  let sheets: string[] = [];
  // One sheet per read; a second read happens only when the first sheet is empty.
  for (let i = 0; i === 0 || i < sheets.length; i++) {
    const wb = load(i);
    sheets = wb.SheetNames;
    const sheet = sheets[i];
    const ws = sheet === undefined ? undefined : wb.Sheets[sheet];
    const box = ws ? contentBox(ws) : null;
    if (sheet !== undefined && ws && box) return { ws, box, sheet, sheets };
  }
  throw new ImportError(`${name}: the sheet is empty`);
}

/** Reads one sheet (by name; default: the first non-empty one) as text cells, header = first row. */
export async function readXlsx(bytes: Uint8Array, name: string, sheet?: string): Promise<SheetTable> {
  if (isLegacyXls(bytes)) {
    throw new ImportError(
      isEncryptedOoxml(bytes)
        ? `${name}: the workbook is password-protected — save a copy without a password and import again`
        : `${name}: old Excel format (.xls) — save it as .xlsx or CSV and import again`,
    );
  }
  const notSpreadsheet = () => new ImportError(`${name}: not a spreadsheet (could not be read as .xlsx)`);
  const entries = zipEntries(bytes);
  if (!entries || !isWorkbookZip(entries)) throw notSpreadsheet();
  // Every part is unpacked in full below, so an oversized (or hostile) zip is refused first.
  const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
  if (unpacked > LIMITS.maxUnzippedBytes) {
    throw new ImportError(`${name}: unpacks to more than ${LIMITS.maxUnzippedBytes / 1024 / 1024} MB — too large to import; split it or save it as CSV`);
  }

  // SheetJS's own inflater has no bounds checks: some damaged deflate streams make it loop forever
  // (seen with 0.20.3, including streams that fflate decodes without complaint). So fflate, which
  // stops with an error instead, unpacks every part, and SheetJS gets them re-packed uncompressed.
  let stored: Uint8Array | undefined;
  try {
    stored = zipSync(unzipSync(bytes), { level: 0 });
  } catch {
    throw notSpreadsheet();
  }

  // Loaded here rather than at the top so that sniffing a file never pulls in the 1 MB parser.
  const { read } = await import('@e965/xlsx');
  // Each read parses one sheet: a workbook with several big sheets would not fit otherwise.
  const load = (which: string | number): WorkBook => {
    try {
      return read(stored, { ...READ_OPTIONS, sheets: which });
    } catch {
      throw notSpreadsheet();
    }
  };
  const found = sheet ? findNamed(load, name, sheet) : findFirstNonEmpty(load, name);
  // The re-packed zip is as big as the unpacked sheet: let it go before the text is built.
  stored = undefined;
  return { sheet: found.sheet, sheets: found.sheets, ...toTable(found.ws, found.box) };
}
