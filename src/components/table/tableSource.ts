import type { Feature } from 'geojson';
import type { Lang, PublishedLayer } from '../../lib/catalogue/types.ts';
import { resultToGeoJSON } from '../../lib/query/exportResult.ts';
import { sourceNames } from '../../lib/query/resultRows.ts';
import type { QueryState } from '../../lib/state/atlasState.svelte.ts';
import type { UserLayer } from '../../lib/state/userLayerTypes.ts';
import { catalogueColumns, catalogueCsvExtras } from '../../lib/table/catalogueColumns.ts';
import { byImportance } from '../../lib/table/columnOrder.ts';
import { FeatureSource } from '../../lib/table/featureSource.ts';
import { MatchSource, queryColumns } from '../../lib/table/queryColumns.ts';
import { buildView, type RowView } from '../../lib/table/rowView.ts';
import { runSteps } from '../../lib/table/steps.ts';
import type { TableColumn, TableRow, ViewQuery, ViewSummary } from '../../lib/table/tableTypes.ts';
import { viewCsvChunks, viewGeojsonChunks } from '../../lib/table/viewExport.ts';
import { atlasWorkers } from '../../lib/worker/atlasWorkers.ts';
import type { Job } from '../../lib/worker/jobClient.ts';

/**
 * One way for the drawer to read any table: a catalogue layer or a query's answer (held by the
 * page, a few thousand rows at most, built here at once) and an imported layer (built and paged
 * by the layer worker, which holds its features).
 */
export interface TableSource {
  /** Builds the rows for a query; a newer call cancels an older one still running. */
  view(query: ViewQuery): Promise<ViewSummary>;
  /** Rows `offset`… of the last view built. */
  page(offset: number, limit: number): Promise<TableRow[]>;
  /** Where feature `index` is in the view; -1 when filtered out. */
  positionOf(index: number): Promise<number>;
  /** The row's feature, for flying to it and the highlight. */
  feature(index: number): Promise<Feature | null>;
  exportView(format: 'csv' | 'geojson'): Promise<Blob>;
  close(): void;
}

const CSV = 'text/csv;charset=utf-8';
const GEOJSON = 'application/geo+json';

/** Rows the page holds: built synchronously, they are small. */
class LocalSource implements TableSource {
  private current: RowView | null = null;

  constructor(
    private readonly rows: FeatureSource,
    private readonly columns: TableColumn[],
    private readonly csvColumns: TableColumn[],
    private readonly exported: (row: number) => Feature,
  ) {}

  async view(query: ViewQuery): Promise<ViewSummary> {
    this.current = runSteps(buildView(this.rows, this.columns, query));
    return this.current.summary();
  }

  async page(offset: number, limit: number): Promise<TableRow[]> {
    return this.current?.page(offset, limit) ?? [];
  }

  async positionOf(index: number): Promise<number> {
    return this.current?.positionOf(index) ?? -1;
  }

  async feature(index: number): Promise<Feature | null> {
    return this.rows.features[index] ?? null;
  }

  async exportView(format: 'csv' | 'geojson'): Promise<Blob> {
    const view = this.current;
    if (!view) return new Blob([]);
    return format === 'csv' ? new Blob([...viewCsvChunks(view, this.csvColumns)], { type: CSV }) : new Blob([...viewGeojsonChunks(view, this.exported)], { type: GEOJSON });
  }

  close(): void {
    this.current = null;
  }
}

/** A catalogue layer's collection, through its field schema. */
export function catalogueSource(layer: PublishedLayer, features: readonly Feature[], lang: Lang): TableSource {
  const rows = new FeatureSource(features);
  const columns = byImportance(catalogueColumns(rows, rows.keys(), layer.fields ?? {}, lang), layer.id);
  const { first, last } = catalogueCsvExtras(rows, lang);
  return new LocalSource(rows, columns, [first, ...columns, last], (row) => features[row] as Feature);
}

/** The current query's matches, in their own order; target fields through the layer's schema if it is a catalogue layer. */
export function querySource(query: QueryState, target: PublishedLayer | null, lang: Lang): TableSource {
  const rows = new MatchSource(query.matches, query.sources);
  const names = sourceNames(query.sources, lang, query.spec?.source.kind === 'geometry');
  const columns = queryColumns(rows, names, target?.fields ?? null, lang);
  // The GeoJSON is the query export's own (distance and nearest source added to each feature).
  const exported = query.spec ? resultToGeoJSON({ spec: query.spec, matches: query.matches, sources: query.sources }).features : [];
  return new LocalSource(rows, columns, columns, (row) => exported[row] as Feature);
}

/** An imported layer: the worker builds and holds the view; the page asks for pages. */
class WorkerSource implements TableSource {
  private version = -1;
  private building: Job<unknown> | null = null;

  constructor(
    private readonly layer: UserLayer,
    private readonly lang: Lang,
  ) {}

  private get workers() {
    return atlasWorkers().layers;
  }

  async view(query: ViewQuery): Promise<ViewSummary> {
    this.building?.cancel();
    // $state proxies do not clone: the worker gets plain copies.
    const job = this.workers.call('tableView', { layer: this.layer.id, keys: this.layer.fields.map((f) => f.name), lang: this.lang, query: JSON.parse(JSON.stringify(query)) as ViewQuery });
    this.building = job;
    const summary = await job.promise;
    if (this.building === job) this.building = null;
    this.version = summary.version;
    return summary;
  }

  // Before the first view is in, the worker holds none for this table (or an older drawer's): nothing to ask.
  page(offset: number, limit: number): Promise<TableRow[]> {
    if (this.version < 0) return Promise.resolve([]);
    return this.workers.call('tablePage', { layer: this.layer.id, version: this.version, offset, limit }).promise;
  }

  positionOf(index: number): Promise<number> {
    if (this.version < 0) return Promise.resolve(-1);
    return this.workers.call('tablePosition', { layer: this.layer.id, version: this.version, index }).promise;
  }

  feature(index: number): Promise<Feature | null> {
    return this.workers.call('feature', { id: this.layer.id, index }).promise;
  }

  exportView(format: 'csv' | 'geojson'): Promise<Blob> {
    const { id, fileName, fields, geometryTypes } = this.layer;
    return this.workers.call('tableExport', { meta: { id, fileName, fields: JSON.parse(JSON.stringify(fields)) as UserLayer['fields'], geometryTypes: [...geometryTypes] }, version: this.version, format }).promise;
  }

  close(): void {
    this.building?.cancel();
    void this.workers.call('tableClose', { layer: this.layer.id }).promise.catch(() => undefined);
  }
}

export function userLayerSource(layer: UserLayer, lang: Lang): TableSource {
  return new WorkerSource(layer, lang);
}
