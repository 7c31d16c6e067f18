import { rewind } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import type { Coded, MessageParams } from '../i18n/format.ts';
import type { CodesOf } from '../i18n/messages.ts';
import { ImportError, LIMITS } from './importError.ts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_TEXT = 10_000;
const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** Property values are data: primitives stay, anything else becomes (bounded) JSON text. */
export function sanitiseProperties(p: unknown): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = Object.create(null) as Record<string, string | number | boolean | null>;
  if (!p || typeof p !== 'object' || Array.isArray(p)) return { ...out };
  for (const [rawKey, v] of Object.entries(p as Record<string, unknown>)) {
    const key = rawKey.trim().slice(0, 100);
    if (!key || FORBIDDEN_KEYS.has(key)) continue;
    if (v === null || v === undefined) out[key] = null;
    else if (typeof v === 'number') out[key] = Number.isFinite(v) ? v : null;
    else if (typeof v === 'boolean') out[key] = v;
    else if (typeof v === 'string') out[key] = v.slice(0, MAX_TEXT);
    else out[key] = JSON.stringify(v).slice(0, MAX_TEXT);
  }
  return { ...out };
}

type SkipCode = CodesOf<'importSkip'>;

/** Why one feature is left out: a code for the report, worded by the page. */
class Skip extends Error {
  constructor(
    readonly code: SkipCode,
    readonly params: MessageParams = {},
  ) {
    super(code);
  }

  get reason(): Coded {
    return { key: `importSkip.${this.code}`, params: this.params };
  }
}

function position(p: unknown, transform: (p: Position) => Position, count: { n: number }): Position {
  if (!Array.isArray(p) || p.length < 2) throw new Skip('notPosition');
  const [x, y] = p as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) throw new Skip('notFinite');
  if (++count.n > LIMITS.maxVerticesPerFeature) throw new Skip('tooManyVertices', { max: LIMITS.maxVerticesPerFeature });
  const [lon, lat] = transform([x, y]) as [number, number];
  if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) throw new Skip('notLonLat', { x: String(x), y: String(y) });
  return [lon, lat];
}

function positions(ps: unknown, t: (p: Position) => Position, c: { n: number }): Position[] {
  if (!Array.isArray(ps)) throw new Skip('notList');
  return ps.map((p) => position(p, t, c));
}

function ring(r: unknown, t: (p: Position) => Position, c: { n: number }, repaired: () => void): Position[] {
  const ps = positions(r, t, c);
  const a = ps[0];
  const b = ps[ps.length - 1];
  if (a && b && (a[0] !== b[0] || a[1] !== b[1])) {
    ps.push([...a]);
    repaired();
  }
  if (ps.length < 4) throw new Skip('ringTooShort');
  return ps;
}

function geometry(g: unknown, t: (p: Position) => Position, depth: number, c: { n: number }, repaired: (what: CodesOf<'importRepair'>) => void): Geometry {
  if (depth > LIMITS.maxNesting) throw new Skip('nestedTooDeep', { max: LIMITS.maxNesting });
  const o = g as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  if (!o || typeof o !== 'object' || typeof o.type !== 'string' || !GEOMETRY_TYPES.has(o.type)) throw new Skip('noGeometry');
  const closed = () => repaired('closedRing');
  switch (o.type) {
    case 'Point':
      return { type: 'Point', coordinates: position(o.coordinates, t, c) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: positions(o.coordinates, t, c) };
    case 'LineString': {
      const ps = positions(o.coordinates, t, c);
      if (ps.length < 2) throw new Skip('lineTooShort', { count: ps.length });
      return { type: 'LineString', coordinates: ps };
    }
    case 'MultiLineString': {
      if (!Array.isArray(o.coordinates)) throw new Skip('notList');
      return { type: 'MultiLineString', coordinates: o.coordinates.map((l) => positions(l, t, c)).filter((l) => l.length >= 2) };
    }
    case 'Polygon':
      if (!Array.isArray(o.coordinates) || o.coordinates.length === 0) throw new Skip('polygonWithoutRings');
      return { type: 'Polygon', coordinates: o.coordinates.map((r) => ring(r, t, c, closed)) };
    case 'MultiPolygon':
      if (!Array.isArray(o.coordinates)) throw new Skip('notList');
      return { type: 'MultiPolygon', coordinates: o.coordinates.map((poly: unknown) => (Array.isArray(poly) ? poly : []).map((r) => ring(r, t, c, closed))) };
    default: {
      if (!Array.isArray(o.geometries)) throw new Skip('collectionWithoutMembers');
      return { type: 'GeometryCollection', geometries: o.geometries.map((child) => geometry(child, t, depth + 1, c, repaired)) };
    }
  }
}

/**
 * Turns whatever a parser produced into clean WGS84 features: positions checked and
 * transformed, open rings closed, rings rewound (RFC 7946), properties made inert; a feature
 * that cannot be repaired is skipped with the reason. Never throws for bad features — only
 * when the layer grows past the feature limit. Stateful so a file read in batches keeps one
 * numbering, one set of ids and one list of repairs.
 */
export class Normaliser {
  private index = 0;
  private ids = new Set<string>();
  private repairs = new Map<CodesOf<'importRepair'>, number>();
  readonly skipped: Coded[] = [];
  count = 0;

  constructor(
    private transform: (p: Position) => Position,
    private layerId: string,
    private source: string,
    private maxFeatures: number = LIMITS.maxFeatures,
    /** The file's name, for the errors. */
    private fileName = '',
  ) {}

  get repaired(): Coded[] {
    return [...this.repairs].map(([what, n]) => ({ key: `importRepair.${what}`, params: { n } }));
  }

  add(items: unknown[]): Feature[] {
    const features: Feature[] = [];
    for (const item of items) {
      const i = this.index++;
      const f = item as { type?: unknown; geometry?: unknown; properties?: unknown; id?: unknown };
      try {
        if (!f || typeof f !== 'object' || f.type !== 'Feature') throw new Skip('notFeature');
        const g = geometry(f.geometry, this.transform, 0, { n: 0 }, (what) => this.repairs.set(what, (this.repairs.get(what) ?? 0) + 1));
        const props = sanitiseProperties(f.properties);
        let id = typeof props.id === 'string' || typeof props.id === 'number' ? String(props.id) : typeof f.id === 'string' || typeof f.id === 'number' ? String(f.id) : `${this.layerId}-${i + 1}`;
        if (this.ids.has(id)) id = `${this.layerId}-${i + 1}`;
        this.ids.add(id);
        const name = props.name_zh ?? props.name ?? props['名称'] ?? props.NAME ?? props.Name ?? id;
        const clean = g.type === 'Polygon' || g.type === 'MultiPolygon' ? (rewind(g) as Geometry) : g;
        features.push({
          type: 'Feature',
          id,
          geometry: clean,
          properties: { ...props, id, name_zh: String(props.name_zh ?? name), name_en: String(props.name_en ?? name), source: String(props.source ?? this.source), confidence: 'sourced' },
        });
      } catch (e) {
        if (!(e instanceof Skip)) throw e;
        if (this.skipped.length < 50) this.skipped.push({ key: 'importSkip.item', params: { n: i + 1, reason: e.reason } });
        else if (this.skipped.length === 50) this.skipped.push({ key: 'importSkip.more', params: {} });
      }
    }
    this.count += features.length;
    if (this.count > this.maxFeatures) throw new ImportError('tooManyFeatures', { file: this.fileName, max: this.maxFeatures });
    return features;
  }

  /** The error for a file that gave nothing usable, or null. */
  emptyError(): ImportError | null {
    if (this.count > 0) return null;
    if (!this.index) return new ImportError('noFeatures', { file: this.fileName });
    return new ImportError('noUsableFeatures', { file: this.fileName, reason: this.skipped[0] ?? { key: 'importSkip.allInvalid', params: {} } });
  }
}
