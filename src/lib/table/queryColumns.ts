import { PROVENANCE_PROPS, type FieldSpec, type Lang } from '../catalogue/types.ts';
import { formatMetres, t } from '../i18n/messages.ts';
import type { Feature } from 'geojson';
import { approxDistanceText, exportedMetres, matchAccuracies } from '../query/schematicDistance.ts';
import type { QueryMatch } from '../query/types.ts';
import { plainText } from './cellText.ts';
import { confidenceColumn, fieldColumns, nameColumn } from './catalogueColumns.ts';
import { FeatureSource } from './featureSource.ts';
import { rawColumns } from './rawColumns.ts';
import type { TableColumn } from './tableTypes.ts';

/**
 * A query's answer as table rows, in the matches' own order (a row's index is its match's
 * position): the target's features, as its layer's table shows them, after the answer's own
 * columns (distance, nearest source).
 */
export class MatchSource extends FeatureSource {
  /** How precisely each match's distance may be given (see schematicDistance); null: as measured. */
  readonly accuracies: Array<number | null>;
  constructor(readonly matches: readonly QueryMatch[], sources: readonly Feature[] = []) {
    super(matches.map((m) => m.feature));
    this.accuracies = matchAccuracies(matches, sources);
  }
}

/**
 * The columns of a query's table: name, distance, the nearest source by name (see
 * query/resultRows.ts sourceNames), confidence; then the target layer's fields (a catalogue
 * layer, through its schema) or its own columns (an imported layer: `fields` null).
 */
export function queryColumns(source: MatchSource, names: ReadonlyMap<string, string>, fields: Readonly<Record<string, FieldSpec>> | null, lang: Lang): TableColumn[] {
  const { matches } = source;
  const distance: TableColumn = {
    key: 'distance_m', label: t('colDistance', lang), numeric: true, summable: false,
    // A distance to or from a schematic position is rounded to what that position allows (916 m at ±2.3 km: 1 km).
    value: (row) => exportedMetres(matches[row]?.distance_m ?? 0, source.accuracies[row] ?? null),
    text: (v) => (typeof v === 'number' ? formatMetres(v, lang) : ''),
    // On screen the rounding is said, as on site cards: "约 1 公里（示意位置）".
    cellText: (row) => {
      const m = matches[row]?.distance_m;
      const accuracy = source.accuracies[row] ?? null;
      if (m === undefined || m === null) return '';
      return accuracy === null ? formatMetres(m, lang) : approxDistanceText(m, accuracy, lang);
    },
  };
  const nearest: TableColumn = {
    key: 'nearest_source', label: t('colSource', lang), numeric: false, summable: false,
    value: (row) => {
      const id = matches[row]?.nearest_source_id;
      return id === null || id === undefined ? null : (names.get(id) ?? null) || null;
    },
    text: (v) => plainText(v, lang),
  };
  const keys = source.keys();
  const rest = fields ? fieldColumns(source, keys, fields, lang) : rawColumns(source, keys.filter((k) => k === 'id' || !PROVENANCE_PROPS.includes(k)), lang);
  return [nameColumn(source, lang), distance, nearest, confidenceColumn(source, lang), ...rest];
}
