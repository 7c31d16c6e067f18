import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { utils, write, type WorkSheet } from '@e965/xlsx';
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from './importError.ts';
import { isLegacyXls, looksLikeXlsx, readXlsx } from './xlsx.ts';

type Sheets = Record<string, unknown[][] | WorkSheet>;

/** A real .xlsx, written by the same library, with the sheets in the given order; text in a shared-string table as Excel writes it. */
function book(sheets: Sheets, bookSST = true): Uint8Array {
  const wb = utils.book_new();
  for (const [name, content] of Object.entries(sheets)) {
    // UTC: a Date's UTC fields become the cell's wall-clock value, so the test passes in any time zone.
    const ws = Array.isArray(content) ? utils.aoa_to_sheet(content, { cellDates: true, UTC: true }) : content;
    utils.book_append_sheet(wb, ws, name);
  }
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', compression: true, bookSST }) as ArrayBuffer);
}

/** The same workbook with its parts changed, re-zipped. */
function edit(bytes: Uint8Array, change: (parts: Record<string, Uint8Array>) => void): Uint8Array {
  const parts = unzipSync(bytes);
  change(parts);
  return zipSync(parts);
}

async function failure(p: Promise<unknown>): Promise<string> {
  const e: unknown = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ImportError);
  return (e as ImportError).message;
}

/** Deterministic noise (xorshift), so a failure can be reproduced. */
function noise(n: number, seed = 0x2545f491): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe('readXlsx: cells as text', () => {
  it('keeps Chinese header and values, writes numbers plainly, dates as ISO, and fills empty cells', async () => {
    const ws = utils.aoa_to_sheet(
      [
        ['名称', '经度', '纬度', '投资额（亿元）', '开工日期', '', '已审批', '备注'],
        ['忻州西站综合枢纽', 112.7105, 38.4497, 12.5, new Date(Date.UTC(2024, 2, 15)), null, true, '一期'],
        ['阳曲光伏', 112.672, 38.058, 0.1 + 0.2, new Date(Date.UTC(2023, 10, 2, 14, 30, 5)), 'x', false, null],
        ['太忻大道', 112.6, 38.2, 1_000_000, null, null, null, ''],
      ],
      { cellDates: true, UTC: true },
    );
    // A date typed into Excel: a serial number with a date format, and a time with no date.
    ws['E5'] = { t: 'n', v: 45366, z: 'yyyy-mm-dd' };
    ws['F5'] = { t: 'n', v: 0.5, z: 'hh:mm' };
    ws['A5'] = { t: 's', v: '汇总' };
    // A formula keeps its cached result; an error cell shows as Excel shows it.
    ws['B5'] = { t: 'n', v: 3, f: '1+2' };
    ws['C5'] = { t: 'e', v: 0x2a };
    ws['!ref'] = 'A1:H5';
    const t = await readXlsx(book({ 项目: ws }), 'projects.xlsx');
    expect(t.sheet).toBe('项目');
    expect(t.sheets).toEqual(['项目']);
    expect(t.header).toEqual(['名称', '经度', '纬度', '投资额（亿元）', '开工日期', 'column_6', '已审批', '备注']);
    expect(t.rows).toEqual([
      ['忻州西站综合枢纽', '112.7105', '38.4497', '12.5', '2024-03-15', '', 'true', '一期'],
      ['阳曲光伏', '112.672', '38.058', '0.3', '2023-11-02T14:30:05', 'x', 'false', ''],
      ['太忻大道', '112.6', '38.2', '1000000', '', '', '', ''],
      ['汇总', '3', '#N/A', '', '2024-03-15', '12:00:00', '', ''],
    ]);
  });

  it('trims trailing empty rows, keeps empty rows in between, and starts at the first cell that holds anything', async () => {
    const ws = utils.aoa_to_sheet([]);
    utils.sheet_add_aoa(ws, [['名称', '经度', '纬度'], ['甲', 112.5, 38.1], [], ['乙', 112.6, 38.2], ['', null, ''], [null, null, null]], { origin: 'B3', sheetStubs: true });
    const t = await readXlsx(book({ Sheet1: ws }), 'offset.xlsx');
    expect(t.header).toEqual(['名称', '经度', '纬度']);
    expect(t.rows).toEqual([
      ['甲', '112.5', '38.1'],
      ['', '', ''],
      ['乙', '112.6', '38.2'],
    ]);
  });

  it('a row wider than the header widens the table; the extra header cells are named', async () => {
    const t = await readXlsx(book({ s: [['lon', 'lat'], [112.5, 38.1, 'extra']] }), 'wide.xlsx');
    expect(t.header).toEqual(['lon', 'lat', 'column_3']);
    expect(t.rows).toEqual([['112.5', '38.1', 'extra']]);
  });

  it('a header with no rows below it is a table with no rows, not an error', async () => {
    const t = await readXlsx(book({ s: [['lon', 'lat']] }), 'header-only.xlsx');
    expect(t).toEqual({ sheet: 's', sheets: ['s'], header: ['lon', 'lat'], rows: [] });
  });
  it('built-in formats SheetJS only knows while formatting: CJK dates (31, 57) and accounting (44)', async () => {
    const ws = utils.aoa_to_sheet([['开工日期', '月日', '投资额（亿元）']]);
    ws['A2'] = { t: 'n', v: 45366, z: 'yyyy-mm-dd' };
    ws['B2'] = { t: 'n', v: 45367, z: 'yyyy-mm-dd hh:mm' };
    ws['C2'] = { t: 'n', v: 1234.5, z: '0.000' };
    ws['!ref'] = 'A1:C2';
    // Chinese Excel writes these as bare numFmtId references, with no <numFmt> to define them.
    const bytes = edit(book({ 项目: ws }), (parts) => {
      const styles = strFromU8(parts['xl/styles.xml'] as Uint8Array);
      const ids = [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1], m[2]] as const);
      const id = (code: string) => ids.find(([, c]) => c === code)?.[0];
      const rewritten = styles
        .replace(/<numFmts[^]*?<\/numFmts>/, '')
        .replace(`numFmtId="${id('yyyy-mm-dd')}"`, 'numFmtId="31"')
        .replace(`numFmtId="${id('yyyy-mm-dd hh:mm')}"`, 'numFmtId="57"')
        .replace(`numFmtId="${id('0.000')}"`, 'numFmtId="44"');
      parts['xl/styles.xml'] = strToU8(rewritten);
    });
    expect(strFromU8(unzipSync(bytes)['xl/styles.xml'] as Uint8Array)).toMatch(/numFmtId="31"[^]*numFmtId="57"[^]*numFmtId="44"/);
    const t = await readXlsx(bytes, 'cjk.xlsx');
    expect(t.rows).toEqual([['2024-03-15', '2024-03-16', '1234.5']]);
  });

  it('a workbook zipped with data descriptors (as streaming writers such as Go and Java do) reads the same', async () => {
    const parts = unzipSync(book({ 点位: [['名称', 'lon', 'lat'], ['忻州', 112.73, 38.42]] }));
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, chunk) => {
      if (err) throw err;
      chunks.push(chunk);
    });
    for (const [path, data] of Object.entries(parts)) {
      const file = new ZipDeflate(path, { level: 6 });
      zip.add(file);
      file.push(data, true);
    }
    zip.end();
    const streamed = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (streamed.set(c, at), at + c.length), 0);
    // General-purpose flag bit 3: sizes follow the data instead of preceding it.
    expect((streamed[6] as number) & 8).toBe(8);
    expect(looksLikeXlsx(streamed)).toBe(true);
    expect((await readXlsx(streamed, 'streamed.xlsx')).rows).toEqual([['忻州', '112.73', '38.42']]);
  });

});

describe('readXlsx: choosing the sheet', () => {
  const bytes = book({ 说明: [], 数据: [['名称', 'WKT'], ['甲', 'POINT (112.5 38.1)']], Points: [['lon', 'lat'], [112.7, 38.4]] });

  it('defaults to the first non-empty sheet and lists them all', async () => {
    const t = await readXlsx(bytes, 'two.xlsx');
    expect(t.sheet).toBe('数据');
    expect(t.sheets).toEqual(['说明', '数据', 'Points']);
    expect(t.rows).toEqual([['甲', 'POINT (112.5 38.1)']]);
  });

  it('picks a sheet by name, case-insensitively as Excel does, and reports its real spelling', async () => {
    expect((await readXlsx(bytes, 'two.xlsx', 'Points')).rows).toEqual([['112.7', '38.4']]);
    expect((await readXlsx(bytes, 'two.xlsx', 'points')).sheet).toBe('Points');
    expect((await readXlsx(bytes, 'two.xlsx', '数据')).header).toEqual(['名称', 'WKT']);
  });

  it('an unknown sheet name lists the sheets there are', async () => {
    expect(await failure(readXlsx(bytes, 'two.xlsx', '坐标'))).toBe('two.xlsx: sheet "坐标" not found (sheets: 说明, 数据, Points)');
  });

  it('an empty sheet, by default or by name, is an error', async () => {
    const empty = book({ Sheet1: [], Sheet2: [[null, '', null]] });
    expect(await failure(readXlsx(empty, 'empty.xlsx'))).toBe('empty.xlsx: the sheet is empty');
    expect(await failure(readXlsx(bytes, 'two.xlsx', '说明'))).toBe('two.xlsx: the sheet is empty');
  });
});

describe('recognising the file', () => {
  const xlsx = book({ s: [['a'], [1]] });
  const xls = new Uint8Array(4096);
  xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const shapefileZip = zipSync({ 'sites.shp': new Uint8Array(100), 'sites.dbf': new Uint8Array(33), 'sites.prj': strToU8('GEOGCS["GCS_China_Geodetic_Coordinate_System_2000"]') });
  const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });

  it('looksLikeXlsx: only a zip holding a workbook', () => {
    expect(looksLikeXlsx(xlsx)).toBe(true);
    expect(looksLikeXlsx(shapefileZip)).toBe(false);
    expect(looksLikeXlsx(docx)).toBe(false);
    expect(looksLikeXlsx(xls)).toBe(false);
    expect(looksLikeXlsx(noise(10_000))).toBe(false);
    expect(looksLikeXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...noise(200)]))).toBe(false);
    expect(looksLikeXlsx(new Uint8Array(0))).toBe(false);
  });

  it('isLegacyXls: the OLE2 signature', () => {
    expect(isLegacyXls(xls)).toBe(true);
    expect(isLegacyXls(xlsx)).toBe(false);
    expect(isLegacyXls(xls.subarray(0, 7))).toBe(false);
  });

  it('an old .xls is refused with what to do about it', async () => {
    expect(await failure(readXlsx(xls, '项目表.xls'))).toBe('项目表.xls: old Excel format (.xls) — save it as .xlsx or CSV and import again');
  });

  it('a password-protected .xlsx (also OLE2) is not called an old format', async () => {
    const encrypted = xls.slice();
    encrypted.set(
      Array.from('EncryptedPackage').flatMap((ch) => [ch.charCodeAt(0), 0]),
      1024,
    );
    expect(await failure(readXlsx(encrypted, 'locked.xlsx'))).toBe('locked.xlsx: the workbook is password-protected — save a copy without a password and import again');
  });

  it('random bytes, a shapefile zip and a Word file are not spreadsheets', async () => {
    const message = (name: string) => `${name}: not a spreadsheet (could not be read as .xlsx)`;
    expect(await failure(readXlsx(noise(10_000), 'noise.xlsx'))).toBe(message('noise.xlsx'));
    expect(await failure(readXlsx(shapefileZip, 'sites.xlsx'))).toBe(message('sites.xlsx'));
    expect(await failure(readXlsx(docx, 'report.xlsx'))).toBe(message('report.xlsx'));
  });

  it('a zip that claims to unpack past the limit is refused before anything is unpacked', async () => {
    const bomb = xlsx.slice();
    const view = new DataView(bomb.buffer);
    // Each central-directory record (PK 1 2) declares its part's unpacked size at offset 24.
    for (let i = 0; i + 46 <= bomb.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 300 * 1024 * 1024, true);
    expect(await failure(readXlsx(bomb, 'bomb.xlsx'))).toBe('bomb.xlsx: unpacks to more than 500 MB — too large to import; split it or save it as CSV');
  });

  it('a sheet SheetJS cannot parse is reported, not passed over as empty', async () => {
    const missing = edit(xlsx, (parts) => {
      delete parts['xl/worksheets/sheet1.xml'];
    });
    expect(await failure(readXlsx(missing, 'missing.xlsx'))).toBe('missing.xlsx: sheet "s" could not be read (damaged or unsupported content)');
  });

  it('a workbook whose zip is damaged past its directory is not a spreadsheet', async () => {
    const broken = xlsx.slice();
    // Scramble the compressed parts but leave the central directory (at the end) readable.
    broken.set(noise(Math.floor(broken.length / 2)), 40);
    expect(looksLikeXlsx(broken)).toBe(true);
    expect(await failure(readXlsx(broken, 'broken.xlsx'))).toBe('broken.xlsx: not a spreadsheet (could not be read as .xlsx)');
  });

  // Two bytes changed in a real workbook: fflate still unpacks every part, but SheetJS's own
  // inflater (0.20.3) loops forever on it. Written by SheetJS, so the bytes are the same each run.
  it('a damaged part that once hung SheetJS settles', async () => {
    const aoa: unknown[][] = [['名称', '经度', '纬度']];
    for (let i = 0; i < 200; i++) aoa.push([`点${i}`, 112 + i / 1000, 38 + i / 1000]);
    const damaged = book({ s: aoa }, false);
    expect(damaged.length).toBe(18_520);
    damaged[13_957] = 132;
    damaged[16_643] = 114;
    await expect(readXlsx(damaged, 'damaged.xlsx')).rejects.toBeInstanceOf(ImportError);
  });

  it('any few damaged bytes give a table or an ImportError, never another error or a hang', async () => {
    const aoa: unknown[][] = [['名称', '经度', '纬度']];
    for (let i = 0; i < 50; i++) aoa.push([`点${i}`, 112 + i / 1000, 38 + i / 1000]);
    const good = book({ s: aoa });
    const damage = fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(damage, async (changes) => {
        const b = good.slice();
        for (const [at, value] of changes) b[at] = value;
        const outcome = await readXlsx(b, 'd.xlsx').then(
          (t) => t,
          (e: unknown) => e,
        );
        expect(outcome instanceof ImportError || (typeof outcome === 'object' && outcome !== null && 'rows' in outcome)).toBe(true);
      }),
      { numRuns: 300, seed: 20_240_315 },
    );
  });
});

describe('the fixture the end-to-end test imports', () => {
  it('test/fixtures/projects-zh.xlsx: three projects with Chinese names inside the zone', async () => {
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../test/fixtures/projects-zh.xlsx')));
    const t = await readXlsx(bytes, 'projects-zh.xlsx');
    expect(t.header).toEqual(['名称', '经度', '纬度', '投资额（亿元）', '类别']);
    expect(t.rows).toHaveLength(3);
    for (const [, lon, lat] of t.rows) {
      expect(Number(lon)).toBeGreaterThanOrEqual(112.4);
      expect(Number(lon)).toBeLessThanOrEqual(113.0);
      expect(Number(lat)).toBeGreaterThanOrEqual(38.0);
      expect(Number(lat)).toBeLessThanOrEqual(38.6);
    }
  });
});

describe('a large sheet', () => {
  it('100,000 rows × 5 columns', { timeout: 120_000 }, async () => {
    const n = 100_000;
    const aoa: unknown[][] = [['名称', '经度', '纬度', '投资额（亿元）', '类别']];
    // Coordinates are written from decimal text, so the expected text is exact.
    const lon = (i: number) => `112.${String(400 + (i % 600)).padStart(3, '0')}`;
    const lat = (i: number) => `38.${String(i % 599).padStart(3, '0')}`;
    for (let i = 0; i < n; i++) aoa.push([`项目${i}`, Number(lon(i)), Number(lat(i)), i / 4, i % 2 ? '能源' : '制造业']);
    const wb = utils.book_new();
    utils.book_append_sheet(wb, utils.aoa_to_sheet(aoa, { dense: true }), '项目');
    const bytes = new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);

    const start = performance.now();
    const t = await readXlsx(bytes, 'big.xlsx');
    const ms = performance.now() - start;
    console.log(`readXlsx: ${n.toLocaleString('en')} rows × 5 columns (${(bytes.length / 1024 / 1024).toFixed(1)} MB .xlsx) in ${ms.toFixed(0)} ms`);

    expect(t.rows).toHaveLength(n);
    const last = n - 1;
    expect(t.rows[last]).toEqual([`项目${last}`, String(Number(lon(last))), String(Number(lat(last))), '24999.75', '能源']);
    expect(t.rows[0]).toEqual(['项目0', '112.4', '38', '0', '制造业']);
  });
});
