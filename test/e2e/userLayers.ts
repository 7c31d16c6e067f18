import type { Feature } from 'geojson';
import type { Page } from 'playwright-core';

/** What the page lists of its imported layers (metadata only: the features stay in a worker). */
export interface ListedLayer {
  id: string;
  name: string;
  count: number;
  status: string;
  stored: string | false;
  importedAt: string;
}

interface Hook {
  taixinAtlas: {
    state: { userLayers: ListedLayer[]; imports: unknown[]; notices: string[] };
    workers: { layers: { call(method: string, args: unknown): { promise: Promise<unknown> } } };
  };
}

export const userLayers = (page: Page): Promise<ListedLayer[]> =>
  page.evaluate(() =>
    (window as unknown as Hook).taixinAtlas.state.userLayers.map((l) => ({ id: l.id, name: l.name, count: l.count, status: l.status, stored: l.stored, importedAt: l.importedAt })),
  );

/** Feature `index` of an imported layer, as the layer worker holds it. */
export const workerFeature = (page: Page, id: string, index: number): Promise<Feature | null> =>
  page.evaluate(([id, index]) => (window as unknown as Hook).taixinAtlas.workers.layers.call('feature', { id, index }).promise as Promise<Feature | null>, [id, index] as const);

/** Chooses a file under 导入数据 and waits until its layer is listed as ready. */
export async function importThroughPanel(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }, timeout = 60_000): Promise<ListedLayer> {
  const before = new Set((await userLayers(page)).map((l) => l.id));
  // A notice already on screen (e.g. "basemap added" after a reload) is not this import's failure.
  const shown = await page.evaluate(() => [...(window as unknown as Hook).taixinAtlas.state.notices]);
  await page.setInputFiles('[data-testid="import-file"]', file);
  const handle = await page.waitForFunction(
    ([known, earlier]) => {
      const s = (window as unknown as Hook).taixinAtlas.state;
      const fresh = s.userLayers.find((l) => !known.includes(l.id) && l.status === 'ready');
      const news = s.notices.filter((n) => !earlier.includes(n));
      return fresh ? fresh.id : s.imports.length === 0 && news.length ? 'failed' : false;
    },
    [[...before], shown] as const,
    { timeout },
  );
  const id = (await handle.jsonValue()) as string;
  if (id === 'failed') throw new Error(`import failed: ${(await page.evaluate(() => (window as unknown as Hook).taixinAtlas.state.notices.join(' | ')))}`);
  return (await userLayers(page)).find((l) => l.id === id) as ListedLayer;
}
