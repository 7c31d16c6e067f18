/**
 * Writes a synthetic user file for trying the import panel by hand or benchmarking it:
 *   npx tsx scripts/data/userFiles.cli.ts points 1000000 out.csv
 *   npx tsx scripts/data/userFiles.cli.ts parcels 200000 out.geojson
 */
import { statSync } from 'node:fs';
import { writeParcelsGeoJson, writePointsCsv } from './userFiles.ts';

const [kind, count, path] = process.argv.slice(2);
const n = Number(count);
if ((kind !== 'points' && kind !== 'parcels') || !Number.isInteger(n) || n < 0 || !path) {
  console.error('usage: tsx scripts/data/userFiles.cli.ts points|parcels <count> <out file>');
  process.exit(2);
}
const t0 = performance.now();
await (kind === 'points' ? writePointsCsv(path, n) : writeParcelsGeoJson(path, n));
const mb = statSync(path).size / 1024 / 1024;
console.log(`${n.toLocaleString('en')} ${kind}, ${mb.toFixed(1)} MB → ${path} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
