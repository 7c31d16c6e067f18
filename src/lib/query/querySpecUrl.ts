import { QUERY_OPS, type QueryOp, type QuerySource, type QuerySpec } from './runQuery.ts';
import { decodeShape, encodeShape } from './shapeCode.ts';
import type { Coded, MessageParams } from '../i18n/format.ts';
import type { CodesOf } from '../i18n/messages.ts';

/**
 * A query in the URL hash, so a shared link reproduces it:
 * `q=within~parks~layer.stations~5000`, `q=nearest~stations~feature.parks.park-zhongbei~~3`, or
 * from a drawn shape, `q=inside~parks~geom.p.2f0sxk_mp6ks_…` (see shapeCode.ts).
 */
export function formatQuerySpec(spec: QuerySpec): string | null {
  let source: string;
  if (spec.source.kind === 'layer') source = `layer.${spec.source.layer}`;
  else if (spec.source.kind === 'feature') source = `feature.${spec.source.layer}.${spec.source.id}`;
  else if (spec.source.geometry.type === 'Polygon' || spec.source.geometry.type === 'LineString') source = `geom.${encodeShape(spec.source.geometry)}`;
  else return null;
  const parts = [spec.op, spec.target, source, spec.meters === undefined ? '' : String(Math.round(spec.meters * 1000) / 1000)];
  if (spec.k !== undefined && spec.k !== 1) parts.push(String(spec.k));
  return parts.join('~');
}

/**
 * Reads a `q=` value back; null with the reason (coded, linkQuery.*) for anything malformed or
 * naming unknown layers.
 */
export function parseQuerySpec(value: string, knownLayers: ReadonlySet<string>): { spec: QuerySpec | null; problem: Coded | null } {
  const bad = (why: CodesOf<'linkQuery'>, params: MessageParams = {}) => ({ spec: null, problem: { key: `linkQuery.${why}`, params } });
  const [op, target, source, meters, k] = value.split('~');
  if (!op || !QUERY_OPS.includes(op as QueryOp)) return bad('unknownOp');
  if (!target || !knownLayers.has(target)) return bad('unknownTarget');
  let querySource: QuerySource;
  if (source?.startsWith('geom.')) {
    const geometry = decodeShape(source.slice('geom.'.length));
    if (!geometry) return bad('shapeDamaged');
    querySource = { kind: 'geometry', geometry, id: 'drawn' };
  } else {
    const m = /^(layer)\.([a-z][a-z0-9_]*)$|^(feature)\.([a-z][a-z0-9_]*)\.([\w.-]+)$/.exec(source ?? '');
    if (!m) return bad('badSource');
    const sourceLayer = (m[2] ?? m[4]) as string;
    if (!knownLayers.has(sourceLayer)) return bad('unknownSource');
    querySource = m[1] ? { kind: 'layer', layer: sourceLayer } : { kind: 'feature', layer: sourceLayer, id: m[5] as string };
  }
  const spec: QuerySpec = { op: op as QueryOp, target, source: querySource };
  if (meters) {
    const n = Number(meters);
    if (!Number.isFinite(n) || n < 0 || n > 1e7) return bad('distanceRange');
    spec.meters = n;
  } else if (op === 'within' || op === 'along') return bad('needsDistance', { op: { key: op === 'within' ? 'opWithin' : 'opAlong', params: {} } });
  if (k) {
    const n = Number(k);
    if (!Number.isInteger(n) || n < 1 || n > 1000) return bad('kRange');
    spec.k = n;
  }
  return { spec, problem: null };
}
