/**
 * `npm run bench`: performance figures that tests must not assert (wall-clock time varies by
 * machine); each is printed against a baseline measured in the same run.
 *   npm run bench                  everything
 *   npm run bench -- --only=queries|page|large|import|table|access   one part (large needs npm run data:large)
 */
import { benchAccessGrid } from './bench/accessGrid.ts';
import { benchImport } from './bench/import/index.ts';
import { benchLarge } from './bench/large.ts';
import { benchPageLoad } from './bench/pageLoad.ts';
import { benchQueries, printQueryBench } from './bench/queries.ts';
import { benchTable } from './bench/table.ts';

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (!only || only === 'queries') printQueryBench(benchQueries());
if (!only || only === 'page') await benchPageLoad(process.argv.includes('--no-build'));
if (!only || only === 'large') await benchLarge();
if (!only || only === 'import') await benchImport({ noBuild: process.argv.includes('--no-build') });
if (!only || only === 'table') await benchTable();
if (!only || only === 'access') benchAccessGrid();
