import { keyValueStore } from '../storage/keyValueStore.ts';
import { isUserTerrain } from './terrain.ts';
import type { UserTerrain } from './types.ts';

/** The terrain chosen and whether it is drawn in 3D: one record, saved together. */
export interface TerrainChoice {
  id: string;
  threeD: boolean;
}

/** The user's terrains and the one chosen, beside the basemaps in the app's database. */
const terrains = keyValueStore<UserTerrain>('taixin-atlas', 'terrains');
const choice = keyValueStore<TerrainChoice>('taixin-atlas', 'terrainChoice');
const ACTIVE = 'active';

export async function loadTerrains(): Promise<{ terrains: UserTerrain[]; active: TerrainChoice | null }> {
  const [all, active] = await Promise.all([terrains.getAll(), choice.get(ACTIVE)]);
  const list = all.filter(isUserTerrain).sort((a, b) => a.id.localeCompare(b.id));
  const ok = !!active && typeof active.id === 'string' && list.some((t) => t.id === active.id);
  return { terrains: list, active: ok ? { id: active.id, threeD: active.threeD === true } : null };
}

export const saveTerrain = (t: UserTerrain): Promise<void> => terrains.put(t.id, t);
export const deleteTerrain = (id: string): Promise<void> => terrains.delete(id);
export const saveTerrainChoice = (c: TerrainChoice | null): Promise<void> => (c ? choice.put(ACTIVE, c) : choice.delete(ACTIVE));

/** A new id that sorts by creation time (as basemaps' do), so the list keeps the order terrains were added in. */
export function newTerrainId(): string {
  return `dem-${Date.now().toString(36).padStart(9, '0')}-${crypto.randomUUID().slice(0, 6)}`;
}
