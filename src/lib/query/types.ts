import type { Feature } from 'geojson';

/** One target a query matched, with how far it is from the nearest source (metres). */
export interface QueryMatch {
  index: number;
  feature: Feature;
  distance_m: number;
  nearest_source_id: string | null;
}

export interface QueryProgress {
  done: number;
  total: number;
}

/** Lets a long query report progress and stop between chunks of work. */
export interface QueryControl {
  onProgress?: (p: QueryProgress) => void;
  isCancelled?: () => boolean;
}

export class QueryCancelled extends Error {
  constructor() {
    super('query cancelled');
    this.name = 'QueryCancelled';
  }
}

/** Distances equal to D count as within D; this absorbs floating-point noise (1 µm). */
export const DISTANCE_EPSILON_M = 1e-6;
