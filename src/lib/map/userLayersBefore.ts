import { BASEMAP_PREFIX } from '../basemap/styleWithBasemap.ts';

/** Overlays that mark something the user chose: an imported layer never covers them. */
const OVERLAYS = ['table-selection--', 'site-highlight--', 'user-sites--'];

/**
 * Where an imported layer's style layers go: over the zone's features but under its labels (and
 * under the highlights and the user's sites), as in a desktop GIS, so a dense file never hides
 * the names of stations and new cities. A vector basemap's own labels lie under the zone's
 * features and are passed over. Undefined: on top (a style with no labels yet).
 */
export function userLayersBefore(order: readonly string[], typeOf: (id: string) => string | undefined): string | undefined {
  return order.find((id) => OVERLAYS.some((p) => id.startsWith(p)) || (typeOf(id) === 'symbol' && !id.startsWith(BASEMAP_PREFIX)));
}
