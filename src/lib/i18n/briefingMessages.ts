import type { Localized } from '../catalogue/types.ts';

/** The briefing player, speaker view and briefing panel. */
export const BRIEFING_MESSAGES = {} satisfies Record<string, Localized>;
