import { matchesFilter } from '../filter/filterExpression.ts';
import { sortRows } from './sortRows.ts';
import type { Steps } from './steps.ts';
import type { CellValue, ColumnSum, RowSource, TableColumn, TableRow, ViewQuery, ViewSummary } from './tableTypes.ts';

/** Rows looked at between two yields while filtering. */
const STEP = 8_192;

/** What the search box looks for in a cell: its value's own text, in lower case. */
function searchable(v: CellValue): string {
  return v === null ? '' : typeof v === 'number' ? String(v) : v.toLocaleLowerCase();
}

/**
 * A table's rows as they are shown: the layer's filter and the search applied, in the chosen
 * order. It holds row indices only (4 bytes a row); cells are read when a page is asked for.
 */
export class RowView {
  constructor(
    /** The layer's row indices in view order. */
    readonly order: Int32Array,
    readonly total: number,
    readonly columns: readonly TableColumn[],
    readonly sums: ColumnSum[],
    private readonly located: (row: number) => boolean = () => true,
  ) {}

  get length(): number {
    return this.order.length;
  }

  /** Rows `offset` … `offset + limit - 1` of the view, as text (clipped to the view). */
  page(offset: number, limit: number): TableRow[] {
    const from = Math.max(0, Math.floor(offset));
    const to = Math.min(this.order.length, from + Math.max(0, Math.floor(limit)));
    const rows: TableRow[] = [];
    for (let p = from; p < to; p++) {
      const index = this.order[p] as number;
      rows.push({ index, cells: this.columns.map((c) => (c.cellText ? c.cellText(index) : c.text(c.value(index)))), located: this.located(index) });
    }
    return rows;
  }

  /** Where a feature sits in the view (to scroll to a row picked on the map); -1 when filtered out. */
  positionOf(index: number): number {
    return this.order.indexOf(index);
  }

  summary(): ViewSummary {
    return {
      columns: this.columns.map((c) => ({ key: c.key, label: c.label, numeric: c.numeric })),
      length: this.order.length,
      total: this.total,
      sums: this.sums,
    };
  }
}

/**
 * Builds a view: rows passing the layer's filter (the same test the map draws by) and holding
 * the search text in one of the shown columns (case-insensitive), sorted if asked, with the
 * totals of the summable number columns over exactly those rows.
 */
export function* buildView(source: RowSource, columns: readonly TableColumn[], query: ViewQuery): Steps<RowView> {
  const n = source.count;
  const kept = new Int32Array(n);
  let m = 0;
  // Only the filter's own fields are read: one small object, refilled for each row.
  const fields = [...new Set(query.filter.map((c) => c.field))].map((f) => [f, source.reader(f)] as const);
  const props: Record<string, unknown> = {};
  const needle = query.search.trim().toLocaleLowerCase();
  for (let row = 0; row < n; row++) {
    if ((row & (STEP - 1)) === 0 && row > 0) yield;
    if (fields.length) {
      for (const [f, read] of fields) props[f] = read(row);
      if (!matchesFilter(props, query.filter)) continue;
    }
    if (needle && !columns.some((c) => searchable(c.value(row)).includes(needle))) continue;
    kept[m++] = row;
  }
  let order: Int32Array = kept.slice(0, m);
  const sortColumn = query.sort ? columns.find((c) => c.key === query.sort?.column) : undefined;
  if (sortColumn) order = yield* sortRows(order, (row) => sortColumn.value(row), query.sort?.descending ?? false);
  const sums = yield* columnSums(order, columns);
  return new RowView(order, n, columns, sums, source.located?.bind(source));
}

function* columnSums(order: Int32Array, columns: readonly TableColumn[]): Steps<ColumnSum[]> {
  const sums: ColumnSum[] = [];
  for (const c of columns) {
    if (!c.numeric || !c.summable) continue;
    let sum = 0;
    let count = 0;
    let bounded = false;
    for (let p = 0; p < order.length; p++) {
      const row = order[p] as number;
      const v = c.value(row);
      if (typeof v === 'number') {
        sum += v;
        count++;
        bounded ||= c.lowerBound?.row(row) === true;
      }
      if ((p & (STEP - 1)) === STEP - 1) yield;
    }
    // No value in view: no "0 yuan" total, which would read as a figure.
    if (count === 0) continue;
    // Fifteen significant digits drop the noise of adding binary fractions (0.1 + 0.2), not a real digit.
    const total = Number(sum.toPrecision(15));
    sums.push({ key: c.key, label: c.label, sum: total, count, text: bounded && c.lowerBound ? c.lowerBound.text(total) : c.text(total) });
  }
  return sums;
}
