import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import type { Box } from '../../src/lib/fgb/bbox.ts';
import { readFgb } from '../../src/lib/fgb/readFgb.ts';
import { prepareLayer, type PreparedLayer } from '../../src/lib/query/preparedLayer.ts';
import { QueryError, type LayerProvider } from '../../src/lib/query/runQuery.ts';
import { buildData } from '../data/buildData.ts';

const root = join(import.meta.dirname, '../..');
const published = join(root, 'public', 'data');

/**
 * Layers for the command line: a catalogue id reads the very .fgb the app serves
 * (public/data/<id>.fgb, built first if missing); a path reads a .geojson or .fgb file.
 */
export class FileLayers implements LayerProvider {
  private cache = new Map<string, Promise<PreparedLayer>>();

  layer(ref: string): Promise<PreparedLayer> {
    let p = this.cache.get(ref);
    if (!p) {
      p = this.load(ref);
      this.cache.set(ref, p);
    }
    return p;
  }

  /** A streamed catalogue layer (public/large/<id>.fgb): only what its index finds in `box`. */
  async layerInBox(ref: string, box: Box): Promise<PreparedLayer | null> {
    const file = join(root, 'public', 'large', `${ref}.fgb`);
    if (!/^[a-z][a-z0-9_]*$/.test(ref) || !existsSync(file)) return null;
    return prepareLayer((await readFgb(new Uint8Array(readFileSync(file)), box)).collection.features);
  }

  /** Every feature of a layer or file, those without a geometry included (the access command lists them). */
  async features(ref: string): Promise<Feature[]> {
    const ext = extname(ref).toLowerCase();
    if (ext === '.geojson' || ext === '.json' || ext === '.fgb') return readFile(resolve(ref));
    if (!/^[a-z][a-z0-9_]*$/.test(ref)) throw new QueryError('notLayerOrPath', { ref });
    if (!existsSync(join(published, 'catalogue.json'))) {
      const built = buildData(join(root, 'data'), published);
      if (!built.ok) throw new QueryError('dataBuildFailed', { detail: built.errors[0] ?? 'unknown error' });
    }
    const file = join(published, `${ref}.fgb`);
    if (!existsSync(file)) throw new QueryError('notInCatalogue', { layer: ref });
    return readFile(file);
  }

  private async load(ref: string): Promise<PreparedLayer> {
    return prepareLayer(await this.features(ref));
  }
}

async function readFile(path: string): Promise<Feature[]> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new QueryError('cannotRead', { path });
  }
  if (extname(path).toLowerCase() === '.fgb') {
    try {
      return (await readFgb(new Uint8Array(bytes))).collection.features;
    } catch (e) {
      throw new QueryError('notFgb', { path, detail: (e as Error).message });
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new QueryError('notJson', { path, detail: (e as Error).message });
  }
  const fc = json as Partial<FeatureCollection>;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new QueryError('notFeatureCollection', { path });
  return fc.features;
}
