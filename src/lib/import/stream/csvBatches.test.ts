import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../importError.ts';
import { gbkBytes } from '../../../../test/fixtures/gbkBytes.ts';
import { blobSource, bytesSource, type ByteSource } from './byteSource.ts';
import { csvBatches, type CsvBatch } from './csvBatches.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

const gbk = gbkBytes;

interface Read {
  header: string[] | undefined;
  rows: string[][];
  batches: CsvBatch[];
}

async function readAll(src: ByteSource, chunkBytes?: number, signal?: AbortSignal): Promise<Read> {
  const out: Read = { header: undefined, rows: [], batches: [] };
  for await (const batch of csvBatches(src, 't.csv', { chunkBytes, signal })) {
    out.header ??= batch.header;
    expect(batch.header).toEqual(out.header);
    for (const row of batch.rows) out.rows.push(row);
    out.batches.push(batch);
  }
  return out;
}

/** What Papa makes of the whole text at once: the reference every chunked read must equal. */
function whole(text: string): { header: string[] | undefined; rows: string[][] } {
  const data = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: true }).data;
  return { header: data[0]?.map((h) => h.trim()), rows: data.slice(1) };
}

async function expectSameAsWhole(bytes: Uint8Array, text: string, chunkBytes: number): Promise<Read> {
  const got = await readAll(bytesSource(bytes), chunkBytes);
  const want = whole(text);
  expect(got.rows).toEqual(want.rows);
  if (want.rows.length > 0) expect(got.header).toEqual(want.header);
  else expect(got.batches).toEqual([]);
  return got;
}

const CHUNKS = [1, 2, 3, 7, 13, 64, 4 << 20];

const manyRows = Array.from({ length: 30 }, (_, i) => `${i},"名称 ${i}, 第""${i}""号\n第二行",${112 + i / 100}`).join('\n');

interface Case {
  what: string;
  text: string;
  delimiter?: string;
  newline?: string;
  /** Cases that depend on their first rows (header only, the delimiter guess) stay as they are. */
  noPadding?: true;
}

const CASES: Case[] = [
  { what: 'CRLF', text: 'id,name,lon,lat\r\n1,太原,112.5,37.8\r\n2,忻州,112.7,38.4\r\n', delimiter: ',', newline: '\r\n' },
  { what: 'quoted newlines, commas and escaped quotes', text: 'id,note\n1,"line one\nline two, with a comma"\n2,"say ""hi"", then\r\nbye"\n3,plain\n' },
  { what: 'quoted CR LF inside a CRLF file', text: 'a,b\r\n1,"x\r\ny"\r\n2,"z\n"\r\n3,"""\r\n"""\r\n', delimiter: ',', newline: '\r\n' },
  { what: 'multi-byte characters (3- and 4-byte)', text: '名称,经度,纬度\n太原站,112.58,37.86\n🚉 忻州西站,112.71,38.42\n' },
  { what: 'a final line without a newline', text: 'a,b\n1,2\n3,4' },
  { what: 'a final quoted field without a newline', text: 'a,b\n1,"2\n2"' },
  { what: 'header only, with a newline', text: 'lon,lat\n', noPadding: true },
  { what: 'header only, without a newline', text: '经度,纬度', noPadding: true },
  { what: 'semicolons', text: 'a;b;c\n1;2,5;3\n4;"5;5";6\n', delimiter: ';' },
  { what: 'tabs', text: 'a\tb\n1\t2 3\n"4\t4"\t5\n', delimiter: '\t' },
  { what: 'pipes', text: 'a|b\n1|2\n', delimiter: '|' },
  { what: 'a byte order mark', text: '\uFEFFlon,lat\n1,2\n' },
  { what: 'blank lines', text: 'a,b\n\n1,2\n\n\n3,4\n\n' },
  { what: 'leading blank lines and padded header cells', text: '\n\n 名称 , lon ,lat\n1,2,3\n' },
  { what: 'ragged rows', text: 'a,b,c\n1\n1,2,3,4\n,\n' },
  { what: 'lone CR line ends', text: 'a,b\r1,2\r3,"4\r5"\r', delimiter: ',', newline: '\r' },
  { what: 'spaces after a closing quote', text: 'a,b\n"x" ,y\n"p"  \nq,"r" \t\n' },
  { what: 'a lone LF inside an unquoted field of a CRLF file', text: 'a,b\r\n1,x\ny\r\n2,3\r\n', delimiter: ',', newline: '\r\n' },
  { what: 'a space after a closing quote, then a quoted comma and newline', text: 'a,b\n"x" ,y\n1,",\n"\n2,3\n' },
  { what: 'a quote after "closing quote + space" closes the field', text: 'a,b\n"a" ",c\n1,",\n"\n2,3\n' },
  { what: 'stray quotes inside unquoted fields', text: 'a,b\n5" pipe,2\n3,4"\n' },
  { what: 'a stray quote, then a quoted field holding a comma and a newline', text: 'a,b\n5" pipe,2\n3,",x\ny"\n4,5\n' },
  { what: 'a quote followed by text inside a quoted field', text: 'a,b\n"ab"c,d\ne,"f"\ng,h\n' },
  { what: 'an unterminated quote swallowing the rest', text: 'a,b\n1,"open\n2,3\n4,5\n' },
  {
    // Under ';' the quote opens a field spanning eleven lines, under '|' it is plain text: Papa picks
    // ';' only after seeing that field close, so the guess must wait for ten rows under every candidate.
    what: 'a quote that opens a field under one candidate delimiter only',
    text: `${['a|b;c;d', 'a|b;"x', ...Array<string>(10).fill('a|b'), 'y";c', ...Array<string>(8).fill('a;b;c')].join('\n')}\n`,
    noPadding: true,
  },
  { what: 'more than ten rows of quoted multi-line cells', text: `id,name,lon\n${manyRows}\n` },
  { what: 'ideographic spaces after a closing quote', text: 'a,b\n"x"\u3000,y\n' },
];

/**
 * The same case with a dozen plain rows after its first line: files under eleven rows are read
 * whole (the delimiter guess needs ten complete rows), so only padded cases exercise the cuts.
 */
function padded(text: string, delimiter = ',', newline = '\n'): string {
  const at = text.indexOf(newline);
  const filler = Array.from({ length: 12 }, (_, i) => `f${i}${delimiter}${i}`).join(newline);
  return `${text.slice(0, at + newline.length)}${filler}${newline}${text.slice(at + newline.length)}`;
}

describe('csvBatches: every edge case reads as Papa reads the whole file, at every slice size', () => {
  for (const { what, text, delimiter, newline, noPadding } of CASES)
    it(what, async () => {
      const variants = noPadding ? [text] : [text, padded(text, delimiter, newline)];
      for (const variant of variants) for (const chunk of CHUNKS) await expectSameAsWhole(utf8(variant), variant, chunk);
    });

  it('keeps Chinese header names exactly (only trimmed)', async () => {
    const got = await readAll(bytesSource(utf8(' 名称 ,经度,纬度\n太原站,112.58,37.86\n')), 5);
    expect(got.header).toEqual(['名称', '经度', '纬度']);
    expect(got.batches.every((b) => b.encoding === 'utf-8')).toBe(true);
  });

  it('reports progress: bytesRead grows to totalBytes', async () => {
    const text = `a,b\n${Array.from({ length: 200 }, (_, i) => `${i},${i * 2}`).join('\n')}\n`;
    const { batches } = await readAll(bytesSource(utf8(text)), 64);
    expect(batches.length).toBeGreaterThan(10);
    const reads = batches.map((b) => b.bytesRead);
    expect(reads).toEqual([...reads].sort((x, y) => x - y));
    expect(batches.at(-1)?.bytesRead).toBe(utf8(text).length);
    expect(batches.every((b) => b.totalBytes === utf8(text).length)).toBe(true);
  });

  it('reads a Blob the same as bytes', async () => {
    const text = CASES[1]?.text as string;
    const fromBlob = await readAll(blobSource(new Blob([utf8(text)])), 7);
    expect(fromBlob.rows).toEqual(whole(text).rows);
  });
});

describe('csvBatches: GBK', () => {
  const text = '名称,经度,纬度,备注\n太原站,112.58,37.86,"省会，""龙城"""\n忻州西站,112.71,38.42,高铁\n';

  it('reads a GBK file as GBK, whatever the slice size', async () => {
    for (const chunk of CHUNKS) {
      const got = await expectSameAsWhole(gbk(text), text, chunk);
      expect(got.batches.every((b) => b.encoding === 'gbk')).toBe(true);
    }
  });

  it('waits for the first non-ASCII byte to decide, so ASCII first slices do not fix the encoding', async () => {
    const ascii = `id,name,lon,lat\n${Array.from({ length: 100 }, (_, i) => `${i},site${i},112.${i},38.${i}`).join('\n')}\n`;
    const mixed = `${ascii}101,忻州,112.7,38.4\n102,定襄县城,112.96,38.47\n`;
    const got = await expectSameAsWhole(gbk(mixed), mixed, 64);
    expect(got.batches[0]?.encoding).toBe('utf-8');
    expect(got.batches.at(-1)?.encoding).toBe('gbk');
  });
});

describe('csvBatches: broken and hostile input', () => {
  const failure = async (bytes: Uint8Array) => {
    const err = await readAll(bytesSource(bytes), 16).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    return (err as Error).message;
  };

  it.each<[string, Uint8Array]>([
    ['no bytes', new Uint8Array(0)],
    ['only blanks', utf8('  \n\r\n \t \n')],
    ['only a byte order mark', utf8('\uFEFF')],
    ['a byte order mark and blanks', utf8('\uFEFF \n\n')],
  ])('%s: "the file is empty"', async (_what, bytes) => {
    expect(await failure(bytes)).toBe('t.csv: the file is empty');
  });

  it('binary junk: "not a text file"', async () => {
    expect(await failure(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))).toBe('t.csv: not a text file');
  });

  it('a rejected chunkBytes is a RangeError, not a hang', async () => {
    await expect(readAll(bytesSource(utf8('a\n1\n')), 0)).rejects.toBeInstanceOf(RangeError);
  });
});

describe('csvBatches: cancel', () => {
  const text = `a,b\n${Array.from({ length: 500 }, (_, i) => `${i},${i}`).join('\n')}\n`;

  it('stops at the next slice with the signal\'s reason', async () => {
    const ctl = new AbortController();
    const reason = new Error('user cancelled');
    let batches = 0;
    const run = async () => {
      for await (const batch of csvBatches(blobSource(new Blob([utf8(text)])), 't.csv', { chunkBytes: 64, signal: ctl.signal })) {
        expect(batch.rows.length).toBeGreaterThan(0);
        batches++;
        if (batches === 2) ctl.abort(reason);
      }
    };
    await expect(run()).rejects.toBe(reason);
    expect(batches).toBe(2);
  });

  it('an AbortError DOMException when aborted without a reason, and nothing read when aborted before', async () => {
    const ctl = new AbortController();
    ctl.abort();
    const err = await readAll(bytesSource(utf8(text)), 64, ctl.signal).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DOMException);
    expect((err as DOMException).name).toBe('AbortError');
  });
});

/** More runs on request: STREAM_PROPERTY_RUNS=5000 npx vitest run … */
const RUNS = Number(process.env.STREAM_PROPERTY_RUNS) || 150;
const TIMEOUT = 10_000 + RUNS * 50;

describe('csvBatches: random files read as the whole file does (property)', () => {
  const piece = fc.constantFrom('a', 'Z', '7', '.', ' ', ',', ';', '\t', '|', '"', '\n', '\r\n', '中', '文', '🚉', 'é', '[', ']', '{', '}', '\\', '经度');
  const cell = fc.array(piece, { maxLength: 6 }).map((a) => a.join(''));
  const table = fc.record({
    rows: fc.array(fc.array(fc.record({ text: cell, quote: fc.boolean() }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 40 }),
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    newline: fc.constantFrom('\n', '\r\n'),
    trailing: fc.boolean(),
    bom: fc.boolean(),
    chunk: fc.integer({ min: 1, max: 97 }),
  });

  it('well-formed CSV with random quoting, CJK, embedded newlines and escaped quotes', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const line = (row: Array<{ text: string; quote: boolean }>) =>
          row.map(({ text, quote }) => (quote || /[",;\t|\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text)).join(t.delimiter);
        const text = (t.bom ? '\uFEFF' : '') + t.rows.map(line).join(t.newline) + (t.trailing ? t.newline : '');
        if (!text.replace(/^\uFEFF/, '').trim()) return;
        for (const chunk of [t.chunk, 7, 13, 64]) await expectSameAsWhole(utf8(text), text, chunk);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  // Line feeds only: Papa guesses the line ending from the first 1 MiB of the whole text, which tiny
  // slices cannot match for malformed text mixing CR LF in and out of quotes (default slices can).
  it('unescaped text with stray quotes everywhere (Papa\'s own reading of malformed quoting)', async () => {
    const raw = fc.record({
      lines: fc.array(fc.array(piece.filter((p) => !p.includes('\n')), { maxLength: 12 }), { minLength: 1, maxLength: 40 }),
      chunk: fc.integer({ min: 1, max: 97 }),
    });
    await fc.assert(
      fc.asyncProperty(raw, async (t) => {
        const text = t.lines.map((l) => l.join('')).join('\n');
        if (!text.trim()) return;
        for (const chunk of [t.chunk, 13]) await expectSameAsWhole(utf8(text), text, chunk);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
