import { matchesFilter, type Properties } from '../filter/filterExpression.ts';
import type { FilterSpec } from '../filter/filterSpec.ts';

/** A table row as `atlas.selectedRow` names it. */
export interface RowRef {
  layer: string;
  index: number;
}

/** What an open feature popup was opened on: its layer, its table row (if any), its properties. */
export interface PopupSubject {
  layer: string;
  row: RowRef | null;
  properties: Properties;
}

/**
 * Whether a feature's popup now speaks of something the reader has moved away from: another row
 * is selected (in the table or on the map), or the layer's filter hides the feature. A selection
 * cleared (the table closed) leaves the popup: nothing else was chosen.
 */
export function popupStale(subject: PopupSubject, selected: RowRef | null, filter: FilterSpec | undefined): boolean {
  if (selected && (subject.row?.layer !== selected.layer || subject.row.index !== selected.index)) return true;
  return !!filter?.length && !matchesFilter(subject.properties, filter);
}
