/** A string in both UI languages; zh-CN is the default, en one click away. */
export interface Localized {
  zh: string;
  en: string;
}

export type Lang = keyof Localized;
export const LANGS: readonly Lang[] = ['zh', 'en'];

export type GeometryKind = 'Point' | 'LineString' | 'Polygon' | 'Mixed';

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
  attribution?: string;
  /**
   * Too large to load whole: the app reads the features in view through the file's index,
   * over HTTP range requests, as the map moves (file under public/large/, not validated here).
   */
  streamed?: boolean;
  /** Below this zoom a streamed layer shows a notice instead of reading. */
  minzoom?: number;
}

export interface Catalogue {
  groups: CatalogueGroup[];
  layers: CatalogueLayer[];
}

/** The three honesty classes every feature carries (data/README.md explains them). */
export const CONFIDENCE = ['surveyed', 'sourced', 'schematic'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

/**
 * The map's area (minLon, minLat, maxLon, maxLat): the zone and its surroundings, stretched
 * east to take in the Hebei end of the 雄忻高铁. Every feature lies inside; context layers
 * are clipped to it when derived.
 */
export const ZONE_BBOX: readonly [number, number, number, number] = [111.5, 37.4, 116.5, 39.6];

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
