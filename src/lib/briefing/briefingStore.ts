import { openDB, type IDBPDatabase } from 'idb';
import type { Briefing } from './schema.ts';

/** Briefings the user authored, kept in IndexedDB beside the user's sites. */
let db: Promise<IDBPDatabase> | null = null;
const open = (): Promise<IDBPDatabase> =>
  (db ??= openDB('taixin-atlas-briefings', 1, {
    upgrade(d) {
      d.createObjectStore('briefings');
    },
  }));

export async function loadUserBriefings(): Promise<Briefing[]> {
  return (await (await open()).getAll('briefings')) as Briefing[];
}

export async function saveUserBriefing(b: Briefing): Promise<void> {
  // Structured clone refuses reactive proxies: store a plain copy.
  await (await open()).put('briefings', JSON.parse(JSON.stringify(b)) as Briefing, b.id);
}

export async function deleteUserBriefing(id: string): Promise<void> {
  await (await open()).delete('briefings', id);
}
