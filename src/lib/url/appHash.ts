import type { Lang } from '../catalogue/types.ts';
import { ID as BRIEFING_ID } from '../briefing/schema.ts';
import { formatQuerySpec, parseQuerySpec } from '../query/querySpecUrl.ts';
import type { QuerySpec } from '../query/runQuery.ts';
import { MAX_COMPARE } from '../sites/compareSelection.ts';
import { CRITERIA, WEIGHT_MAX, type Weights } from '../sites/criteria.ts';
import { defaultWeights, formatScoring, formatWeights, parseScoring, parseSiteIds, parseWeights, type Scoring } from '../sites/sitesUrl.ts';
import type { Coded } from '../i18n/format.ts';
import type { ColourBy } from '../filter/colourBy.ts';
import { COLOUR_KEY, colourHashEntry, parseLayerColour } from '../filter/colourUrl.ts';
import type { FilterSpec } from '../filter/filterSpec.ts';
import { FILTER_KEY, filterHashEntry, parseLayerFilter } from '../filter/filterUrl.ts';
import { formatHash, linkProblem, parseHash, type ThemeName, type ViewState } from './hashState.ts';
import { ACCESS_KEY, accessHashEntry, parseAccessLink, type AccessLink } from './accessUrl.ts';
import { DEFAULT_ASSUMPTIONS } from '../access/types.ts';

export type Camera = Pick<ViewState, 'center' | 'zoom' | 'bearing' | 'pitch'>;

/** Everything the URL hash carries, so a reload or a shared link restores the session. */
export interface AppHash {
  camera: Camera;
  /** Visible catalogue layer ids; null means "the catalogue's defaults". */
  layers: string[] | null;
  lang: Lang;
  theme: ThemeName;
  /** Only layer and feature sources: drawn shapes are not put in links. */
  query: QuerySpec | null;
  /** Site ids picked for comparison. */
  compare: string[];
  weights: Weights;
  /** The score's mode and the rail-time criterion's target (`sc=`); absent: absolute, 雄安 2027. */
  scoring?: Scoring;
  /** The briefing being presented and its scene, counted from 1 as people read it. */
  briefing: { id: string; scene: number } | null;
  /** Attribute filters by layer (catalogue or imported), one `f=` each, in this order. */
  filters: Array<[layer: string, spec: FilterSpec]>;
  /** Colour by attribute by layer, one `c=` each. */
  colours: Array<[layer: string, colour: ColourBy]>;
  /** The travel-time map drawn and the access assumptions (`acc=`). */
  access: AccessLink;
}

/** Opening view: the whole zone, 阳曲 to 繁峙, on a laptop screen. */
export const DEFAULT_CAMERA: Camera = { center: [112.78, 38.52], zoom: 7.7, bearing: 0, pitch: 0 };

export const defaultAppHash = (): AppHash => ({
  camera: { ...DEFAULT_CAMERA, center: [...DEFAULT_CAMERA.center] },
  layers: null,
  lang: 'zh',
  theme: 'light',
  query: null,
  compare: [],
  weights: defaultWeights(),
  briefing: null,
  filters: [],
  colours: [],
  access: { map: null, assumptions: structuredClone(DEFAULT_ASSUMPTIONS) },
});

export const viewState = (s: AppHash): ViewState => ({ ...s.camera, layers: s.layers, lang: s.lang, theme: s.theme });

// The briefing's length is unknown until it loads (the player clamps then); this only keeps
// the number sane.
const SCENE = /^[1-9]\d{0,2}$/;

/** An imported layer's id: its layer is listed after the link is read, so it cannot be checked here. */
const IMPORTED = /^u_[a-z0-9]+$/;
const layerKnown = (id: string, known: ReadonlySet<string>): boolean => known.has(id) || IMPORTED.test(id);

/**
 * Reads the whole hash. Never throws: each unreadable part is named in `problems` and that part
 * alone keeps its default, so one bad value in a shared link does not cost the rest of it.
 */
export function parseAppHash(hash: string, known: { layers: ReadonlySet<string> }): { state: AppHash; problems: Coded[] } {
  const { state: view, problems } = parseHash(hash, known.layers);
  const state = defaultAppHash();
  if (view.center && view.zoom !== undefined && view.bearing !== undefined && view.pitch !== undefined) {
    state.camera = { center: view.center, zoom: view.zoom, bearing: view.bearing, pitch: view.pitch };
  }
  if (view.layers) state.layers = view.layers;
  if (view.lang) state.lang = view.lang;
  if (view.theme) state.theme = view.theme;

  let briefingId: string | null = null;
  let scene = 1;
  for (const [key, value] of new URLSearchParams(hash.replace(/^#/, ''))) {
    switch (key) {
      case 'q': {
        const { spec, problem } = parseQuerySpec(value, known.layers);
        state.query = spec;
        if (problem) problems.push(linkProblem('query', { value, reason: problem }));
        break;
      }
      case 'sites': {
        const asked = value === '' ? [] : [...new Set(value.split(','))];
        // parseSiteIds quietly drops what it cannot read; a link's junk is reported instead.
        if (!asked.every((id) => parseSiteIds(id).length === 1)) {
          problems.push(linkProblem('sites', { value }));
          state.compare = [];
          break;
        }
        if (asked.length > MAX_COMPARE) problems.push(linkProblem('sitesTooMany', { max: MAX_COMPARE, count: asked.length }));
        state.compare = parseSiteIds(value);
        break;
      }
      case 'w': {
        const w = parseWeights(value);
        if (w) state.weights = w;
        else problems.push(linkProblem('weights', { value, count: CRITERIA.length, max: WEIGHT_MAX }));
        break;
      }
      case 'sc': {
        const sc = parseScoring(value);
        if (sc) state.scoring = sc;
        else problems.push(linkProblem('scoring', { value }));
        break;
      }
      case 'briefing':
        if (BRIEFING_ID.test(value)) briefingId = value;
        else problems.push(linkProblem('briefing', { value }));
        break;
      case 'scene':
        if (SCENE.test(value)) scene = Number(value);
        else problems.push(linkProblem('scene', { value }));
        break;
      case FILTER_KEY: {
        const { layer, spec, problems: found } = parseLayerFilter(value);
        if (layer === null || !layerKnown(layer, known.layers)) {
          problems.push(linkProblem('filterLayer', { value: layer ?? value.split('~')[0] ?? '' }));
          break;
        }
        // Each unreadable condition is named; the others still filter.
        for (const reason of found) problems.push(linkProblem('filter', { layer, reason }));
        state.filters = state.filters.filter(([id]) => id !== layer);
        if (spec.length) state.filters.push([layer, spec]);
        break;
      }
      case COLOUR_KEY: {
        const { layer, colour } = parseLayerColour(value);
        if (layer !== null && !layerKnown(layer, known.layers)) problems.push(linkProblem('colourLayer', { value: layer }));
        else if (!layer || !colour) problems.push(linkProblem('colour', { value }));
        else state.colours = [...state.colours.filter(([id]) => id !== layer), [layer, colour]];
        break;
      }
      case ACCESS_KEY: {
        const link = parseAccessLink(value);
        if (link) state.access = link;
        else problems.push(linkProblem('access', { value }));
        break;
      }
      default:
        break; // map, layers, lang and style were read by parseHash above.
    }
  }
  if (briefingId) state.briefing = { id: briefingId, scene };
  return { state, problems };
}

/** The hash for a state; parts at their defaults are left out to keep links short. */
export function formatAppHash(s: AppHash): string {
  const parts = [formatHash(viewState(s))];
  if (s.briefing) parts.push(`briefing=${s.briefing.id}`, `scene=${s.briefing.scene}`);
  const q = s.query ? formatQuerySpec(s.query) : null;
  if (q) parts.push(`q=${q}`);
  if (s.compare.length) parts.push(`sites=${s.compare.join(',')}`);
  const w = formatWeights(s.weights);
  if (w !== formatWeights(defaultWeights())) parts.push(`w=${w}`);
  const sc = s.scoring ? formatScoring(s.scoring) : null;
  if (sc) parts.push(`sc=${sc}`);
  for (const [layer, spec] of s.filters) {
    const f = filterHashEntry(layer, spec);
    if (f) parts.push(f);
  }
  for (const [layer, colour] of s.colours) parts.push(colourHashEntry(layer, colour));
  const acc = accessHashEntry(s.access);
  if (acc) parts.push(acc);
  return parts.join('&');
}
