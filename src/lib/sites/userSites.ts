import type { Feature, Point, Polygon } from 'geojson';
import { openDB, type IDBPDatabase } from 'idb';

export type UserSite = Feature<Point | Polygon>;

/** Sites the user adds, kept in IndexedDB (through `idb`) so they survive a reload. */
let db: Promise<IDBPDatabase> | null = null;
const open = (): Promise<IDBPDatabase> =>
  (db ??= openDB('taixin-atlas', 1, {
    upgrade(d) {
      if (!d.objectStoreNames.contains('sites')) d.createObjectStore('sites');
    },
  }));

export async function loadUserSites(): Promise<UserSite[]> {
  const d = await open();
  return (await d.getAll('sites')) as UserSite[];
}

export async function saveUserSite(site: UserSite): Promise<void> {
  await (await open()).put('sites', site, String(site.properties?.id));
}

export async function deleteUserSite(id: string): Promise<void> {
  await (await open()).delete('sites', id);
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
