import { GeoJSONVT } from '@maplibre/geojson-vt';
import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { MvtLayerWriter } from '../../src/lib/tiles/mvtEncode.ts';
import { tilesCovering, writePmtiles, type PmtilesTile } from './pmtilesWriter.ts';
import { readRepoData, rings, text, withoutNote } from './repoData.ts';

/**
 * A vector archive in the Protomaps basemap schema (v4 layers, with the `kind`/`kind_detail`/
 * `name:*` tags @protomaps/basemaps filters on), so the app's Protomaps style can be tested on it
 * without the planet build. Geometry is the repository's own data of the area (data/*.geojson,
 * committed, so CI builds the same archive); only the roads are made up (no road data is
 * available offline). landuse and buildings have no data here but are still listed in
 * vector_layers, as in a real build: MapLibre reports an error for every style layer whose
 * source-layer the TileJSON does not list.
 */

/** Where the archive has tiles: the data's area of interest, the zone with a margin. */
export const VECTOR_BBOX = [111.5, 37.4, 114.0, 39.6] as const;
export const VECTOR_ZOOMS = { min: 0, max: 11 } as const;
export const VECTOR_ATTRIBUTION = '合成测试数据 · 国家基础地理信息中心 1:400万 · DataV.GeoAtlas · Natural Earth';
export const VECTOR_LAYERS = ['earth', 'landcover', 'landuse', 'water', 'roads', 'buildings', 'pois', 'boundaries', 'places'] as const;

const EXTENT = 4096;
type Props = Record<string, string | number | boolean>;
export type LayerData = Record<(typeof VECTOR_LAYERS)[number], Feature<Geometry, Props>[]>;

const feature = (geometry: Geometry, properties: Props): Feature<Geometry, Props> => ({ type: 'Feature', geometry, properties });

/** Chinese names carry every key the style's zh and en text fields look at. */
function names(zh: string, en: string): Props {
  return { name: zh, 'name:zh': zh, 'name:zh-Hans': zh, 'name:en': en, script: 'Han' };
}

function earth(): Feature<Geometry, Props>[] {
  const [w, s, e, n] = VECTOR_BBOX;
  return [feature({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] }, { kind: 'earth', min_zoom: 0 })];
}

function landcover(): Feature<Geometry, Props>[] {
  return readRepoData<Polygon | MultiPolygon>('builtup').features.map((f) => feature(f.geometry, { kind: 'urban_area', min_zoom: 0 }));
}

function water(): Feature<Geometry, Props>[] {
  const areas = readRepoData<Polygon | MultiPolygon>('water_areas').features.map((f) => feature(f.geometry, { kind: 'lake', ...names(text(f.properties, 'name_zh'), text(f.properties, 'name_en')), min_zoom: 4 }));
  // The layer's other kind traces reservoir shores along the river, which the lake areas draw already.
  const rivers = readRepoData<LineString>('rivers')
    .features.filter((f) => f.properties.kind === 'river')
    .map((f) => feature(f.geometry, { kind: 'river', ...names(text(f.properties, 'name_zh'), text(f.properties, 'name_en')), min_zoom: 6 }));
  return [...areas, ...rivers];
}

/**
 * Made-up roads: straight lines on round coordinates, named as synthetic, so nobody mistakes them
 * for the real network while the style still has highways, major and minor roads to draw.
 */
export const SYNTHETIC_ROADS: ReadonlyArray<{ kind: 'highway' | 'major_road' | 'minor_road'; detail: string; n: number; from: Position; to: Position }> = [
  { kind: 'highway', detail: 'motorway', n: 1, from: [112.6, 37.5], to: [112.6, 39.5] },
  { kind: 'highway', detail: 'motorway', n: 2, from: [111.6, 38.1], to: [113.9, 38.1] },
  { kind: 'major_road', detail: 'trunk', n: 3, from: [112.3, 37.5], to: [112.3, 39.5] },
  { kind: 'major_road', detail: 'primary', n: 4, from: [113.0, 37.5], to: [113.0, 39.5] },
  { kind: 'major_road', detail: 'primary', n: 5, from: [111.6, 37.8], to: [113.9, 37.8] },
  { kind: 'major_road', detail: 'primary', n: 6, from: [111.6, 38.5], to: [113.9, 38.5] },
  { kind: 'minor_road', detail: 'tertiary', n: 7, from: [112.45, 37.7], to: [112.45, 38.6] },
  { kind: 'minor_road', detail: 'tertiary', n: 8, from: [112.2, 38.3], to: [113.1, 38.3] },
];

function roads(): Feature<Geometry, Props>[] {
  const label = { highway: ['合成高速', 'Synthetic Expressway'], major_road: ['合成干道', 'Synthetic Road'], minor_road: ['合成支路', 'Synthetic Lane'] } as const;
  const minZoom = { highway: 3, major_road: 6, minor_road: 9 } as const;
  return SYNTHETIC_ROADS.map((r) => {
    const [zh, en] = label[r.kind];
    return feature({ type: 'LineString', coordinates: [r.from, r.to] }, { kind: r.kind, kind_detail: r.detail, ref: `T${r.n}`, ...names(`${zh}${r.n}号`, `${en} ${r.n}`), min_zoom: minZoom[r.kind] });
  });
}

/** County outlines as lines (Protomaps boundaries are lines), admin level 6. */
function boundaries(): Feature<Geometry, Props>[] {
  return readRepoData<Polygon | MultiPolygon>('counties').features.flatMap((f) =>
    rings(f.geometry).map((ring) => feature({ type: 'LineString', coordinates: ring }, { kind: 'county', kind_detail: 6, min_zoom: 7 })),
  );
}

/** The area's airports, which the style labels from z9 (at their min_zoom); the IATA code is in name_en. */
function pois(): Feature<Geometry, Props>[] {
  return readRepoData<Point>('airports').features.map((f) => {
    const en = text(f.properties, 'name_en');
    const iata = /\(([A-Z]{3})\//.exec(en)?.[1] ?? '';
    return feature(f.geometry, { kind: 'aerodrome', ...names(text(f.properties, 'name_zh'), withoutNote(en)), iata, min_zoom: 9 });
  });
}

/**
 * The big cities, [lon, lat, zh, en, POP_MAX], from Natural Earth's populated places (public
 * domain), written here because data/ has no city points with populations, which the style
 * ranks its labels by.
 */
const CITIES: ReadonlyArray<readonly [number, number, string, string, number]> = [
  [112.543112, 37.876958, '太原', 'Taiyuan', 2_913_000],
  [113.570008, 37.869974, '阳泉', 'Yangquan', 981_448],
  [112.728062, 37.682345, '榆次', 'Yuci', 840_000],
  [112.420001, 39.300378, '朔州', 'Shuozhou', 570_000],
  [112.719982, 38.410432, '忻州', 'Xinzhou', 279_607],
];

const point = (coordinates: Position): Point => ({ type: 'Point', coordinates });

/** The cities; the seats of the counties (县, 县级市) and the towns (镇) as smaller localities. */
function places(): Feature<Geometry, Props>[] {
  const cities = CITIES.map(([lon, lat, zh, en, pop]) => {
    const rank = pop >= 1_000_000 ? 13 : pop >= 500_000 ? 12 : 11;
    return feature(point([lon, lat]), { kind: 'locality', ...names(zh, en), population: pop, population_rank: rank, min_zoom: rank >= 13 ? 4 : 6 });
  });
  const towns = readRepoData<Point>('towns').features;
  // The towns layer holds the seat points (DataV's) of most counties; elsewhere a point inside the
  // (map-clipped) county stands in, which is enough for a label in a test archive.
  const seatAt = new Map(towns.filter((f) => f.properties.kind === 'county_seat').map((f) => [text(f.properties, 'name_zh'), f.geometry.coordinates]));
  // Districts (区) are left out: they are parts of the cities, which are labelled already.
  const seats = readRepoData<Polygon | MultiPolygon>('counties')
    .features.filter((f) => /[县市]$/.test(text(f.properties, 'name_zh')))
    .map((f) => {
      const zh = text(f.properties, 'name_zh');
      // "Yangqu County" labels as "Yangqu", but a one-character name keeps its word: "Dai County".
      const en = zh.length > 2 ? text(f.properties, 'name_en').replace(/ (County|City)$/, '') : text(f.properties, 'name_en');
      return feature(point(seatAt.get(zh) ?? pointOnFeature(f).geometry.coordinates), { kind: 'locality', ...names(zh, en), population_rank: 9, min_zoom: 8 });
    });
  // Only the towns proper: the layer's other points are the cities and seats placed above, or a pass.
  const small = towns
    .filter((f) => f.properties.kind === 'town' && withoutNote(text(f.properties, 'name_zh')).endsWith('镇'))
    .map((f) => {
      const zh = withoutNote(text(f.properties, 'name_zh'));
      const en = withoutNote(text(f.properties, 'name_en')).replace(/ town$/, '');
      return feature(f.geometry, { kind: 'locality', kind_detail: 'town', ...names(zh, en), population_rank: 7, min_zoom: 10 });
    });
  return [...cities, ...seats, ...small];
}

/** TileJSON vector_layers: each layer's fields and their types, from the features themselves. */
function vectorLayers(data: LayerData): Array<{ id: string; fields: Record<string, string>; minzoom: number; maxzoom: number }> {
  return Object.entries(data).map(([id, features]) => {
    const fields: Record<string, string> = {};
    for (const f of features) for (const [k, v] of Object.entries(f.properties)) fields[k] = typeof v === 'number' ? 'Number' : typeof v === 'boolean' ? 'Boolean' : 'String';
    return { id, fields, minzoom: VECTOR_ZOOMS.min, maxzoom: VECTOR_ZOOMS.max };
  });
}

/** Every layer's features in lon/lat, before tiling. */
export function vectorFeatures(): LayerData {
  return { earth: earth(), landcover: landcover(), landuse: [], water: water(), roads: roads(), buildings: [], pois: pois(), boundaries: boundaries(), places: places() };
}

/** The MVT tiles, uncompressed, for every tile the archive covers (each has at least earth). */
export function vectorTiles(data: LayerData = vectorFeatures()): PmtilesTile[] {
  const indexes = VECTOR_LAYERS.map((name) => {
    const collection: FeatureCollection = { type: 'FeatureCollection', features: data[name] };
    return { name, index: new GeoJSONVT(collection, { maxZoom: VECTOR_ZOOMS.max, indexMaxZoom: 5, extent: EXTENT, buffer: 64, tolerance: 3 }) };
  });
  const tiles: PmtilesTile[] = [];
  for (const [z, x, y] of tilesCovering(VECTOR_BBOX, VECTOR_ZOOMS.min, VECTOR_ZOOMS.max)) {
    const parts: Uint8Array[] = [];
    for (const { name, index } of indexes) {
      const layer = new MvtLayerWriter(name, EXTENT);
      for (const f of index.getTile(z, x, y)?.features ?? []) {
        const minZoom = f.tags?.min_zoom;
        if (typeof minZoom === 'number' && minZoom > z) continue;
        layer.feature(f);
      }
      if (layer.length > 0) parts.push(layer.finish());
    }
    if (parts.length === 0) continue;
    // A tile is a sequence of layer messages, so layers encoded apart are joined by concatenation.
    const data = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
    parts.reduce((at, p) => (data.set(p, at), at + p.byteLength), 0);
    tiles.push({ z, x, y, data });
  }
  return tiles;
}

export const VECTOR_METADATA = {
  name: 'Taixin synthetic basemap (Protomaps v4 schema)',
  description: 'synthetic test archive',
  attribution: VECTOR_ATTRIBUTION,
  type: 'baselayer',
  version: '4.0.0',
} as const;

/** The archive: tiles gzip-compressed and directories gzipped, as real Protomaps builds ship. */
export function buildVectorArchive(): Uint8Array {
  const data = vectorFeatures();
  return writePmtiles({
    tiles: vectorTiles(data),
    tileType: 'mvt',
    tileCompression: 'gzip',
    internalCompression: 'gzip',
    metadata: { ...VECTOR_METADATA, vector_layers: vectorLayers(data) },
    bounds: VECTOR_BBOX,
    center: [112.7, 38.2, 8],
  });
}
