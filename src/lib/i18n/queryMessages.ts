import type { Localized } from '../catalogue/types.ts';

/** Queries, sites, measuring, their errors and their CSV headers. */
export const QUERY_MESSAGES = {} satisfies Record<string, Localized>;
