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

/**
 * How a popup shows one feature property (catalogue.json `fields`): nothing reaches a reader
 * as a raw key or code. The pipeline checks that every property of a layer's features is
 * covered by its fields or is one of PROVENANCE_PROPS.
 */
export interface FieldSpec {
  label: Localized;
  /** Written after a number: "km²", "m³/年" / "m³/yr". */
  unit?: Localized;
  /** Coded values ("under construction", "R", "true") → words; a value without an entry is shown as it is. */
  values?: Record<string, Localized>;
  /**
   * Prose in both languages: the features carry `<key>_zh` / `<key>_en` and the popup shows the
   * one of the UI language; `<key>` alone, if present, holds the text in its original language.
   */
  localized?: boolean;
  /** An identifier (an adcode): digits shown as they are, never grouped into 140,107. */
  code?: boolean;
  /** Bookkeeping for the map's styling (hsr, clipped_to_map_area): never shown. */
  hidden?: boolean;
  /** An amount in yuan, shown as readers quote it: 140 亿元 / ¥14 bn. */
  format?: 'yuan';
}

/** Properties every curated feature carries, which the popup shows in its own places (title, badge, footer). */
export const PROVENANCE_PROPS: readonly string[] = ['id', 'name_zh', 'name_en', 'source', 'source_zh', 'confidence', 'accuracy_m'];

export interface CatalogueLayer {
  id: string;
  /** GeoJSON file under data/; the pipeline writes public/data/<id>.fgb from it. */
  file: string;
  group: string;
  geometry: GeometryKind;
  title: Localized;
  source: Localized;
  licence: Localized;
  accuracy: Localized;
  date: Localized;
  visible: boolean;
  /** Property key → how the popup shows it (an imported layer has none: its own names are shown). */
  fields: Record<string, FieldSpec>;
  /** The credit shown on the map and in exports, in both languages. */
  attribution?: Localized;
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
  /** The drawn features by confidence (a feature without geometry has no position to vouch for). */
  confidenceCounts: Record<Confidence, number>;
  /** Features listed but not drawn (no geometry, `located: false`); absent when there are none. */
  notDrawnCount?: number;
  bbox: [number, number, number, number];
}

export interface PublishedCatalogue {
  groups: CatalogueGroup[];
  layers: PublishedLayer[];
}
