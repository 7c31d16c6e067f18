import type { Lang } from '../catalogue/types.ts';
import type { Coded, MessageParams } from '../i18n/format.ts';
import type { CodesOf } from '../i18n/messages.ts';

export type ThemeName = 'light' | 'contrast';

/** Everything a shared link restores: camera, visible layers, language and style. */
export interface ViewState {
  center: [lon: number, lat: number];
  zoom: number;
  bearing: number;
  pitch: number;
  /** Visible catalogue layer ids, in no particular order; null means "the catalogue's defaults". */
  layers: string[] | null;
  lang: Lang;
  theme: ThemeName;
}

export interface ParsedHash {
  /** Parts of the state the hash set validly; the caller fills the rest from defaults. */
  state: Partial<ViewState>;
  /** One coded message per part that was ignored, for the visible notice (linkProblem.*). */
  problems: Coded[];
}

/** A part of the link that could not be read, coded for the notice. */
export const linkProblem = (code: CodesOf<'linkProblem'>, params: MessageParams = {}): Coded => ({ key: `linkProblem.${code}`, params });

const NUM = /^-?\d+(\.\d+)?$/;

function parseMap(value: string): Pick<ViewState, 'center' | 'zoom' | 'bearing' | 'pitch'> | null {
  const parts = value.split('/');
  if (parts.length < 3 || parts.length > 5 || !parts.every((p) => NUM.test(p))) return null;
  const [zoom, lat, lon, bearing = 0, pitch = 0] = parts.map(Number) as number[];
  if (zoom === undefined || lat === undefined || lon === undefined) return null;
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lon < -180 || lon > 180) return null;
  if (bearing < -360 || bearing > 360 || pitch < 0 || pitch > 85) return null;
  return { zoom, center: [lon, lat], bearing, pitch };
}

/**
 * Reads `#map=zoom/lat/lon[/bearing/pitch]&layers=a,b&lang=zh&style=light`. Never throws:
 * anything unreadable is reported in `problems` and left to the defaults.
 */
export function parseHash(hash: string, knownLayers: ReadonlySet<string>): ParsedHash {
  const state: Partial<ViewState> = {};
  const problems: Coded[] = [];
  const body = hash.replace(/^#/, '');
  if (!body) return { state, problems };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(body);
  } catch {
    return { state, problems: [linkProblem('unreadable')] };
  }
  for (const [key, value] of params) {
    switch (key) {
      case 'map': {
        const m = parseMap(value);
        if (m) Object.assign(state, m);
        else problems.push(linkProblem('map', { value }));
        break;
      }
      case 'layers': {
        const ids = value === '' ? [] : value.split(',');
        const unknown = ids.filter((id) => !knownLayers.has(id));
        if (unknown.length) problems.push(linkProblem('layers', { ids: unknown.join(', ') }));
        // A list naming nothing known is junk, not a request for an empty map.
        if (unknown.length < ids.length || ids.length === 0) state.layers = ids.filter((id) => knownLayers.has(id));
        break;
      }
      case 'lang':
        if (value === 'zh' || value === 'en') state.lang = value;
        else problems.push(linkProblem('lang', { value }));
        break;
      case 'style':
        if (value === 'light' || value === 'contrast') state.theme = value;
        else problems.push(linkProblem('style', { value }));
        break;
      default:
        // Keys of later features (query, briefing…) are read by their own modules.
        break;
    }
  }
  return { state, problems };
}

const fixed = (n: number, digits: number): string => String(Number(n.toFixed(digits)));

export function formatHash(s: ViewState): string {
  const map = [fixed(s.zoom, 2), fixed(s.center[1], 5), fixed(s.center[0], 5)];
  if (s.bearing || s.pitch) map.push(fixed(s.bearing, 1), fixed(s.pitch, 1));
  const parts = [`map=${map.join('/')}`];
  if (s.layers) parts.push(`layers=${[...s.layers].sort().join(',')}`);
  parts.push(`lang=${s.lang}`, `style=${s.theme}`);
  return `#${parts.join('&')}`;
}
