/**
 * The travel-time model in the built app's query worker (issue 15): the page asks, the worker
 * loads the published rail network once and answers; a grid's minutes arrive as a moved
 * Float32Array. The maps and site cards drive the same two handlers (accessInWorker.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { openApp, useBrowser } from './browser.ts';

const appUrl = inject('appUrl');
const dist = process.env.ATLAS_DIST ?? join(import.meta.dirname, '../../dist');
const workerFile = readdirSync(join(dist, 'assets')).find((f) => /^queryWorker-.*\.js$/.test(f));

describe('access handlers of the query worker', () => {
  const browser = useBrowser();

  it('computes the 2027 grid to 雄安 and journeys in the worker, from the published network', async () => {
    expect(workerFile).toBeDefined();
    const { page, requests, consoleErrors } = await openApp(browser(), appUrl);
    const out = await page.evaluate(async (file) => {
      const worker = new Worker(new URL(`assets/${file}`, document.baseURI), { type: 'module' });
      let next = 0;
      const call = (method: string, args: unknown, transfer: Transferable[] = []) =>
        new Promise<unknown>((resolve, reject) => {
          const id = ++next;
          worker.addEventListener('message', (e: MessageEvent) => {
            const m = e.data as { kind: string; id: number; value?: unknown; error?: { message: string } };
            if (m.id !== id) return;
            if (m.kind === 'result') resolve(m.value);
            if (m.kind === 'error') reject(new Error(m.error?.message));
          });
          worker.postMessage({ kind: 'call', id, method, args }, transfer);
        });
      const channel = new MessageChannel();
      await call('init', { base: document.baseURI, host: channel.port2, streamed: {} }, [channel.port2]);
      const assumptions = { speedKmh: 40, detour: 1.3, k: 3, transferMinutes: 15, scenario: { year: '2027' } };
      const grid = (await call('accessGrid', { to: 'xiongan', assumptions, view: 'time', bbox: [111.5, 37.4, 116.5, 39.6], cellKm: 1 })) as { width: number; height: number; minutes: Float32Array };
      const saved = (await call('accessGrid', { to: 'xiongan', assumptions, view: 'saved', bbox: [111.5, 37.4, 116.5, 39.6], cellKm: 5 })) as { minutes: Float32Array };
      const journeys = (await call('accessJourneys', { points: [[112.686682, 38.442472], [112.689, 38.17475]], to: 'xiongan', assumptions })) as Array<{ minutes: number; route: Array<{ line: string }>; confidence: string } | null>;
      const bad = await call('accessJourneys', { points: [[112.7, 38.4]], to: 'xiongan', assumptions: { ...assumptions, speedKmh: 0 } }).then(
        () => null,
        (e: Error) => e.message,
      );
      // 忻州西's cell: row 0 is the north edge.
      const col = Math.floor(((112.686682 - 111.5) / 5) * grid.width);
      const row = Math.floor(((39.6 - 38.442472) / 2.2) * grid.height);
      worker.terminate();
      return {
        isFloat32: grid.minutes instanceof Float32Array,
        size: [grid.width, grid.height, grid.minutes.length],
        xinzhouxi: grid.minutes[row * grid.width + col],
        savedMax: Math.max(...saved.minutes),
        savedMin: Math.min(...saved.minutes),
        journeys: journeys.map((j) => j && { minutes: Math.round(j.minutes), lines: j.route.map((s) => s.line), confidence: j.confidence }),
        bad,
      };
    }, workerFile);
    expect(out.isFloat32).toBe(true);
    expect(out.size).toEqual([435, 245, 435 * 245]);
    expect(out.xinzhouxi).toBeLessThanOrEqual(75);
    expect(out.savedMin).toBeGreaterThanOrEqual(0);
    expect(out.savedMax).toBeGreaterThan(180);
    expect(out.journeys).toEqual([
      { minutes: 68, lines: ['xiongxin'], confidence: 'estimate' },
      { minutes: 125, lines: ['daxi', 'xiongxin'], confidence: 'estimate' },
    ]);
    expect(out.bad).toMatch(/access assumption speedKmh is not valid: 0/);
    // The network came from the app's own server, once.
    expect(requests.filter((u) => u.endsWith('/data/rail_network.json'))).toHaveLength(1);
    expect(consoleErrors).toEqual([]);
  });
});
