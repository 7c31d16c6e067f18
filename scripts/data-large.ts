/**
 * `npm run data:large`: writes a synthetic layer of 1,000,000 land parcels (地块) over the
 * zone's Shanxi part to public/large/parcels.fgb, with its packed R-tree, for the streaming
 * code, its benchmark and one e2e test. Not committed (≈ 200 MB); deterministic.
 *   npm run data:large [-- --count 200000]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Polygon } from 'geojson';
import { writeFgb } from '../src/lib/fgb/writeFgb.ts';

if (process.argv.includes('--if-missing') && existsSync(join(import.meta.dirname, '..', 'public', 'large', 'parcels.fgb'))) {
  console.log('data:large: public/large/parcels.fgb exists');
  process.exit(0);
}
const count = Number(process.argv.find((a, i, all) => all[i - 1] === '--count') ?? 1_000_000);
const BOX = [111.5, 37.4, 114.0, 39.6] as const;
const LAND_USE = ['R', 'M', 'W', 'G', 'A', 'E', 'B', 'S'];
const side = Math.ceil(Math.sqrt(count));
const dx = (BOX[2] - BOX[0]) / side;
const dy = (BOX[3] - BOX[1]) / side;
let seed = 20221231;
const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);

const t0 = performance.now();
const features: Feature<Polygon>[] = new Array(count);
for (let i = 0; i < count; i++) {
  const col = i % side;
  const row = Math.floor(i / side);
  const x = BOX[0] + col * dx + dx * 0.1 * rnd();
  const y = BOX[1] + row * dy + dy * 0.1 * rnd();
  const w = dx * (0.5 + 0.35 * rnd());
  const h = dy * (0.5 + 0.35 * rnd());
  const areaM2 = Math.round(w * 111_195 * Math.cos((y * Math.PI) / 180) * h * 111_195);
  features[i] = {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]] },
    properties: { id: `p${i}`, landuse: LAND_USE[Math.floor(rnd() * LAND_USE.length)] as string, area_m2: areaM2 },
  };
}
const bytes = writeFgb(features, { name: 'parcels', title: 'Synthetic parcels (test data)', description: '合成地块（测试数据）' });
const dir = join(import.meta.dirname, '..', 'public', 'large');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'parcels.fgb'), bytes);
console.log(`data:large: ${count.toLocaleString('en')} parcels, ${(bytes.length / 1024 / 1024).toFixed(1)} MB → public/large/parcels.fgb in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
