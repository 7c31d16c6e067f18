/**
 * `npm run data:readme`: rewrites the layer table of data/README.md from the data itself, so
 * its feature counts and confidence mix cannot drift (test/data/layers.test.ts checks them).
 * The README is written in English, so it quotes each layer's English source and licence.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { parseCatalogue } from '../../src/lib/catalogue/parseCatalogue.ts';
import { CONFIDENCE } from '../../src/lib/catalogue/types.ts';

const dataDir = join(import.meta.dirname, '../../data');
const catalogue = parseCatalogue(JSON.parse(readFileSync(join(dataDir, 'catalogue.json'), 'utf8')));
const rows = catalogue.layers.map((l) => {
  if (l.streamed) return `| \`${l.id}\` | ${l.title.zh} / ${l.title.en} | generated | — | ${l.source.en} | ${l.licence.en} |`;
  const fc = JSON.parse(readFileSync(join(dataDir, l.file), 'utf8')) as FeatureCollection;
  const mix = CONFIDENCE.map((c) => fc.features.filter((f) => f.properties?.confidence === c).length).join(' / ');
  return `| \`${l.id}\` | ${l.title.zh} / ${l.title.en} | ${fc.features.length} | ${mix} | ${l.source.en} | ${l.licence.en} |`;
});
const table = [
  '| id | title | features | surveyed / sourced / schematic | source | licence |',
  '|---|---|---|---|---|---|',
  ...rows,
].join('\n');
const path = join(dataDir, 'README.md');
const readme = readFileSync(path, 'utf8');
const next = readme.replace(/<!-- layers:start -->[\s\S]*<!-- layers:end -->/, `<!-- layers:start -->\n${table}\n<!-- layers:end -->`);
if (next === readme && !readme.includes('<!-- layers:start -->')) throw new Error('data/README.md has no <!-- layers:start --> marker');
writeFileSync(path, next);
console.log(`data/README.md: ${rows.length} layers`);
