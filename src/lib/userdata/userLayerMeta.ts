import type { Box } from '../fgb/bbox.ts';
import type { ImportReport } from '../import/importLayer.ts';
import type { FieldSummary } from './fieldStats.ts';

/**
 * Everything the page knows of an imported layer: never its features. The features live in a
 * worker and, as an indexed FlatGeobuf, in the browser's storage under `id`.
 */
export interface UserLayerMeta {
  id: string;
  name: string;
  color: string;
  visible: boolean;
  fileName: string;
  fileBytes: number;
  importedAt: string;
  count: number;
  bbox: Box;
  geometryTypes: string[];
  fields: FieldSummary[];
  report: ImportReport;
  /** Where the FlatGeobuf is kept; false when storage refused it (it lives for this session only). */
  stored: 'opfs' | 'indexeddb' | false;
}

export type UserLayerChange = Partial<Pick<UserLayerMeta, 'name' | 'color' | 'visible'>>;

/** How far an import or a restore has got; `features` > 0 means there is something to draw. */
export interface LayerProgress {
  phase: 'reading' | 'storing' | 'restoring';
  bytesRead: number;
  totalBytes: number;
  features: number;
}
