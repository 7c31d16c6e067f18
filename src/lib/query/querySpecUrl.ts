import { QUERY_OPS, type QueryOp, type QuerySource, type QuerySpec } from './runQuery.ts';
import { decodeShape, encodeShape } from './shapeCode.ts';

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

/** Reads a `q=` value back; null (with a reason) for anything malformed or naming unknown layers. */
export function parseQuerySpec(value: string, knownLayers: ReadonlySet<string>): { spec: QuerySpec | null; problem: string | null } {
  const bad = (why: string) => ({ spec: null, problem: `query "${value}": ${why}` });
  const [op, target, source, meters, k] = value.split('~');
  if (!op || !QUERY_OPS.includes(op as QueryOp)) return bad('unknown operation');
  if (!target || !knownLayers.has(target)) return bad('unknown target layer');
  let querySource: QuerySource;
  if (source?.startsWith('geom.')) {
    const geometry = decodeShape(source.slice('geom.'.length));
    if (!geometry) return bad('the drawn shape in the link is damaged');
    querySource = { kind: 'geometry', geometry, id: 'drawn' };
  } else {
    const m = /^(layer)\.([a-z][a-z0-9_]*)$|^(feature)\.([a-z][a-z0-9_]*)\.([\w.-]+)$/.exec(source ?? '');
    if (!m) return bad('source must be layer.<id>, feature.<layer>.<id> or a drawn shape');
    const sourceLayer = (m[2] ?? m[4]) as string;
    if (!knownLayers.has(sourceLayer)) return bad('unknown source layer');
    querySource = m[1] ? { kind: 'layer', layer: sourceLayer } : { kind: 'feature', layer: sourceLayer, id: m[5] as string };
  }
  const spec: QuerySpec = { op: op as QueryOp, target, source: querySource };
  if (meters) {
    const n = Number(meters);
    if (!Number.isFinite(n) || n < 0 || n > 1e7) return bad('distance out of range');
    spec.meters = n;
  } else if (op === 'within' || op === 'along') return bad(`${op} needs a distance`);
  if (k) {
    const n = Number(k);
    if (!Number.isInteger(n) || n < 1 || n > 1000) return bad('k out of range');
    spec.k = n;
  }
  return { spec, problem: null };
}
