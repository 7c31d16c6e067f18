/**
 * Large-layer benchmark on public/large/parcels.fgb (npm run data:large), each figure beside a
 * baseline from the same run: a 0.1° viewport read through the index vs the whole file, a
 * within-D query through the index vs loading every feature first, and the worst main-thread
 * long task while panning the app across the layer in headless Chromium.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Point } from 'geojson';
import { readFgb, readFgbBboxOverHttp } from '../../src/lib/fgb/readFgb.ts';
import { prepareLayer } from '../../src/lib/query/preparedLayer.ts';
import { expandBox } from '../../src/lib/query/sphere.ts';
import { withinDistance } from '../../src/lib/query/withinDistance.ts';
import { ViewportStream } from '../../src/lib/stream/viewportStream.ts';
import { launch } from '../../test/e2e/browser.ts';
import { startStaticServer } from '../serve/staticServer.ts';

const root = join(import.meta.dirname, '../..');

export async function benchLarge(): Promise<void> {
  const file = join(root, 'public/large/parcels.fgb');
  if (!existsSync(file)) {
    console.log('\nLarge layers: public/large/parcels.fgb missing — run `npm run data:large` first.');
    return;
  }
  console.debug = () => undefined; // flatgeobuf narrates every range request
  const size = statSync(file).size;
  const server = await startStaticServer(join(root, 'public'));
  const url = `${server.url}/large/parcels.fgb`;
  try {
    // 1. A 0.1° viewport through the index.
    server.requests.length = 0;
    const stream = new ViewportStream(url);
    const t0 = performance.now();
    let first = 0;
    const r = await stream.read([112.65, 38.15, 112.75, 38.25], () => (first ||= performance.now() - t0), () => false, 1);
    const viewMs = performance.now() - t0;
    const bytes = server.requests.reduce((s, q) => s + q.bytes, 0);
    const tAll = performance.now();
    const whole = new Uint8Array(readFileSync(file));
    const wholeMs = performance.now() - tAll;

    // 2. Within 5 km of 10 stations: through the index vs loading all first.
    const stations = (JSON.parse(readFileSync(join(root, 'data/stations.geojson'), 'utf8')) as { features: Feature<Point>[] }).features.filter((f) => f.properties?.hsr !== true).slice(0, 10);
    const sources = prepareLayer(stations);
    const t1 = performance.now();
    // One small read per station: the union of their boxes could span the whole zone.
    const near = new Map<string, Feature>();
    for (const s of stations) {
      const [x, y] = s.geometry.coordinates as [number, number];
      for (const f of await readFgbBboxOverHttp(url, expandBox([x, y, x, y], 5000))) near.set(String(f.id), f);
    }
    const viaIndex = withinDistance(prepareLayer([...near.values()]), sources, 5000);
    const indexMs = performance.now() - t1;
    const t2 = performance.now();
    const all = (await readFgb(whole)).collection.features;
    const viaAll = withinDistance(prepareLayer(all), sources, 5000);
    const allMs = performance.now() - t2;
    const same = viaIndex.length === viaAll.length && viaIndex.every((m) => viaAll.some((a) => a.feature.id === m.feature.id));

    // 3. Worst long task while panning in the app.
    const dist = join(root, 'dist');
    let worst = Number.NaN;
    let worstWithout = Number.NaN;
    if (existsSync(join(dist, 'large/parcels.fgb'))) {
      const app = await startStaticServer(dist);
      const browser = await launch();
      // The same pan with and without the parcels: software WebGL makes every frame a long task,
      // so the map's own frames are the baseline the streaming adds to.
      const pan = async (layers: string): Promise<number> => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(`${app.url}/#map=13/38.2/112.7&layers=${layers}`);
        await page.waitForFunction(() => performance.getEntriesByName('atlas:idle').length > 0, undefined, { timeout: 60_000 });
        await page.evaluate(() => {
          const w = window as unknown as { __long: number[] };
          w.__long = [];
          new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: false });
        });
        for (const [x, y] of [[112.75, 38.22], [112.8, 38.25], [112.9, 38.3], [113.0, 38.35], [112.95, 38.4], [112.8, 38.3]]) {
          await page.evaluate(([a, b]) => (window as unknown as { taixinAtlas: { map: { panTo(c: [number, number], o: object): void } } }).taixinAtlas.map.panTo([a as number, b as number], { duration: 400 }), [x, y]);
          await page.waitForTimeout(1200);
        }
        const w = await page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));
        await page.close();
        return w;
      };
      try {
        worstWithout = await pan('counties');
        worst = await pan('parcels,counties');
      } finally {
        await browser.close();
        await app.close();
      }
    }

    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    console.log(`\nLarge layer: ${r.read.toLocaleString('en')} of 1,000,000 parcels in a 0.1° view; file ${mb(size)}\n`);
    console.log('| measure | value | baseline (same run) | ratio | target |');
    console.log('|---|---|---|---|---|');
    console.log(`| bytes for a 0.1° viewport | ${mb(bytes)} | ${mb(size)} whole file | ${((100 * bytes) / size).toFixed(2)} % | ≤ 5 % ${bytes <= size * 0.05 ? '✓' : '✗'} |`);
    console.log(`| time to first features / whole view | ${first.toFixed(0)} ms / ${viewMs.toFixed(0)} ms | ${wholeMs.toFixed(0)} ms to read the whole file from disk | | |`);
    console.log(`| within 5 km of 10 stations | ${indexMs.toFixed(0)} ms via the index (${viaIndex.length} parcels) | ${allMs.toFixed(0)} ms loading all first | ${(allMs / indexMs).toFixed(0)}× | results ${same ? 'identical' : 'DIFFERENT'} |`);
    console.log(`| worst long task while panning (app) | ${Number.isNaN(worst) ? 'n/a (build first)' : `${worst.toFixed(0)} ms`} | ${Number.isNaN(worstWithout) ? '' : `${worstWithout.toFixed(0)} ms, same pan without parcels`} | | none over 200 ms ${worst <= 200 ? '✓' : '✗'} |`);
  } finally {
    await server.close();
  }
}
