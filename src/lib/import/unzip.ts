import { unzipSync } from 'fflate';
import { ImportError, LIMITS } from './importError.ts';

/** Unzips with a ceiling on the total size, so a zip bomb is refused instead of filling memory. */
export function safeUnzip(bytes: Uint8Array, what: string): Record<string, Uint8Array> {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > LIMITS.maxUnzippedBytes) throw new ImportError('zipTooLarge', { file: what, mb: LIMITS.maxUnzippedBytes / 1024 / 1024 });
        return !f.name.startsWith('__MACOSX');
      },
    });
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError('notZip', { file: what, detail: (e as Error).message });
  }
}
