/**
 * Import benchmark: a user's 1,000,000-point CSV and 200,000-parcel GeoJSON dropped on the
 * app's import panel in headless Chromium — time to first features drawn, time to complete,
 * main-thread long tasks, JS heap, reload to visible — each beside its target and beside
 * baselines from the same run: in Node, Papa Parse alone on the same CSV and the query index
 * over the 1M points (build + one query) against a naive Turf loop; in the browser, the same
 * app panned with no imported layer, whose long tasks are the map's own frame cost.
 *
 * Long tasks are read twice: as the page observes them, and from a Chromium trace that splits
 * each into the main thread's own work and its wait for the (software) GPU.
 *
 * Missed targets are printed, never asserted; when the app does not reach a mark within
 * 120 s the table says "did not finish" with whatever figures it has.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from '../../serve/staticServer.ts';
import { ensureBuilt } from './appBuild.ts';
import { measureImport } from './browserImport.ts';
import { launchBrowser } from './browserProcess.ts';
import { MARK_WAIT_MS, root } from './config.ts';
import { ensureFiles } from './files.ts';
import { benchNode } from './nodeBaselines.ts';
import { measurePans } from './panBaseline.ts';
import { printNode, printPans, printRun, printTraceMethod } from './report.ts';

export interface ImportBenchOptions {
  /** Reuse dist/ as it is, even when older than the sources. */
  noBuild?: boolean;
  /** Serve this already-built app instead of dist/ (e.g. a build of another checkout). */
  dist?: string;
}

export async function benchImport(options: ImportBenchOptions = {}): Promise<void> {
  const { csv, geojson } = await ensureFiles();
  const node = benchNode(csv, geojson);
  printNode(node);

  if (!(options.dist ? existsSync(join(options.dist, 'index.html')) : ensureBuilt(options.noBuild ?? false))) {
    console.log('\nImport in the app: no built app (dist/ missing and the build failed) — browser part skipped.');
    return;
  }
  const app = await startStaticServer(options.dist ?? join(root, 'dist'));
  try {
    const { browser, close } = await launchBrowser();
    try {
      console.log('\nimport bench: panning the app with no imported layer, untraced then traced…');
      // Untraced first: the traced run is compared with it to show what tracing costs.
      const untraced = await measurePans(browser, app.url, false);
      const pans = printPans(untraced, await measurePans(browser, app.url, true));
      printTraceMethod();
      for (const [file, baseline] of [[csv, { name: 'Papa Parse', ms: node.papaMs }], [geojson, { name: 'JSON.parse', ms: node.jsonMs }]] as const) {
        console.log(`\nimport bench: importing ${file} in the app (up to ${MARK_WAIT_MS / 1000} s)…`);
        printRun(await measureImport(browser, app.url, file), baseline, pans);
      }
    } finally {
      await close();
    }
  } finally {
    await app.close();
  }
}
