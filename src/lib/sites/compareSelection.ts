/** More columns than this no longer fit the comparison side by side, nor a printed page. */
export const MAX_COMPARE = 4;

export interface CompareTick {
  ids: string[];
  /** The tick was turned down because the comparison is full: the checkbox must go back. */
  refused: boolean;
}

/**
 * The comparison after ticking (`on`) or unticking a site. A tick past the limit is refused
 * rather than dropping an earlier pick, which the user would not notice.
 */
export function tickCompare(ids: readonly string[], id: string, on: boolean, max = MAX_COMPARE): CompareTick {
  if (!on) return { ids: ids.filter((x) => x !== id), refused: false };
  if (ids.includes(id)) return { ids: [...ids], refused: false };
  if (ids.length >= max) return { ids: [...ids], refused: true };
  return { ids: [...ids, id], refused: false };
}
