import type { FilterSpec } from '../filter/filterSpec.ts';

/** A cell's value as the table sorts, searches, sums and exports it; null is an empty cell. */
export type CellValue = number | string | null;

/**
 * A layer's rows, read a property at a time: a catalogue collection, a query's matches or an
 * imported layer's property columns in the layer worker all look alike through this.
 */
export interface RowSource {
  readonly count: number;
  /** Reads one property of any row (undefined where the row lacks it). */
  reader(key: string): (row: number) => unknown;
  /** False for a row listed without a place (null geometry): it is in the table, not on the map. */
  located?(row: number): boolean;
}

/** One column: its heading and how a row fills its cell. */
export interface TableColumn {
  /** Stable id: the property or field key, or a fixed column's name. */
  key: string;
  label: string;
  /** The CSV heading when it must say more than the screen's (the unit of bare numbers that read "46.35 亿元" on screen). */
  exportLabel?: string;
  /** Every value is a number: right-aligned and, when `summable`, totalled. */
  numeric: boolean;
  /** Totals make sense (an amount, not an identifier or a distance to the nearest source). */
  summable: boolean;
  value(row: number): CellValue;
  /** The value as read on screen (numbers grouped for the UI language, a unit where the field has one). */
  text(value: CellValue): string;
  /**
   * A cell's words where they depend on more of its row than the value: a distance to a schematic
   * position reads "约 1 公里（示意位置）". Totals and exports still go by `value` and `text`.
   */
  cellText?(row: number): string;
  /**
   * Rows whose value is only the low end of a range the sources give: a total that takes one in
   * is written by `text` ("至少 578.79 亿元"), as the charts write theirs.
   */
  lowerBound?: { row(row: number): boolean; text(total: number): string };
}

/** What a column heading needs on the page (a column's functions stay where its rows are). */
export interface ColumnHead {
  key: string;
  label: string;
  numeric: boolean;
}

export interface SortSpec {
  column: string;
  descending: boolean;
}

/** The rows a table shows: the layer's filter, then a search over the shown columns, in an order. */
export interface ViewQuery {
  filter: FilterSpec;
  search: string;
  sort: SortSpec | null;
}

/** One row as the page draws it: the feature's index in its layer and its cells' text. */
export interface TableRow {
  index: number;
  cells: string[];
  /** False for a row without a place (not drawn on the map). */
  located: boolean;
}

/** A number column's total over the rows in view. */
export interface ColumnSum {
  key: string;
  label: string;
  sum: number;
  /** Rows that have a value in this column. */
  count: number;
  text: string;
}

/** What the page learns of a view once it is built: never the rows themselves. */
export interface ViewSummary {
  columns: ColumnHead[];
  /** Rows in view (after filter and search). */
  length: number;
  /** Rows in the layer. */
  total: number;
  sums: ColumnSum[];
}
