import type { Feature } from 'geojson';
import type { SourceCrs } from './crs.ts';
import { importLayer, type ImportReport } from './importLayer.ts';
import { ImportError, LIMITS } from './importError.ts';
import { bytesSource } from './stream/byteSource.ts';

export type { ImportReport } from './importLayer.ts';
export type { ImportFormat } from './detectFormat.ts';
export { detectFormat } from './detectFormat.ts';

export interface ImportedLayer {
  id: string;
  name: string;
  features: Feature[];
  report: ImportReport;
}

/**
 * A whole file in memory through the same batched pipeline the app uses (`importLayer`):
 * for the command line, tests and small files. Throws only ImportError.
 */
export async function importFile(name: string, bytes: Uint8Array, id: string, crs?: SourceCrs): Promise<ImportedLayer> {
  if (bytes.length > LIMITS.maxBytes) throw new ImportError('tooLarge', { file: name, mb: LIMITS.maxBytes / 1024 / 1024 });
  const features: Feature[] = [];
  const report = await importLayer(bytesSource(bytes), name, id, { crs, onBatch: (batch) => {
      for (const f of batch) features.push(f);
    } });
  return { id, name: name.replace(/\.[^.]+$/, ''), features, report };
}
