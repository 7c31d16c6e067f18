import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as flatbuffers from 'flatbuffers';
import { fromByteBuffer } from 'flatgeobuf/lib/mjs/header-meta.js';
import { dirname, join } from 'node:path';
import type { Feature } from 'geojson';
import { checkRailNetwork } from '../../src/lib/access/network.ts';
import type { RailNetwork } from '../../src/lib/access/types.ts';
import { parseBriefing, type Briefing } from '../../src/lib/briefing/schema.ts';
import { parseFacts } from '../../src/lib/catalogue/facts.ts';
import { uncoveredProps } from '../../src/lib/catalogue/fieldCoverage.ts';
import { CatalogueError, parseCatalogue } from '../../src/lib/catalogue/parseCatalogue.ts';
import { CONFIDENCE, ZONE_BBOX, type CatalogueLayer, type Confidence, type PublishedCatalogue, type PublishedLayer } from '../../src/lib/catalogue/types.ts';
import { validateLayer } from '../../src/lib/data/validateLayer.ts';
import { emptyBox, extendBox, geometryBox } from '../../src/lib/fgb/bbox.ts';
import { writeFgb } from '../../src/lib/fgb/writeFgb.ts';

export interface BuildResult {
  ok: boolean;
  errors: string[];
  layers: PublishedLayer[];
}

function readJson(path: string, label: string, errors: string[]): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    errors.push(`${label}: file not found`);
    return null;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    errors.push(`${label}: invalid JSON (${(e as Error).message})`);
    return null;
  }
}

/**
 * data/catalogue.json + data/*.geojson → <outDir>/<id>.fgb (indexed) + <outDir>/catalogue.json.
 * All layers are validated before anything is written; output goes to a staging folder that
 * replaces outDir only when every layer succeeded, so a failed build leaves nothing half-written.
 */
export function buildData(dataDir: string, outDir: string): BuildResult {
  const errors: string[] = [];
  const rawCatalogue = readJson(join(dataDir, 'catalogue.json'), 'data/catalogue.json', errors);
  if (errors.length) return { ok: false, errors, layers: [] };
  let catalogue;
  try {
    catalogue = parseCatalogue(rawCatalogue);
  } catch (e) {
    if (e instanceof CatalogueError) return { ok: false, errors: e.problems.map((p) => `data/catalogue.json: ${p}`), layers: [] };
    throw e;
  }

  const validated: Array<{ id: string; features: Feature[] }> = [];
  for (const layer of catalogue.layers) {
    if (layer.streamed) continue;
    const label = `data/${layer.file}`;
    const raw = readJson(join(dataDir, layer.file), label, errors);
    if (raw === null) continue;
    const result = validateLayer(raw, label);
    errors.push(...result.errors);
    // A property without a field would reach a popup as a raw key and an untranslated value.
    const uncovered = uncoveredProps(new Set(result.features.flatMap((f) => Object.keys(f.properties ?? {}))), layer.fields);
    if (uncovered.length) errors.push(`${label}: properties without a field in catalogue.json "${layer.id}".fields: ${uncovered.join(', ')}`);
    validated.push({ id: layer.id, features: result.features });
  }
  const rawFacts = readJson(join(dataDir, 'facts.json'), 'data/facts.json', errors);
  const facts = rawFacts === null ? null : parseFacts(rawFacts);
  if (facts) errors.push(...facts.problems);
  const briefingsDir = join(dataDir, 'briefings');
  const briefings: Briefing[] = [];
  const layerIds = new Set(catalogue.layers.map((l) => l.id));
  for (const file of existsSync(briefingsDir) ? readdirSync(briefingsDir).filter((f) => f.endsWith('.json')).sort() : []) {
    const raw = readJson(join(briefingsDir, file), `data/briefings/${file}`, errors);
    if (raw === null) continue;
    const parsed = parseBriefing(raw, `data/briefings/${file}`, layerIds);
    errors.push(...parsed.problems);
    if (parsed.briefing) briefings.push(parsed.briefing);
  }
  // The rail network of the travel-time model (issue 15): checked as the app checks it on arrival.
  const rawNetwork = readJson(join(dataDir, 'rail_network.json'), 'data/rail_network.json', errors);
  let network: RailNetwork | null = null;
  if (rawNetwork !== null) {
    try {
      network = checkRailNetwork(rawNetwork);
    } catch (e) {
      errors.push(`data/rail_network.json: ${(e as Error).message}`);
    }
  }
  if (errors.length) return { ok: false, errors, layers: [] };

  const staging = `${outDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const published: PublishedLayer[] = catalogue.layers.map((layer) => {
    if (layer.streamed) return publishStreamed(layer, outDir);
    const { features } = validated.find((v) => v.id === layer.id) as { features: Feature[] };
    const confidenceCounts = Object.fromEntries(CONFIDENCE.map((c) => [c, 0])) as Record<Confidence, number>;
    const box = emptyBox();
    let notDrawn = 0;
    for (const f of features) {
      if (!f.geometry) {
        notDrawn += 1;
        continue;
      }
      confidenceCounts[f.properties?.confidence as Confidence] += 1;
      extendBox(box, geometryBox(f.geometry));
    }
    const provenance = { source: layer.source, licence: layer.licence, accuracy: layer.accuracy, date: layer.date };
    const bytes = writeFgb(features, { name: layer.id, title: layer.title.en, description: layer.title.zh, metadata: JSON.stringify(provenance) });
    writeFileSync(join(staging, `${layer.id}.fgb`), bytes);
    return { ...layer, url: `data/${layer.id}.fgb`, featureCount: features.length, confidenceCounts, ...(notDrawn ? { notDrawnCount: notDrawn } : {}), bbox: box };
  });
  const out: PublishedCatalogue = { groups: catalogue.groups, layers: published };
  writeFileSync(join(staging, 'catalogue.json'), `${JSON.stringify(out, null, 2)}\n`);
  writeFileSync(join(staging, 'facts.json'), `${JSON.stringify({ facts: facts?.facts ?? [] }, null, 2)}\n`);
  writeFileSync(join(staging, 'rail_network.json'), `${JSON.stringify(network)}\n`);
  mkdirSync(join(staging, 'briefings'));
  for (const b of briefings) writeFileSync(join(staging, 'briefings', `${b.id}.json`), `${JSON.stringify(b)}\n`);
  const index = briefings.map((b) => ({ id: b.id, title: b.title, scenes: b.scenes.length }));
  writeFileSync(join(staging, 'briefings', 'index.json'), `${JSON.stringify(index, null, 2)}\n`);

  mkdirSync(dirname(outDir), { recursive: true });
  if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
  renameSync(staging, outDir);
  return { ok: true, errors: [], layers: published };
}

/**
 * A streamed layer is generated, not curated: its entry points at public/large/<file> and
 * takes its count and extent from the file's header when the file exists.
 */
function publishStreamed(layer: CatalogueLayer, outDir: string): PublishedLayer {
  const path = join(dirname(outDir), 'large', layer.file);
  let count = 0;
  let bbox: [number, number, number, number] = [...ZONE_BBOX];
  if (existsSync(path)) {
    const fd = openSync(path, 'r');
    const head = Buffer.alloc(64 * 1024);
    readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    const bb = new flatbuffers.ByteBuffer(new Uint8Array(head.buffer, head.byteOffset, head.length));
    bb.setPosition(8);
    const h = fromByteBuffer(bb);
    count = h.featuresCount;
    if (h.envelope) bbox = [h.envelope[0] ?? bbox[0], h.envelope[1] ?? bbox[1], h.envelope[2] ?? bbox[2], h.envelope[3] ?? bbox[3]];
  }
  return { ...layer, url: `large/${layer.file}`, featureCount: count, confidenceCounts: { surveyed: 0, sourced: 0, schematic: count }, bbox };
}
