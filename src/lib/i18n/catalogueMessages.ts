import type { Localized } from '../catalogue/types.ts';

/** Layer panel, provenance and popups. */
export const CATALOGUE_MESSAGES = {} satisfies Record<string, Localized>;
