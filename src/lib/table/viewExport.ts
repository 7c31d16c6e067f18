import type { Feature } from 'geojson';
import { csvCell } from '../csv.ts';
import { geojsonChunks } from '../userdata/exportChunks.ts';
import { withExportPrecision } from './coordinatePrecision.ts';
import type { RowView } from './rowView.ts';
import type { TableColumn } from './tableTypes.ts';

/** Rows written into one text chunk. */
const CHUNK = 10_000;

/**
 * The view as CSV for a reader (UTF-8 with BOM, CRLF): the columns headed as on screen, the
 * values worded as on screen but numbers bare, so a spreadsheet still sums them (the unit is in
 * the heading). Written in chunks, so a large view never sits in one string.
 */
export function* viewCsvChunks(view: RowView, columns: readonly TableColumn[]): Generator<string> {
  yield `\uFEFF${columns.map((c) => csvCell(c.exportLabel ?? c.label)).join(',')}\r\n`;
  const { order } = view;
  for (let from = 0; from < order.length; from += CHUNK) {
    const lines: string[] = [];
    for (let p = from; p < Math.min(order.length, from + CHUNK); p++) {
      const row = order[p] as number;
      lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
    }
    yield `${lines.join('\r\n')}\r\n`;
  }
}

/** The view's features as GeoJSON, in view order, a chunk at a time, each to the precision its position has. */
export function viewGeojsonChunks(view: RowView, feature: (row: number) => Feature): Generator<string> {
  const { order } = view;
  return geojsonChunks(order.length, (p) => withExportPrecision(feature(order[p] as number)));
}
