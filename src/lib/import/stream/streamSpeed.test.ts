import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { blobSource, bytesSource, type ByteSource } from './byteSource.ts';
import { csvBatches } from './csvBatches.ts';
import { geojsonFeatureBatches } from './geojsonFeatures.ts';

// Speed and memory figures, printed rather than asserted (machines differ). Large: run only on request:
//   STREAM_BENCH=1 NODE_OPTIONS=--expose-gc npx vitest run src/lib/import/stream/streamSpeed.test.ts

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Times `run`, then runs it again for memory: with --expose-gc, each sample collects first, so the
 * figure is the peak of live heap at the points sampled (after each batch; with both text and result
 * held for the whole-file parse), not of garbage waiting for collection.
 */
async function measure<T>(what: string, run: (sample: () => void) => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  const out = await run(() => undefined);
  const ms = performance.now() - t0;
  let memory = '(run with NODE_OPTIONS=--expose-gc for memory)';
  if (gc) {
    gc();
    const base = process.memoryUsage().heapUsed;
    let peak = base;
    await run(() => {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    });
    memory = `live heap peak +${mb(peak - base)}`;
  }
  console.log(`${what.padEnd(58)} ${ms.toFixed(0).padStart(6)} ms   ${memory}`);
  return out;
}

function csvText(rows: number): string {
  const parts: string[] = ['id,name,lon,lat,value'];
  for (let i = 0; i < rows; i++) parts.push(`${i},站点${i % 10000},${(112 + (i % 1000) / 1000).toFixed(6)},${(38 + (i % 777) / 1000).toFixed(6)},${(i % 9973) / 10}`);
  return `${parts.join('\n')}\n`;
}

function parcels(n: number): string {
  const features: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = 112 + (i % 500) / 500;
    const y = 38 + Math.floor(i / 500) / 500;
    const ring = [[x, y], [x + 0.0015, y], [x + 0.0018, y + 0.0009], [x + 0.0015, y + 0.0017], [x + 0.0002, y + 0.0016], [x - 0.0003, y + 0.0008], [x, y]].map(([a, b]) => [+(a as number).toFixed(7), +(b as number).toFixed(7)]);
    features.push(JSON.stringify({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: { id: i, name: `地块${i}`, landuse: i % 3 ? '耕地' : '建设用地', area: 1234.5 + (i % 100) } }));
  }
  return `{"type":"FeatureCollection","name":"parcels","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"features":[\n${features.join(',\n')}\n]}\n`;
}

describe.skipIf(!process.env.STREAM_BENCH)('stream readers: speed on large files (printed)', () => {
  it('1,000,000-row CSV', async () => {
    // Warm-up, so neither side pays for compiling Papa's parser.
    const warm = new TextEncoder().encode(csvText(50_000));
    Papa.parse(new TextDecoder().decode(warm));
    for await (const b of csvBatches(bytesSource(warm), 'warm.csv', { chunkBytes: 256 * 1024 })) expect(b.rows.length).toBeGreaterThan(0);
    const bytes = new TextEncoder().encode(csvText(1_000_000));
    console.log(`\nCSV: 1,000,000 rows, ${mb(bytes.length)}`);
    const whole = await measure('whole: decode + Papa.parse of the whole string', (sample) => {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      const rows = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true }).data;
      sample();
      return text.length > 0 ? rows.length - 1 : 0;
    });
    const streamed = async (src: ByteSource, sample: () => void) => {
      let rows = 0;
      let batches = 0;
      for await (const b of csvBatches(src, 'big.csv')) {
        rows += b.rows.length;
        batches++;
        sample();
      }
      return { rows, batches };
    };
    const fromBytes = await measure('csvBatches over bytes (4 MiB slices, rows dropped)', (s) => streamed(bytesSource(bytes), s));
    const fromBlob = await measure('csvBatches over a Blob (4 MiB slices, rows dropped)', (s) => streamed(blobSource(new Blob([bytes])), s));
    console.log(`rows: whole ${whole}, streamed ${fromBytes.rows} in ${fromBytes.batches} batches`);
    expect(fromBytes.rows).toBe(whole);
    expect(fromBlob.rows).toBe(whole);
  }, 300_000);

  it('200,000-polygon FeatureCollection', async () => {
    const warm = new TextEncoder().encode(parcels(10_000));
    JSON.parse(new TextDecoder().decode(warm));
    for await (const b of geojsonFeatureBatches(bytesSource(warm), 'warm.geojson', { chunkBytes: 256 * 1024 })) expect(b.features.length).toBeGreaterThan(0);
    const bytes = new TextEncoder().encode(parcels(200_000));
    console.log(`\nGeoJSON: 200,000 polygons, ${mb(bytes.length)}`);
    const whole = await measure('whole: decode + JSON.parse of the whole string', (sample) => {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      const features = (JSON.parse(text) as { features: unknown[] }).features;
      sample();
      return text.length > 0 ? features.length : 0;
    });
    const streamed = async (src: ByteSource, sample: () => void) => {
      let features = 0;
      let batches = 0;
      for await (const b of geojsonFeatureBatches(src, 'big.geojson')) {
        features += b.features.length;
        batches++;
        sample();
      }
      return { features, batches };
    };
    const fromBytes = await measure('geojsonFeatureBatches over bytes (4 MiB slices, dropped)', (s) => streamed(bytesSource(bytes), s));
    const fromBlob = await measure('geojsonFeatureBatches over a Blob (4 MiB slices, dropped)', (s) => streamed(blobSource(new Blob([bytes])), s));
    console.log(`features: whole ${whole}, streamed ${fromBytes.features} in ${fromBytes.batches} batches`);
    expect(fromBytes.features).toBe(whole);
    expect(fromBlob.features).toBe(whole);
  }, 300_000);
});
