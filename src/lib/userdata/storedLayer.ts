import type { Feature } from 'geojson';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { fgbFeatures } from '../fgb/readFgb.ts';
import { writeFgb } from '../fgb/writeFgb.ts';
import { importedSource } from '../import/importedSource.ts';
import { restoreProperties, storedProperties } from './storedProperties.ts';


/** An imported layer's stored form: an indexed FlatGeobuf, derived fields left out, the source in its header. */
export function writeStoredLayer(features: Feature[], fileName: string, onProgress?: (done: number, total: number) => void): Uint8Array {
  const source = importedSource(fileName);
  const slim = features.map((f) => ({ ...f, properties: storedProperties(f.properties ?? {}, source) }));
  return writeFgb(slim, { name: fileName, metadata: JSON.stringify({ source }), onProgress });
}

/** The stored layer's features as the importer made them, read from bytes or a stream. */
export async function* readStoredLayer(input: Uint8Array | ReadableStream): AsyncGenerator<Feature> {
  let source = '';
  const onHeader = (h: HeaderMeta) => {
    try {
      source = String((JSON.parse(h.metadata ?? '{}') as { source?: unknown }).source ?? '');
    } catch {
      source = '';
    }
  };
  for await (const f of fgbFeatures(input, onHeader)) yield { ...f, properties: restoreProperties(f.properties ?? {}, source) };
}
