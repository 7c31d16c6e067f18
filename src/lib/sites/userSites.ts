import type { Feature, Point, Polygon } from 'geojson';
import type { Lang } from '../catalogue/types.ts';
import { tf } from '../i18n/describe.ts';
import { keyValueStore } from '../storage/keyValueStore.ts';

export type UserSite = Feature<Point | Polygon>;

/** Sites the user adds, kept in IndexedDB so they survive a reload (the database name is the original one). */
const sites = keyValueStore<UserSite>('taixin-atlas', 'sites');

export function loadUserSites(): Promise<UserSite[]> {
  return sites.getAll();
}

/** Sites the user added, as opposed to the parks and new-city parts of the data. */
export function isUserSite(f: Feature): f is UserSite {
  return f.properties?.kind === 'user_site' && (f.geometry?.type === 'Point' || f.geometry?.type === 'Polygon');
}

/** Longer names would break the list and the comparison's columns; the import panel cuts at the same length. */
export const SITE_NAME_MAX = 80;

/**
 * The site under a new name, the same in both languages since it is the user's own word; the
 * site itself when the name is blank or unchanged, so callers can skip saving.
 */
export function renameUserSite(site: UserSite, name: string): UserSite {
  const clean = name.trim().slice(0, SITE_NAME_MAX);
  if (!clean || (site.properties?.name_zh === clean && site.properties?.name_en === clean)) return site;
  return { ...site, properties: { ...site.properties, name_zh: clean, name_en: clean } };
}

export function saveUserSite(site: UserSite): Promise<void> {
  return sites.put(String(site.properties?.id), site);
}

export function deleteUserSite(id: string): Promise<void> {
  return sites.delete(id);
}

/**
 * A new user site: numbered for people, with a random id for links. Its name is in the language
 * the user works in and the same in both, like a name they typed (see renameUserSite): a second,
 * other-language name would show under it as if it were a translation.
 */
export function newUserSite(geometry: Point | Polygon, n: number, lang: Lang): UserSite {
  const id = `user-${crypto.randomUUID().slice(0, 8)}`;
  const name = tf('userSiteName', lang, { n });
  return {
    type: 'Feature',
    geometry,
    properties: { id, name_zh: name, name_en: name, kind: 'user_site', confidence: 'sourced', source: '用户添加 / added by the user', accuracy_m: 0 },
  };
}
