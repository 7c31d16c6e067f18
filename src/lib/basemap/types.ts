import type { Localized } from '../catalogue/types.ts';

/**
 * Where a basemap's tiles come from: raster URL templates (XYZ, WMTS, 天地图), or a PMTiles
 * archive (`archive`), so code switches on `kind` rather than sniffing URLs.
 */
export type BasemapKind = 'xyz' | 'wmts' | 'tianditu' | 'pmtiles';

/** What a PMTiles archive holds, as its header says: vector tiles or images. */
export type ArchiveTileType = 'mvt' | 'png' | 'jpg' | 'webp' | 'avif';

/**
 * A PMTiles archive: on a server that answers HTTP range requests, or a file the user opened,
 * copied into this browser's storage (its bytes are read a slice at a time, never all at once).
 */
export type ArchiveRef =
  | { url: string }
  | { stored: { key: string; fileName: string; bytes: number } };

/** What reading an archive's header (and metadata) told; kept so the panel can say what it is. */
export interface ArchiveFacts {
  tileType: ArchiveTileType;
  minzoom: number;
  maxzoom: number;
  /** Image tiles' width in pixels, read from one tile (the header does not say). */
  tileSize?: 256 | 512;
  /** Vector archives: the layer names, which tell the Protomaps schema from any other. */
  vectorLayers?: string[];
  /** The archive's own credit line, if its metadata has one. */
  attribution?: string;
  /** The archive's own name, if its metadata has one: the default name in the list. */
  title?: string;
  /** Height archives: the encoding its metadata states and its tiles bear out (or the only one they allow). */
  encoding?: DemEncoding;
}

/** 天地图's two base maps: 矢量 (vector-style roads) and 影像 (imagery), each with its own 注记 layer. */
export type TiandituFlavour = 'vec' | 'img';

/** A basemap the user added; kept in IndexedDB, drawn under every data layer. */
export interface UserBasemap {
  id: string;
  name: string;
  kind: BasemapKind;
  /**
   * Raster tile URL templates, drawn bottom-up (天地图: the base, then its 注记). Placeholders:
   * {z} {x} {y} (or WMTS {TileMatrix} {TileCol} {TileRow}), {s} for a subdomain, {tk} for the key.
   */
  templates: string[];
  /** Values for {s}; empty when the templates have none. */
  subdomains: string[];
  tileSize: 256 | 512;
  minzoom: number;
  maxzoom: number;
  /** Credits as the source asks for them; the user's own text is the same in both languages. */
  attribution: Localized;
  /** The tiles come from another host than the app's: the map is then no longer offline. */
  online: boolean;
  /** The user's own 天地图 key, filled into {tk}; stored only in this browser. */
  key?: string;
  tianditu?: TiandituFlavour;
  /** kind 'pmtiles': the archive (templates are then empty), and what its header said when added. */
  archive?: ArchiveRef;
  facts?: ArchiveFacts;
}

/** What the add form hands over before validation. */
export interface BasemapDraft {
  name: string;
  template: string;
  subdomains: string;
  attribution: string;
}

/** How a raster-dem tile's RGB holds a height: Terrarium (Mapzen, AWS) or Mapbox Terrain-RGB. */
export type DemEncoding = 'terrarium' | 'mapbox';

/**
 * A terrain (raster-dem) source the user added: drawn as a hillshade under the data layers and,
 * when asked for, as 3D relief. Kept apart from basemaps: any basemap can be shaded by it.
 */
export interface UserTerrain {
  id: string;
  name: string;
  /** One XYZ URL template of height tiles ({z} {x} {y}; WMTS names rewritten); empty for an archive. */
  template: string;
  /** A PMTiles archive of height tiles instead of a template, and what its header said once read. */
  archive?: ArchiveRef;
  facts?: ArchiveFacts;
  encoding: DemEncoding;
  tileSize: 256 | 512;
  /** The deepest zoom the set has tiles for; MapLibre over-zooms beyond it. */
  maxzoom: number;
  attribution: Localized;
  online: boolean;
}

/** What the terrain form hands over before validation. */
export interface TerrainDraft {
  name: string;
  template: string;
  encoding: DemEncoding;
  tileSize: number;
  maxzoom: number;
  attribution: string;
}
