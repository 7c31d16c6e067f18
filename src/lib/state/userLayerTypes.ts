import type { LayerProgress, UserLayerMeta } from '../userdata/userLayerMeta.ts';

/** An imported layer as the page knows it: metadata and where its loading stands. */
export interface UserLayer extends UserLayerMeta {
  status: 'importing' | 'restoring' | 'ready';
  /** Bumped when the worker holds more (or other) features: the map asks for its tiles again. */
  tileVersion: number;
}

/** An import under way, for the progress bar and its cancel button. */
export interface ImportJob {
  id: string;
  fileName: string;
  progress: LayerProgress | null;
  cancel(): void;
}
