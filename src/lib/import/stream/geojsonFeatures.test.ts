import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../importError.ts';
import { gbkBytes, gbkCharEndingIn } from '../../../../test/fixtures/gbkBytes.ts';
import { blobSource, bytesSource, type ByteSource } from './byteSource.ts';
import { geojsonFeatureBatches, type GeoJsonBatch } from './geojsonFeatures.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

const gbk = gbkBytes;

interface Read {
  features: unknown[];
  batches: GeoJsonBatch[];
}

async function readAll(src: ByteSource, chunkBytes?: number, signal?: AbortSignal): Promise<Read> {
  const out: Read = { features: [], batches: [] };
  for await (const batch of geojsonFeatureBatches(src, 'a.geojson', { chunkBytes, signal })) {
    for (const f of batch.features) out.features.push(f);
    out.batches.push(batch);
  }
  return out;
}

const CHUNKS = [1, 2, 3, 7, 13, 64, 4 << 20];

async function expectFeatures(text: string, want: unknown[], bytes = utf8(text)): Promise<void> {
  for (const chunk of CHUNKS) {
    const got = await readAll(bytesSource(bytes), chunk);
    expect(got.features).toEqual(want);
  }
}

async function failure(bytes: Uint8Array, chunk = 7): Promise<{ message: string; batches: number }> {
  let batches = 0;
  try {
    for await (const batch of geojsonFeatureBatches(bytesSource(bytes), 'a.geojson', { chunkBytes: chunk })) batches += batch.features.length > 0 ? 1 : 0;
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return { message: (e as Error).message, batches };
  }
  throw new Error('expected a failure');
}

const point = (i: number, name = `p${i}`) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [112 + i / 100, 38] }, properties: { name } });
const tricky = [
  point(0, '太原 "站" [north] {gate}, features: ]}'),
  point(1, 'back\\slash\\'),
  point(2, '🚉 忻州西站 \u2028 \u0000 \\" end'),
  { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[112, 38], [113, 38], [113, 39], [112, 38]]] }, properties: { features: [1, { features: '[' }], nested: { a: [[[]]] } } },
];

describe('geojsonFeatureBatches: streamed collections read as JSON.parse reads them, at every slice size', () => {
  it('members before "features" with nested brackets, the word "features", escapes and strings full of brackets', async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      name: 'features [ { ] } " \\ features',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84', features: [1, 2, { a: ']' }] } },
      bbox: [112, 38, 113, 39],
      metadata: { features: [{ type: 'Feature' }], '"features"': '[' },
      features: tricky,
    });
    await expectFeatures(text, tricky);
  });

  it('"type" after the list, or no "type" at all', async () => {
    await expectFeatures(JSON.stringify({ features: tricky, type: 'FeatureCollection', name: 'x' }), tricky);
    await expectFeatures(JSON.stringify({ features: tricky }), tricky);
  });

  it('pretty-printed, with tabs, CR LF and blank space between items', async () => {
    await expectFeatures(JSON.stringify({ type: 'FeatureCollection', features: tricky }, null, 2), tricky);
    await expectFeatures(JSON.stringify({ type: 'FeatureCollection', features: tricky }, null, '\t').replaceAll('\n', '\r\n'), tricky);
    const spaced = `\n {\t"type" : "FeatureCollection" ,\r\n "features" :\n[\n\n${tricky.map((f) => JSON.stringify(f)).join(' \n ,\t\n')}\n ]\n}\n\n`;
    await expectFeatures(spaced, tricky);
  });

  it('a key spelled with escapes is still the "features" key', async () => {
    await expectFeatures(`{"type":"FeatureCollection","\\u0066eatures":${JSON.stringify(tricky)}}`, tricky);
  });

  it('items of any JSON kind are passed on as they are (the caller skips what is not a feature)', async () => {
    const items = [1, 'x', null, true, [1, [2]], {}, -1.5e3, '"]', point(3)];
    await expectFeatures(JSON.stringify({ type: 'FeatureCollection', features: items }), items);
  });

  it('an empty list yields nothing and no error', async () => {
    for (const chunk of CHUNKS) expect((await readAll(bytesSource(utf8('{"type":"FeatureCollection","features":[ ]}')), chunk)).batches).toEqual([]);
  });

  it('a byte order mark is skipped', async () => {
    await expectFeatures(`\uFEFF${JSON.stringify({ type: 'FeatureCollection', features: tricky })}`, tricky);
  });

  it('GBK: a two-byte character ending in 0x5C (a backslash in ASCII) does not escape the closing quote', async () => {
    const ch = gbkCharEndingIn(0x5c);
    const names = [`${ch}`, `太原${ch}`, `${ch}${ch}"`];
    const features = names.map((name, i) => point(i, name));
    const text = JSON.stringify({ type: 'FeatureCollection', name: `名称${ch}`, features });
    await expectFeatures(text, features, gbk(text));
  });

  it('one batch per slice, each parsed once, with progress up to the file size', async () => {
    const features = Array.from({ length: 300 }, (_, i) => point(i));
    const bytes = utf8(JSON.stringify({ type: 'FeatureCollection', features }));
    const { batches } = await readAll(bytesSource(bytes), 1024);
    expect(batches.length).toBeGreaterThan(10);
    expect(batches.length).toBeLessThanOrEqual(Math.ceil(bytes.length / 1024));
    const reads = batches.map((b) => b.bytesRead);
    expect(reads).toEqual([...reads].sort((x, y) => x - y));
    expect(batches.every((b) => b.totalBytes === bytes.length)).toBe(true);
    expect(batches.flatMap((b) => b.features)).toEqual(features);
  });

  it('reads a Blob the same as bytes', async () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: tricky });
    expect((await readAll(blobSource(new Blob([utf8(text)])), 13)).features).toEqual(tricky);
  });
});

describe('geojsonFeatureBatches: files that are not a collection are read whole', () => {
  it('a single Feature is one batch', async () => {
    await expectFeatures(JSON.stringify(tricky[0]), [tricky[0]]);
  });

  it('a bare geometry becomes a Feature', async () => {
    const g = { type: 'Polygon', coordinates: [[[112, 38], [113, 38], [113, 39], [112, 38]]] };
    await expectFeatures(JSON.stringify(g), [{ type: 'Feature', geometry: g, properties: {} }]);
  });

  it('a Feature with a "features" member of its own stays one Feature', async () => {
    const f = { type: 'Feature', features: [1, 2], geometry: { type: 'Point', coordinates: [1, 2] }, properties: {} };
    await expectFeatures(JSON.stringify(f), [f]);
  });
});

describe('geojsonFeatureBatches: broken and hostile input gets parseGeoJSON\'s messages', () => {
  it('the truncated file from the import tests is "not valid JSON", with nothing yielded', async () => {
    for (const chunk of CHUNKS) {
      const { message, batches } = await failure(utf8('{"type":"FeatureCollection","features":[{"type":"Feat'), chunk);
      expect(message).toMatch(/^a\.geojson: not valid JSON \(/);
      expect(batches).toBe(0);
    }
  });

  it('a file cut off after some features still fails, at the end', async () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: 50 }, (_, i) => point(i)) });
    const { message, batches } = await failure(utf8(text.slice(0, -40)), 256);
    expect(message).toMatch(/not valid JSON \(unexpected end of input/);
    expect(batches).toBeGreaterThan(0);
  });

  it.each<[string, string]>([
    ['a trailing comma', '{"type":"FeatureCollection","features":[{},]}'],
    ['a leading comma', '{"type":"FeatureCollection","features":[,{}]}'],
    ['two commas', '{"type":"FeatureCollection","features":[{},,{}]}'],
    ['a missing comma between objects', '{"type":"FeatureCollection","features":[{} {}]}'],
    ['a missing comma between numbers', '{"type":"FeatureCollection","features":[1 2]}'],
    ['a missing comma between strings', '{"type":"FeatureCollection","features":["a""b"]}'],
    ['a missing comma after a number', '{"type":"FeatureCollection","features":[1{}]}'],
    ['mismatched brackets in an item', '{"type":"FeatureCollection","features":[{"a":[1}]}'],
    ['mismatched brackets closing the list', '{"type":"FeatureCollection","features":[{}}'],
    ['a bad literal in an item', '{"type":"FeatureCollection","features":[{"a":tru}]}'],
    ['a bad escape in an item', '{"type":"FeatureCollection","features":[{"a":"\\x"}]}'],
    ['garbage in another member', '{"type":"FeatureCollection","name":nope,"features":[]}'],
    ['garbage in a member after the list', '{"type":"FeatureCollection","features":[{}],"name":}'],
    ['garbage after the end', '{"type":"FeatureCollection","features":[]} x'],
    ['a second document after the first', '{"type":"FeatureCollection","features":[]}{"features":[{}]}'],
    ['an unclosed top-level object', '{"type":"FeatureCollection","features":[]'],
    ['an unterminated string in a member', '{"type":"FeatureCollection","name":"abc'],
    ['a stray closing bracket', ']'],
    ['garbage before the start', 'x{"type":"FeatureCollection","features":[{}]}'],
    ['a broken Feature', '{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},}'],
  ])('%s: "not valid JSON"', async (_what, text) => {
    for (const chunk of [1, 5, 64]) expect((await failure(utf8(text), chunk)).message).toMatch(/^a\.geojson: not valid JSON \(.+\)$/);
  });

  it.each<[string, Uint8Array]>([
    ['no bytes', new Uint8Array(0)],
    ['only blanks', utf8(' \r\n\t ')],
    ['only a byte order mark', utf8('\uFEFF')],
    ['only ideographic spaces (which trim() removes)', utf8('\u3000\u3000')],
  ])('%s: "the file is empty"', async (_what, bytes) => {
    expect((await failure(bytes)).message).toBe('a.geojson: the file is empty');
  });

  it.each<[string, string]>([
    ['an array', '[{"type":"Feature"}]'],
    ['a string', '"FeatureCollection"'],
    ['an object with no GeoJSON type', '{"foo":{"features":[1]}}'],
    ['a collection whose features are not a list', '{"type":"FeatureCollection","features":null}'],
    ['null', 'null'],
  ])('%s: "JSON, but not GeoJSON"', async (_what, text) => {
    expect((await failure(utf8(text))).message).toBe('a.geojson: JSON, but not GeoJSON (no FeatureCollection, Feature or geometry)');
  });

  it('a "features" list in an object whose type comes later and is not a collection', async () => {
    expect((await failure(utf8('{"features":[{}],"type":"Topology"}'))).message).toBe('a.geojson: JSON, but not GeoJSON (a "features" list in an object of type "Topology")');
  });

  it('binary junk named .geojson', async () => {
    expect((await failure(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))).message).toMatch(/not valid JSON|not a text file/);
  });

  it('a Feature over 64 MB is refused rather than parsed whole', async () => {
    const head = utf8('{"type":"Feature","geometry":null,"properties":{"s":"');
    const bytes = new Uint8Array(65 * 1024 * 1024).fill(0x78);
    bytes.set(head);
    bytes.set(utf8('"}}'), bytes.length - 3);
    const { message } = await failure(bytes, 4 << 20);
    expect(message).toMatch(/more than 64 MB of JSON outside a "features" list/);
  });

  it('deep nesting costs a growing stack, not recursion', async () => {
    const depth = 100_000;
    const text = `{"type":"FeatureCollection","features":[${'['.repeat(depth)}${']'.repeat(depth)}]}`;
    const got = await readAll(bytesSource(utf8(text)), 4096);
    expect(got.features).toHaveLength(1);
  });
});

describe('geojsonFeatureBatches: cancel', () => {
  const bytes = utf8(JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: 200 }, (_, i) => point(i)) }));

  it('stops at the next slice with the signal\'s reason', async () => {
    const ctl = new AbortController();
    const reason = new Error('user cancelled');
    let batches = 0;
    const run = async () => {
      for await (const batch of geojsonFeatureBatches(blobSource(new Blob([bytes])), 'a.geojson', { chunkBytes: 512, signal: ctl.signal })) {
        expect(batch.features.length).toBeGreaterThan(0);
        batches++;
        if (batches === 3) ctl.abort(reason);
      }
    };
    await expect(run()).rejects.toBe(reason);
    expect(batches).toBe(3);
  });

  it('an AbortError DOMException when aborted without a reason', async () => {
    const ctl = new AbortController();
    ctl.abort();
    const err = await readAll(bytesSource(bytes), 512, ctl.signal).catch((e: unknown) => e);
    expect((err as DOMException).name).toBe('AbortError');
  });
});

/** More runs on request: STREAM_PROPERTY_RUNS=5000 npx vitest run … */
const RUNS = Number(process.env.STREAM_PROPERTY_RUNS) || 200;
const TIMEOUT = 10_000 + RUNS * 50;

describe('geojsonFeatureBatches: random collections read as JSON.parse reads them (property)', () => {
  const text = fc.array(fc.constantFrom('a', '"', '\\', '[', ']', '{', '}', ',', ':', ' ', '\n', 'features', '中', '🚉', '\u0000', '\u2028'), { maxLength: 8 }).map((a) => a.join(''));
  const value = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 3 }));
  const feature = fc.record({
    type: fc.constant('Feature'),
    geometry: fc.record({ type: fc.constant('Point'), coordinates: fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })) }),
    properties: fc.dictionary(text, value, { maxKeys: 4 }),
  });
  const item = fc.oneof({ weight: 5, arbitrary: feature }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) });
  const collection = fc.record({
    features: fc.array(item, { maxLength: 12 }),
    members: fc.dictionary(text.filter((k) => k !== 'features' && k !== 'type'), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 3 }),
    typeAt: fc.constantFrom('first', 'last', 'none'),
    indent: fc.constantFrom(undefined, 2, '\t'),
    chunk: fc.integer({ min: 1, max: 97 }),
  });

  it('random members, member order, item kinds, strings and formatting, at several slice sizes', async () => {
    await fc.assert(
      fc.asyncProperty(collection, async (c) => {
        const top: Record<string, unknown> = {};
        if (c.typeAt === 'first') top.type = 'FeatureCollection';
        Object.assign(top, c.members);
        top.features = c.features;
        if (c.typeAt === 'last') top.type = 'FeatureCollection';
        const json = JSON.stringify(top, null, c.indent);
        const want = (JSON.parse(json) as { features: unknown[] }).features;
        for (const chunk of [c.chunk, 7, 64]) expect((await readAll(bytesSource(utf8(json)), chunk)).features).toEqual(want);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
