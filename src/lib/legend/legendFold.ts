/**
 * Whether the map legend is folded, kept across reloads: a reader on a small screen who folds it
 * away to see the east of the map (雄安, the Hebei half of the line) should not have to fold it
 * again on every visit. Storage may be missing or refused (private mode, a sandbox): the legend
 * then simply opens, as it does the first time.
 */
const KEY = 'taixin-atlas:legend-folded';

/** Reading localStorage itself may throw (a sandboxed page), so it is looked up inside the try. */
const pageStore = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

export function legendFolded(store?: Pick<Storage, 'getItem'>): boolean {
  try {
    return (store ?? pageStore())?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function keepLegendFolded(folded: boolean, store?: Pick<Storage, 'setItem' | 'removeItem'>): void {
  try {
    const s = store ?? pageStore();
    if (folded) s?.setItem(KEY, '1');
    else s?.removeItem(KEY);
  } catch {
    // Not kept: the fold still holds for this visit.
  }
}
