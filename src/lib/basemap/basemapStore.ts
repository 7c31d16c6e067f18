import { keyValueStore } from '../storage/keyValueStore.ts';
import { isUserBasemap } from './basemaps.ts';
import type { UserBasemap } from './types.ts';

/** The user's basemaps and the one chosen, in the app's database (stores are created on first use). */
const basemaps = keyValueStore<UserBasemap>('taixin-atlas', 'basemaps');
const choice = keyValueStore<string>('taixin-atlas', 'basemapChoice');
const ACTIVE = 'active';

/** A new id that sorts by creation time, so the list keeps the order basemaps were added in. */
export function newBasemapId(): string {
  return `bm-${Date.now().toString(36).padStart(9, '0')}-${crypto.randomUUID().slice(0, 6)}`;
}

export async function loadBasemaps(): Promise<{ basemaps: UserBasemap[]; active: string | null }> {
  const [all, active] = await Promise.all([basemaps.getAll(), choice.get(ACTIVE)]);
  const list = all.filter(isUserBasemap).sort((a, b) => a.id.localeCompare(b.id));
  return { basemaps: list, active: list.some((b) => b.id === active) ? (active ?? null) : null };
}

export const saveBasemap = (b: UserBasemap): Promise<void> => basemaps.put(b.id, b);
export const deleteBasemap = (id: string): Promise<void> => basemaps.delete(id);
export const saveChoice = (id: string | null): Promise<void> => (id ? choice.put(ACTIVE, id) : choice.delete(ACTIVE));
