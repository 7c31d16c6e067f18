/** A string in both UI languages; zh-CN is the default, en one click away. */
export interface Localized {
  zh: string;
  en: string;
}

export type Lang = keyof Localized;
export const LANGS: readonly Lang[] = ['zh', 'en'];

export type GeometryKind = 'Point' | 'LineString' | 'Polygon' | 'Mixed';

/** Where a layer's coordinates may lie: the zone itself, or the wider context around it. */
export type Extent = 'zone' | 'context';

export interface CatalogueGroup {
  id: string;
  title: Localized;
}

export interface CatalogueLayer {
  id: string;
  /** GeoJSON file under data/; the pipeline writes public/data/<id>.fgb from it. */
  file: string;
  group: string;
  geometry: GeometryKind;
  title: Localized;
  source: string;
  licence: string;
  accuracy: string;
  date: string;
  visible: boolean;
  extent: Extent;
  attribution?: string;
}

export interface Catalogue {
  groups: CatalogueGroup[];
  layers: CatalogueLayer[];
}

/** The three honesty classes every feature carries (data/README.md explains them). */
export const CONFIDENCE = ['surveyed', 'sourced', 'schematic'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

/** Lon/lat boxes (minLon, minLat, maxLon, maxLat) a feature must fall in, per extent. */
export const EXTENT_BBOX: Record<Extent, readonly [number, number, number, number]> = {
  // The zone plus the Hebei end of the 雄忻高铁.
  zone: [111.5, 37.4, 116.5, 39.6],
  // Whole prefectures and neighbouring counties drawn for orientation.
  context: [110.0, 34.5, 117.0, 41.0],
};

/** What the data pipeline publishes beside each layer's .fgb, for the app's panels. */
export interface PublishedLayer extends CatalogueLayer {
  /** Path of the .fgb relative to the app root. */
  url: string;
  featureCount: number;
  confidenceCounts: Record<Confidence, number>;
  bbox: [number, number, number, number];
}

export interface PublishedCatalogue {
  groups: CatalogueGroup[];
  layers: PublishedLayer[];
}
