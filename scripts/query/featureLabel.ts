/**
 * Who a row is about and whether its figure can be trusted there: a user's own GeoJSON rarely
 * has the catalogue's id / name_zh / name_en, so take the names it does have rather than print
 * empty columns.
 */
import type { Feature, Geometry } from 'geojson';
import { ZONE_BBOX } from '../../src/lib/catalogue/types.ts';

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : null);
const HAN = /\p{Script=Han}/u;

/** properties.id, else the feature's own id, else its row number (from 1) so every row can be told apart. */
export function featureId(f: Feature<Geometry | null>, index: number): string {
  return text(f.properties?.id) ?? text(f.id) ?? String(index + 1);
}

/**
 * name_zh / name_en, else the first generic name (name, 名称, NAME). The generic name goes to
 * name_en only when it has no Chinese characters: an English column holding Chinese would be
 * a translation we never made.
 */
export function featureNames(f: Feature<Geometry | null>): { name_zh: string | null; name_en: string | null } {
  const p = f.properties ?? {};
  const generic = text(p.name) ?? text(p['名称']) ?? text(p.NAME);
  return {
    name_zh: text(p.name_zh) ?? generic,
    name_en: text(p.name_en) ?? (generic !== null && !HAN.test(generic) ? generic : null),
  };
}

/**
 * Outside the zone box the road leg (straight line × detour to one of the nearest stations)
 * is not meant to hold: such a point would really take other lines than the network has.
 * Null without a point: nothing to say.
 */
export function outsideArea(point: readonly [number, number] | null): boolean | null {
  if (!point) return null;
  const [w, s, e, n] = ZONE_BBOX;
  return !(point[0] >= w && point[0] <= e && point[1] >= s && point[1] <= n);
}
