/**
 * Below this zoom the layer worker draws one point per few-pixel cell (layerHost.ts, featureTiles.ts):
 * a large points file is then shown thinned, though queries, the table and exports use every point.
 */
export const FULL_DETAIL_ZOOM = 14;

/** Past this many points the thinning shows at the zone's scale (a 4 px cell at zoom 8 is about 2.4 km). */
const NOTICEABLE = 5_000;

/** Whether an imported layer is shown thinned when zoomed out, and so should say so. */
export function thinnedWhenZoomedOut(l: { count: number; geometryTypes: readonly string[] }): boolean {
  return l.count > NOTICEABLE && l.geometryTypes.some((g) => g === 'Point' || g === 'MultiPoint');
}
