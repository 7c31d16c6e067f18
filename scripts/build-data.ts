/** `npm run data`: validate data/ and publish indexed FlatGeobuf layers (and the rail network) to public/data/. */
import { join } from 'node:path';
import { buildData } from './data/buildData.ts';

const root = join(import.meta.dirname, '..');
const result = buildData(join(root, 'data'), join(root, 'public', 'data'));
if (!result.ok) {
  for (const e of result.errors) console.error(e);
  console.error(`data: ${result.errors.length} problem(s); public/data/ left unchanged`);
  process.exit(1);
}
const total = result.layers.reduce((s, l) => s + l.featureCount, 0);
console.log(`data: ${result.layers.length} layers, ${total} features → public/data/`);
