import * as flatbuffers from 'flatbuffers';
import type { Feature, Geometry } from 'geojson';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { magicbytes } from 'flatgeobuf/lib/mjs/constants.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { Column } from 'flatgeobuf/lib/mjs/flat-geobuf/column.js';
import { Crs } from 'flatgeobuf/lib/mjs/flat-geobuf/crs.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { Header } from 'flatgeobuf/lib/mjs/flat-geobuf/header.js';
import { toGeometryType } from 'flatgeobuf/lib/mjs/generic/geometry.js';
import { parseGC, parseGeometry } from 'flatgeobuf/lib/mjs/geojson/geometry.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { emptyBox, extendBox, geometryBox, type Box } from './bbox.ts';
import { hilbert } from './hilbert.ts';
import { buildPackedRTree } from './packedRTree.ts';
import { FeatureEncoder } from './featureEncoder.ts';

export const INDEX_NODE_SIZE = 16;

export interface FgbWriteOptions {
  name: string;
  title?: string;
  description?: string;
  /** Free text stored in the header; the pipeline puts the layer's provenance here as JSON. */
  metadata?: string;
  /** Called every 50,000 features while they are encoded (a million take seconds). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Writes features as FlatGeobuf *with* its packed Hilbert R-tree, so readers can fetch
 * a bbox by HTTP range requests. The npm serializer writes no index (indexNodeSize 0) and
 * takes its columns from the first feature only; this writer indexes and unions the columns.
 */
export function writeFgb(features: Feature[], options: FgbWriteOptions): Uint8Array {
  const columns = inferColumns(features);
  // A feature without geometry (listed, not drawn) gets an empty box: no search ever finds it.
  const boxes = features.map((f) => (f.geometry ? geometryBox(f.geometry) : emptyBox()));
  const extent = emptyBox();
  for (const b of boxes) extendBox(extent, b);

  const order = hilbertOrder(boxes, extent);
  const geometryType = commonGeometryType(features);
  const meta: HeaderMeta = {
    geometryType,
    columns,
    envelope: features.length ? Float64Array.from(extent) : null,
    featuresCount: features.length,
    indexNodeSize: features.length ? INDEX_NODE_SIZE : 0,
    crs: null,
    title: options.title ?? null,
    description: options.description ?? null,
    metadata: options.metadata ?? null,
  };
  const header = buildHeader(meta, options.name);

  // Features are encoded into one growing buffer: a million small arrays cost more to
  // collect than to write.
  const encoder = new FeatureEncoder(columns);
  const offsets: number[] = new Array(features.length);
  let body = new Uint8Array(Math.max(1024, features.length * 64));
  let featureBytes = 0;
  for (let k = 0; k < order.length; k++) {
    const f = features[order[k] as number] as Feature;
    const g = f.geometry as Geometry | null;
    const encoded = encoder.encode(g === null ? NO_GEOMETRY : g.type === 'GeometryCollection' ? parseGC(g) : parseGeometry(g), f.properties);
    if (featureBytes + encoded.length > body.length) {
      const next = new Uint8Array(Math.max(body.length * 2, featureBytes + encoded.length));
      next.set(body.subarray(0, featureBytes));
      body = next;
    }
    body.set(encoded, featureBytes);
    offsets[k] = featureBytes;
    featureBytes += encoded.length;
    if (options.onProgress && (k + 1) % 50_000 === 0) options.onProgress(k + 1, order.length);
  }
  const index = features.length
    ? buildPackedRTree(order.map((i) => boxes[i] as Box), offsets, INDEX_NODE_SIZE)
    : new Uint8Array(0);

  const out = new Uint8Array(magicbytes.length + header.length + index.length + featureBytes);
  out.set(magicbytes, 0);
  out.set(header, magicbytes.length);
  out.set(index, magicbytes.length + header.length);
  out.set(body.subarray(0, featureBytes), magicbytes.length + header.length + index.length);
  return out;
}

/**
 * A null geometry is written as an empty GeometryCollection: FlatGeobuf's readers expect a
 * geometry on every feature, and readFgb gives this one back as null (EMPTY_COLLECTION).
 */
const NO_GEOMETRY = parseGC({ type: 'GeometryCollection', geometries: [] });

function hilbertOrder(boxes: Box[], extent: Box): number[] {
  const w = extent[2] - extent[0] || 1;
  const h = extent[3] - extent[1] || 1;
  const values = boxes.map((b) => {
    // Features without geometry go last, after every feature the index can find.
    if (!Number.isFinite(b[0])) return Infinity;
    const x = Math.floor((0xffff * ((b[0] + b[2]) / 2 - extent[0])) / w);
    const y = Math.floor((0xffff * ((b[1] + b[3]) / 2 - extent[1])) / h);
    return hilbert(x, y);
  });
  return boxes.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
}

function commonGeometryType(features: Feature[]): GeometryType {
  const types = new Set(features.map((f) => f.geometry?.type));
  if (types.size !== 1) return GeometryType.Unknown;
  return toGeometryType([...types][0]);
}

function columnType(values: unknown[]): ColumnType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length && present.every((v) => typeof v === 'boolean')) return ColumnType.Bool;
  if (present.length && present.every((v) => typeof v === 'number' && Number.isFinite(v))) return ColumnType.Double;
  if (present.every((v) => typeof v === 'string')) return ColumnType.String;
  // Objects, arrays and columns of mixed types keep their values exactly as JSON.
  return ColumnType.Json;
}

export function inferColumns(features: Feature[]): ColumnMeta[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const f of features) {
    for (const k of Object.keys(f.properties ?? {})) {
      if (!seen.has(k)) {
        seen.add(k);
        names.push(k);
      }
    }
  }
  return names.map((name) => ({
    name,
    type: columnType(features.map((f) => f.properties?.[name])),
    title: null,
    description: null,
    width: -1,
    precision: -1,
    scale: -1,
    nullable: true,
    unique: false,
    primary_key: false,
  }));
}

function buildHeader(meta: HeaderMeta, name: string): Uint8Array {
  const builder = new flatbuffers.Builder(1024);
  const columnOffsets = (meta.columns ?? []).map((c) => {
    const n = builder.createString(c.name);
    Column.startColumn(builder);
    Column.addName(builder, n);
    Column.addType(builder, c.type);
    Column.addNullable(builder, true);
    return Column.endColumn(builder);
  });
  const columnsVector = columnOffsets.length ? Header.createColumnsVector(builder, columnOffsets) : 0;
  const nameOffset = builder.createString(name);
  const titleOffset = meta.title ? builder.createString(meta.title) : 0;
  const descriptionOffset = meta.description ? builder.createString(meta.description) : 0;
  const metadataOffset = meta.metadata ? builder.createString(meta.metadata) : 0;
  const envelopeOffset = meta.envelope ? Header.createEnvelopeVector(builder, meta.envelope) : 0;
  Crs.startCrs(builder);
  Crs.addCode(builder, 4326);
  const crsOffset = Crs.endCrs(builder);

  Header.startHeader(builder);
  Header.addName(builder, nameOffset);
  if (envelopeOffset) Header.addEnvelope(builder, envelopeOffset);
  Header.addGeometryType(builder, meta.geometryType);
  if (columnsVector) Header.addColumns(builder, columnsVector);
  Header.addFeaturesCount(builder, BigInt(meta.featuresCount));
  Header.addIndexNodeSize(builder, meta.indexNodeSize);
  Header.addCrs(builder, crsOffset);
  if (titleOffset) Header.addTitle(builder, titleOffset);
  if (descriptionOffset) Header.addDescription(builder, descriptionOffset);
  if (metadataOffset) Header.addMetadata(builder, metadataOffset);
  builder.finishSizePrefixed(Header.endHeader(builder));
  return builder.asUint8Array();
}
