import type { Localized } from '../catalogue/types.ts';

/** Import reports, import errors and the user-layer panel. */
export const IMPORT_MESSAGES = {} satisfies Record<string, Localized>;
