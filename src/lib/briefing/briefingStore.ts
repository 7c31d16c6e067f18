import { keyValueStore } from '../storage/keyValueStore.ts';
import type { Briefing } from './schema.ts';

/** Briefings the user authored, kept in IndexedDB beside the user's sites (the database name is the original one). */
const briefings = keyValueStore<Briefing>('taixin-atlas-briefings', 'briefings');

export function loadUserBriefings(): Promise<Briefing[]> {
  return briefings.getAll();
}

/** A briefing being edited is a reactive proxy; the store saves a plain copy of it. */
export function saveUserBriefing(b: Briefing): Promise<void> {
  return briefings.put(b.id, b);
}

export function deleteUserBriefing(id: string): Promise<void> {
  return briefings.delete(id);
}
