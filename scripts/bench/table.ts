/**
 * Attribute-table benchmark: building a sorted view of an imported layer's 200k, 300k and 1M rows the
 * way the layer worker does (property columns, row indices in typed arrays, a merge sort in time
 * slices), against the plain way in the same run (one object per row, Array#sort with
 * localeCompare). Also the longest slice between two pauses: how long a tile request can wait.
 */
import type { Feature } from 'geojson';
import { FeatureTiles } from '../../src/lib/tiles/featureTiles.ts';
import { rawColumns } from '../../src/lib/table/rawColumns.ts';
import { buildView } from '../../src/lib/table/rowView.ts';
import { runStepsInSlices } from '../../src/lib/table/steps.ts';
import type { RowSource, ViewQuery } from '../../src/lib/table/tableTypes.ts';
import { mulberry32, USER_BOX } from '../data/userFiles.ts';

const SIZES = [200_000, 300_000, 1_000_000];
const KEYS = ['id', 'name', 'value'];

function layer(n: number): FeatureTiles {
  const r = mulberry32(1);
  const [x0, y0, x1, y1] = USER_BOX;
  const tiles = new FeatureTiles();
  for (let start = 0; start < n; start += 20_000) {
    const batch: Feature[] = [];
    for (let i = start + 1; i <= Math.min(n, start + 20_000); i++) {
      batch.push({ type: 'Feature', properties: { id: `p${i}`, name: `地块点 ${i}`, value: Math.round(r() * 100_000) / 100 }, geometry: { type: 'Point', coordinates: [x0 + r() * (x1 - x0), y0 + r() * (y1 - y0)] } });
    }
    tiles.add(batch);
  }
  return tiles;
}

async function engine(tiles: FeatureTiles, query: ViewQuery): Promise<{ ms: number; longestSliceMs: number; rows: number }> {
  const source: RowSource = { count: tiles.count, reader: (key) => (row) => tiles.value(row, key), located: (row) => tiles.located(row) };
  let longest = 0;
  let last = performance.now();
  const t0 = last;
  const view = await runStepsInSlices(buildView(source, rawColumns(source, KEYS, 'zh'), query), {
    pause: async () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      await new Promise((resolve) => setTimeout(resolve, 0));
      last = performance.now();
    },
  });
  longest = Math.max(longest, performance.now() - last);
  return { ms: performance.now() - t0, longestSliceMs: longest, rows: view.length };
}

/** The plain way: every row as an object, one blocking Array#sort. */
function naive(tiles: FeatureTiles, column: string, text: boolean): number {
  const t0 = performance.now();
  const rows: Record<string, unknown>[] = Array.from({ length: tiles.count }, (_, i) => ({ i, ...(tiles.properties(i) as Record<string, unknown>) }));
  if (text) rows.sort((a, b) => String(a[column]).localeCompare(String(b[column]), 'zh', { numeric: true }));
  else rows.sort((a, b) => (a[column] as number) - (b[column] as number));
  return performance.now() - t0;
}

export async function benchTable(): Promise<void> {
  console.log('\nAttribute table: building a sorted view of an imported layer (Node, one core; the layer worker does the same)\n');
  console.log('| rows | sort by | view build | plain objects + Array#sort | ratio | longest slice (a tile request waits at most) |');
  console.log('|---|---|---|---|---|---|');
  for (const n of SIZES) {
    const tiles = layer(n);
    for (const [column, text] of [['value', false], ['name', true]] as const) {
      const e = await engine(tiles, { filter: [], search: '', sort: { column, descending: false } });
      const base = naive(tiles, column, text);
      console.log(`| ${n.toLocaleString('en')} | ${column} (${text ? 'text, zh collation' : 'number'}) | ${e.ms.toFixed(0)} ms | ${base.toFixed(0)} ms | ${(base / e.ms).toFixed(1)}× | ${e.longestSliceMs.toFixed(0)} ms |`);
    }
    const s = await engine(tiles, { filter: [], search: '点 12', sort: null });
    console.log(`| ${n.toLocaleString('en')} | search “点 12” (no sort), ${s.rows.toLocaleString('en')} rows | ${s.ms.toFixed(0)} ms | — | — | ${s.longestSliceMs.toFixed(0)} ms |`);
  }
  console.log('\nThe view build is a ratio against the plain way measured in the same run; the longest slice is the figure that matters for the map (target: well under 50 ms).');
}
