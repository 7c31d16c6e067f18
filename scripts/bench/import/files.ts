/** The benchmark's input files: a user's points CSV and parcels GeoJSON at full size. */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeParcelsGeoJson, writePointsCsv } from '../../data/userFiles.ts';
import { PARCELS, POINTS } from './config.ts';

/** Kept in the OS temp dir between runs: writing 100 MB is not what is being measured. */
export async function ensureFiles(): Promise<{ csv: string; geojson: string }> {
  const dir = join(tmpdir(), 'taixin-atlas-bench');
  mkdirSync(dir, { recursive: true });
  const csv = join(dir, `points-${POINTS}.csv`);
  const geojson = join(dir, `parcels-${PARCELS}.geojson`);
  // Written under another name first, so an interrupted run never leaves a short file behind.
  for (const [path, write] of [[csv, () => writePointsCsv(`${csv}.part`, POINTS)], [geojson, () => writeParcelsGeoJson(`${geojson}.part`, PARCELS)]] as const) {
    if (existsSync(path)) continue;
    console.log(`import bench: writing ${path}`);
    await write();
    renameSync(`${path}.part`, path);
  }
  return { csv, geojson };
}
