import { getContext, setContext } from 'svelte';
import type { Feature, FeatureCollection, LineString, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import type { Fact } from '../catalogue/facts.ts';
import type { Lang, PublishedCatalogue, PublishedLayer } from '../catalogue/types.ts';
import type { PlayerState } from '../briefing/player.ts';
import type { Briefing } from '../briefing/schema.ts';
import { chosen, type GroundOverride } from '../briefing/sceneGround.ts';
import type { UserBasemap, UserTerrain } from '../basemap/types.ts';
import type { Coded } from '../i18n/format.ts';
import type { ColourBy } from '../filter/colourBy.ts';
import { DEFAULT_ASSUMPTIONS, type AccessAssumptions, type DestinationId } from '../access/types.ts';
import type { FilterSpec } from '../filter/filterSpec.ts';
import type { ImportJob, UserLayer } from './userLayerTypes.ts';
import { describe } from '../i18n/describe.ts';
import { t } from '../i18n/messages.ts';
import type { QuerySpec } from '../query/runQuery.ts';
import type { Weights } from '../sites/criteria.ts';
import { defaultWeights } from '../sites/sitesUrl.ts';
import type { ScoreMode } from '../sites/score.ts';
import { DEFAULT_TARGET, type TravelTarget } from '../sites/siteTravel.ts';
import type { QueryMatch, QueryProgress } from '../query/types.ts';
import type { ThemeName } from '../url/hashState.ts';

/** The attribute table's id for the current query's answer. */
export const QUERY_TABLE = 'atlas:query';

/**
 * A message for the notices: fixed text, a code, or words made in a given language — the last
 * two are worded again when the language switches, so a notice never stays in the other one.
 */
export type Notice = string | Coded | ((lang: Lang) => string);

export type LayerStatus = 'loading' | 'ready' | 'error';

export interface QueryState {
  status: 'idle' | 'running' | 'done' | 'error' | 'cancelled';
  spec: QuerySpec | null;
  progress: QueryProgress | null;
  matches: QueryMatch[];
  sources: Feature[];
  /** Why the query failed, coded so the panel words it in the current language. */
  error: Coded | null;
  /** Layers whose attribute filters narrowed the answer (their hidden features took no part). */
  filtered?: string[];
}

export const IDLE_QUERY: QueryState = { status: 'idle', spec: null, progress: null, matches: [], sources: [], error: null };

export type Tool = 'none' | 'draw-area' | 'draw-line' | 'measure-line' | 'measure-area' | 'add-site-point' | 'add-site-area';
export type Panel = 'layers' | 'query' | 'sites' | 'measure' | 'access' | 'briefings';

/** The one piece of app state the panels and the map share (catalogue → loaders → here → UI). */
export class AtlasState {
  lang = $state<Lang>('zh');
  theme = $state<ThemeName>('light');
  catalogue = $state<PublishedCatalogue | null>(null);
  catalogueError = $state<string | null>(null);
  visible = new SvelteSet<string>();
  opacity = new SvelteMap<string, number>();
  status = new SvelteMap<string, LayerStatus>();
  layerErrors = new SvelteMap<string, string>();
  /** Streamed layers: reading, features held, or "zoom in" below the layer's minzoom. */
  streams = new SvelteMap<string, { loading: boolean; held: number; zoomIn: boolean; error?: string }>();
  /** Messages on screen; a coded one is worded in the language on screen now, so it follows a switch. */
  #notes = $state.raw<Notice[]>([]);
  notices = $derived(this.#notes.map((n) => (typeof n === 'string' ? n : typeof n === 'function' ? n(this.lang) : describe(n, this.lang))));
  cursor = $state<[number, number] | null>(null);
  /** Loaded layer data by catalogue id; replaced (not mutated) as each layer arrives. */
  collections = $state.raw<Readonly<Record<string, FeatureCollection>>>({});
  /** The catalogue's layers have all arrived or failed (or the catalogue itself failed). */
  dataSettled = $state(false);
  facts = $state.raw<Fact[]>([]);
  /** The map, once created; panels use it to fly to features. */
  map = $state.raw<MapLibreMap | null>(null);
  panel = $state<Panel>('layers');
  tool = $state<Tool>('none');
  /** Attribute filters by layer id (catalogue or imported): the map, table, charts, queries and site cards respect them. */
  filters = new SvelteMap<string, FilterSpec>();
  /** Colour by an attribute, by layer id; a layer without one keeps its own style. */
  colourBy = new SvelteMap<string, ColourBy>();
  /** The layer whose attribute table is open (a catalogue or imported id, or QUERY_TABLE for the query's answer). */
  tableLayer = $state<string | null>(null);
  /** The feature picked in the table or on the map, as its row: the index in its layer's own feature order. */
  selectedRow = $state<{ layer: string; index: number } | null>(null);
  /** What door-to-door rail times assume (road speed, detour, stations in reach, transfer, scenario): cards, scores, maps. */
  access = $state<AccessAssumptions>(structuredClone(DEFAULT_ASSUMPTIONS));
  /** The travel-time map drawn: minutes to a destination in the chosen scenario, or the minutes the 雄忻高铁 saves. */
  accessMap = $state<{ to: DestinationId; view: 'time' | 'saved' } | null>(null);
  /** The feature last clicked on the map: a query can start from it. */
  selected = $state<{ layer: string; id: string; name: string } | null>(null);
  /** The shape last drawn (query area / line, or the measured shape). */
  drawn = $state.raw<Feature<Polygon | LineString> | null>(null);
  /** The shape last measured: kept apart from the query's shape, so measuring never replaces it. */
  measurement = $state.raw<Feature<Polygon | LineString> | null>(null);
  query = $state.raw<QueryState>(IDLE_QUERY);
  /** Sites the user added (kept in IndexedDB). */
  userSites = $state.raw<Feature[]>([]);
  /** Site ids picked for side-by-side comparison (2–4). */
  compare = $state<string[]>([]);
  weights = $state<Weights>(defaultWeights());
  /** Site scores through the criteria's fixed thresholds (absolute) or min–max over the candidates (relative). */
  scoreMode = $state<ScoreMode>('absolute');
  /** The travel-time criterion's destination and scenario year. */
  siteTarget = $state<TravelTarget>({ ...DEFAULT_TARGET });
  focusSite = $state<string | null>(null);
  /** A map click asked for by a tool (adding a site). */
  clicked = $state.raw<[number, number] | null>(null);
  /** The briefing being presented, and where the presenter is in it. */
  briefing = $state.raw<Briefing | null>(null);
  /** Layers the user imported (kept in IndexedDB), and the last one removed, for undo. */
  userLayers = $state.raw<UserLayer[]>([]);
  removedLayer = $state.raw<UserLayer | null>(null);
  /** Imports under way (progress, cancel). */
  imports = $state.raw<ImportJob[]>([]);
  /**
   * The last import to finish, if it succeeded: its layer and file (a handle, for a CRS re-read).
   * Null after a failed or cancelled one, so the import panel never shows an earlier file's report
   * under the failure (also for files dropped on the map, which bypass the panel).
   */
  lastImport = $state.raw<{ id: string; file: File } | null>(null);
  player = $state<PlayerState | null>(null);
  /**
   * While a briefing's scene runs, the basemap, terrain and 3D it names, drawn in place of the
   * user's own choice — which is never written over, so it is back (and saved as it was) as soon
   * as this is null again: on Esc, at the end of the show, after a reload.
   */
  sceneGround = $state.raw<GroundOverride | null>(null);
  /** Basemaps the user added (kept in IndexedDB), the user's own choice (null is the offline default), and the one drawn. */
  basemaps = $state.raw<UserBasemap[]>([]);
  basemapId = $state<string | null>(null);
  activeBasemap = $derived(chosen(this.basemaps, this.basemapId, this.sceneGround?.basemapId));
  /** Terrains (raster-dem) the user added, the user's own choice (null: none), and the one shading the map. */
  terrains = $state.raw<UserTerrain[]>([]);
  terrainId = $state<string | null>(null);
  activeTerrain = $derived(chosen(this.terrains, this.terrainId, this.sceneGround?.terrainId));
  #terrain3d = $state(false);
  // A boolean derived, so a scene that sets the same override again does not wake the 3D effect.
  #drawn3d = $derived(this.sceneGround?.terrain3d ?? this.#terrain3d);
  /** 3D relief as drawn (a running scene's choice); setting it sets the user's own, which is what is saved. */
  get terrain3d(): boolean {
    return this.#drawn3d;
  }
  set terrain3d(on: boolean) {
    this.#terrain3d = on;
  }

  /** Catalogue ids in panel order, for the legend and the URL. */
  order = $derived(this.catalogue ? this.catalogue.layers.map((l) => l.id) : []);
  loadedCount = $derived([...this.status.values()].filter((s) => s !== 'loading').length);

  layer(id: string) {
    return this.catalogue?.layers.find((l) => l.id === id) ?? null;
  }

  /** An imported layer described like a catalogue layer, for popups and panels. */
  userLayerAsPublished(id: string): PublishedLayer | null {
    const l = this.userLayers.find((x) => x.id === id);
    if (!l) return null;
    // Provenance in both UI languages; the CRS name is a proper noun, the same in both.
    const source = { zh: `${t('importedFrom', 'zh')}${l.fileName}`, en: `${t('importedFrom', 'en')}${l.fileName}` };
    return {
      id: l.id, file: l.fileName, group: 'imported', geometry: 'Mixed', title: { zh: l.name, en: l.name }, source, licence: { zh: '—', en: '—' },
      accuracy: l.report.crs.label ? { zh: describe(l.report.crs.label, 'zh'), en: describe(l.report.crs.label, 'en') } : { zh: l.report.crs.used, en: l.report.crs.used }, date: { zh: '—', en: '—' }, fields: {}, visible: l.visible, url: '', featureCount: l.count,
      confidenceCounts: { surveyed: 0, sourced: l.count, schematic: 0 }, bbox: l.bbox,
    };
  }

  /** Shows a message; a passing one (`transientMs`) goes by itself, errors stay until dismissed. */
  notify(message: Notice, transientMs?: number): void {
    this.#notes = [...this.#notes, message];
    if (transientMs) {
      setTimeout(() => {
        const i = this.#notes.indexOf(message);
        if (i >= 0) this.dismiss(i);
      }, transientMs);
    }
  }

  dismiss(index: number): void {
    this.#notes = this.#notes.filter((_, i) => i !== index);
  }
}

const KEY = Symbol('atlas');

export function provideAtlas(state: AtlasState): AtlasState {
  return setContext(KEY, state);
}

export function useAtlas(): AtlasState {
  const state = getContext<AtlasState | undefined>(KEY);
  if (!state) throw new Error('useAtlas() outside <App>');
  return state;
}
