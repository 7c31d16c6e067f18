import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { alongLine } from './alongLine.ts';
import { inside } from './inside.ts';
import { nearestToSources } from './nearest.ts';
import { featureId } from './featureId.ts';
import { filteredLayer, passing, wholeLayerMatches, type LayerFilters } from './filteredLayer.ts';
import { prepareLayer, type PreparedLayer } from './preparedLayer.ts';
import type { QueryControl, QueryMatch } from './types.ts';
import { withinDistance } from './withinDistance.ts';
import { emptyBox, extendBox, geometryBox, type Box } from '../fgb/bbox.ts';
import { expandBox } from './sphere.ts';
import { CodedError } from '../i18n/codedError.ts';
import type { MessageParams } from '../i18n/format.ts';
import type { CodesOf } from '../i18n/messages.ts';

export type QueryOp = 'within' | 'nearest' | 'inside' | 'along';
export const QUERY_OPS: readonly QueryOp[] = ['within', 'nearest', 'inside', 'along'];

export type QuerySource =
  | { kind: 'layer'; layer: string }
  | { kind: 'feature'; layer: string; id: string }
  | { kind: 'geometry'; geometry: Geometry; id?: string };

export interface QuerySpec {
  op: QueryOp;
  target: string;
  source: QuerySource;
  /** Distance for within / along. */
  meters?: number;
  /** How many for nearest: each source's k nearest, each target listed once (with its closest source). */
  k?: number;
}

export interface QueryResult {
  spec: QuerySpec;
  matches: QueryMatch[];
  /** The query geometry: the source features the distances were measured from. */
  sources: Feature[];
  /** The layers (target, source) whose attribute filters narrowed the query (none when absent). */
  filtered?: string[];
}

/** Where layers come from: bundled .fgb in the app, files on disk for the CLI, a dropped file. */
export interface LayerProvider {
  layer(id: string): Promise<PreparedLayer>;
  /**
   * For layers too large to load whole: only the features whose index boxes meet `box`, read
   * through the file's index. Null when the layer is an ordinary one.
   */
  layerInBox?(id: string, box: Box): Promise<PreparedLayer | null>;
}

/** How far `nearest` looks into a streamed layer (it cannot read the whole file). */
export const STREAMED_NEAREST_M = 50_000;

/** Every reason a query is refused: the `queryError.*` keys of the message table. */
export type QueryErrorCode = CodesOf<'queryError'>;

/** Coded so the page words it in its language (describeError); `message` is the English, for the CLI. */
export class QueryError extends CodedError {
  override name = 'QueryError';

  constructor(
    readonly code: QueryErrorCode,
    params: MessageParams = {},
    options?: ErrorOptions,
  ) {
    super(`queryError.${code}`, params, options);
  }
}

async function sourceFeatures(source: QuerySource, layers: LayerProvider): Promise<Feature[]> {
  switch (source.kind) {
    case 'layer':
      return (await layers.layer(source.layer)).features;
    case 'feature': {
      const layer = await layers.layer(source.layer);
      const f = layer.features.find((x, i) => featureId(x, i) === source.id);
      if (!f) throw new QueryError('noFeature', { id: source.id, layer: source.layer });
      return [f];
    }
    case 'geometry':
      return [{ type: 'Feature', geometry: source.geometry, properties: { id: source.id ?? 'drawn' } }];
  }
}

/**
 * Runs one query spec: the single entry the Web Worker and the command line both call. With
 * `filters` (the user's attribute filters by layer), a feature its layer's filter hides is
 * neither a target nor a source, as on the map; match indices stay those of the whole layer.
 */
export async function runQuery(spec: QuerySpec, layers: LayerProvider, control: QueryControl = {}, filters: LayerFilters = {}): Promise<QueryResult> {
  const meters = spec.meters ?? 0;
  if ((spec.op === 'within' || spec.op === 'along') && !(Number.isFinite(meters) && meters >= 0)) {
    throw new QueryError('badDistance', { value: String(spec.meters) });
  }
  const sourceLayer = spec.source.kind === 'geometry' ? null : spec.source.layer;
  const sources = passing(await sourceFeatures(spec.source, layers), sourceLayer === null ? undefined : filters[sourceLayer]);
  // A streamed target is read only where the answer can be: the sources' box grown by D.
  const reach = spec.op === 'inside' ? 0 : spec.op === 'nearest' ? STREAMED_NEAREST_M : meters;
  const box = emptyBox();
  for (const s of sources) extendBox(box, geometryBox(s.geometry));
  const whole = (sources.length && (await layers.layerInBox?.(spec.target, expandBox(box, reach)))) || (await layers.layer(spec.target));
  const targetFilter = filters[spec.target];
  const narrowed = targetFilter?.length ? filteredLayer(whole, targetFilter) : null;
  const targets = narrowed?.layer ?? whole;
  let matches: QueryMatch[];
  switch (spec.op) {
    case 'within':
      matches = withinDistance(targets, prepareLayer(sources), meters, control);
      break;
    case 'along': {
      const lines = sources.filter((f) => f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString');
      if (lines.length === 0) throw new QueryError('noLineSource');
      matches = alongLine(targets, prepareLayer(lines as Feature<LineString | MultiLineString>[]), meters, control);
      break;
    }
    case 'inside': {
      const areas = sources.filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') as Feature<Polygon | MultiPolygon>[];
      if (areas.length === 0) throw new QueryError('noPolygonSource');
      const seen = new Map<number, QueryMatch>();
      areas.forEach((a, i) => {
        for (const m of inside(targets, a, 'intersects', featureId(a, i))) if (!seen.has(m.index)) seen.set(m.index, m);
      });
      matches = [...seen.values()];
      break;
    }
    case 'nearest': {
      const k = spec.k ?? 1;
      if (!Number.isInteger(k) || k < 1) throw new QueryError('badK', { value: String(spec.k) });
      matches = nearestToSources(targets, sources, k, control);
      break;
    }
    default:
      throw new QueryError('unknownOp', { op: String(spec.op) });
  }
  if (narrowed) matches = wholeLayerMatches(matches, narrowed);
  matches.sort((a, b) => a.distance_m - b.distance_m || a.index - b.index);
  const filtered = [...new Set([spec.target, sourceLayer])].filter((id): id is string => id !== null && (filters[id]?.length ?? 0) > 0);
  return { spec, matches, sources, filtered };
}
