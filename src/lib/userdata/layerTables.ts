import type { Feature } from 'geojson';
import type { Lang } from '../catalogue/types.ts';
import { CodedError } from '../i18n/codedError.ts';
import { importedSource } from '../import/importedSource.ts';
import { rawColumns } from '../table/rawColumns.ts';
import { buildView, type RowView } from '../table/rowView.ts';
import { runStepsInSlices } from '../table/steps.ts';
import type { RowSource, TableRow, ViewQuery, ViewSummary } from '../table/tableTypes.ts';
import type { FeatureTiles } from '../tiles/featureTiles.ts';
import { csvChunks } from './exportChunks.ts';
import { storedProperties } from './storedProperties.ts';
import { viewGeojsonChunks } from '../table/viewExport.ts';
import type { UserLayerMeta } from './userLayerMeta.ts';

/** What the page asks of an imported layer's table: the user's own columns, a language, a query. */
export interface TableViewRequest {
  layer: string;
  /** The user's own columns (the layer's field names), in the layer's order. */
  keys: string[];
  lang: Lang;
  query: ViewQuery;
}

/** A view's summary, numbered: pages are asked for by the view they belong to. */
export interface NumberedSummary extends ViewSummary {
  version: number;
}

interface OpenView {
  version: number;
  tiles: FeatureTiles;
  view: RowView;
}

/** An imported layer's rows, read straight from the worker's property columns. */
class TileRows implements RowSource {
  constructor(private readonly tiles: FeatureTiles) {}
  get count(): number {
    return this.tiles.count;
  }
  reader(key: string): (row: number) => unknown {
    return (row) => this.tiles.value(row, key);
  }
  located(row: number): boolean {
    return this.tiles.located(row);
  }
}

/**
 * Imported layers' attribute tables, kept in the layer worker beside their features: a view is
 * the layer's row indices in view order (an Int32Array, 4 MB for a million rows), built in time
 * slices so tile requests are answered in between; the page then asks for pages of rows as its
 * list scrolls. One open view per layer; the page never receives the layer.
 */
export class LayerTables {
  private views = new Map<string, OpenView>();
  private version = 0;

  constructor(private readonly loaded: (layer: string) => Promise<FeatureTiles>) {}

  async view(req: TableViewRequest, signal?: AbortSignal): Promise<NumberedSummary> {
    const tiles = await this.loaded(req.layer);
    const source = new TileRows(tiles);
    const columns = rawColumns(source, req.keys, req.lang);
    const view = await runStepsInSlices(buildView(source, columns, req.query), { signal });
    const version = ++this.version;
    this.views.set(req.layer, { version, tiles, view });
    return { ...view.summary(), version };
  }

  page(layer: string, version: number, offset: number, limit: number): TableRow[] {
    return this.open(layer, version).view.page(offset, limit);
  }

  positionOf(layer: string, version: number, index: number): number {
    return this.open(layer, version).view.positionOf(index);
  }

  /**
   * The rows in view as a file, with the user's own columns as the layer's export writes them
   * (what the importer derived is left out), in view order.
   */
  exportView(meta: Pick<UserLayerMeta, 'id' | 'fileName' | 'fields' | 'geometryTypes'>, version: number, format: 'geojson' | 'csv'): Blob {
    const { tiles, view } = this.open(meta.id, version);
    const source = importedSource(meta.fileName);
    const feature = (i: number): Feature => {
      const f = tiles.feature(i);
      return { type: 'Feature', geometry: f.geometry, properties: storedProperties(f.properties ?? {}, source) };
    };
    if (format === 'geojson') return new Blob([...viewGeojsonChunks(view, feature)], { type: 'application/geo+json' });
    const points = meta.geometryTypes.length === 1 && meta.geometryTypes[0] === 'Point';
    const { order } = view;
    const chunks = csvChunks(order.length, (p) => feature(order[p] as number), meta.fields.map((f) => f.name), points ? 'lonlat' : 'wkt');
    return new Blob([...chunks], { type: 'text/csv;charset=utf-8' });
  }

  /** The table closed (or the layer went): its view is let go. */
  close(layer: string): void {
    this.views.delete(layer);
  }

  private open(layer: string, version: number): OpenView {
    const open = this.views.get(layer);
    if (!open) throw new CodedError('tableError.noView', { layer });
    if (open.version !== version) throw new CodedError('tableError.stale');
    return open;
  }
}
