import type { Feature, Point, Polygon } from 'geojson';
import { keyValueStore } from '../storage/keyValueStore.ts';

export type UserSite = Feature<Point | Polygon>;

/** Sites the user adds, kept in IndexedDB so they survive a reload (the database name is the original one). */
const sites = keyValueStore<UserSite>('taixin-atlas', 'sites');

export function loadUserSites(): Promise<UserSite[]> {
  return sites.getAll();
}

export function saveUserSite(site: UserSite): Promise<void> {
  return sites.put(String(site.properties?.id), site);
}

export function deleteUserSite(id: string): Promise<void> {
  return sites.delete(id);
}

/** A new user site: numbered for people, with a random id for links. */
export function newUserSite(geometry: Point | Polygon, n: number): UserSite {
  const id = `user-${crypto.randomUUID().slice(0, 8)}`;
  return {
    type: 'Feature',
    geometry,
    properties: { id, name_zh: `自定义选址 ${n}`, name_en: `My site ${n}`, kind: 'user_site', confidence: 'sourced', source: '用户添加 / added by the user', accuracy_m: 0 },
  };
}
