import type { Scene } from './schema.ts';

/** All the ground needs of a user's basemap or terrain: its id, and the name its panel lists it under. */
export interface Named {
  id: string;
  name: string;
}

/**
 * The ground a running scene shows in place of the presenter's own choice: an id (null: the
 * offline basemap / no terrain) for each part the scene names. A part left undefined stays the
 * presenter's. Never saved: the presenter's choice is back as soon as the override is gone.
 */
export interface GroundOverride {
  basemapId?: string | null;
  terrainId?: string | null;
  terrain3d?: boolean;
}

/** A basemap or terrain a scene names that this browser does not have. */
export interface GroundMissing {
  kind: 'basemap' | 'terrain';
  name: string;
}

/** The entry a choice points at: the override where it says anything, else the user's own. */
export function chosen<T extends Named>(list: readonly T[], own: string | null, override: string | null | undefined): T | null {
  const id = override === undefined ? own : override;
  return id === null ? null : (list.find((x) => x.id === id) ?? null);
}

/** The panels trim what the user types; a hand-written file may not. */
const byName = <T extends Named>(list: readonly T[], name: string): T | undefined => list.find((x) => x.name.trim() === name.trim());

function resolve(name: string | null | undefined, list: readonly Named[], kind: GroundMissing['kind'], missing: GroundMissing[]): string | null | undefined {
  if (name === undefined || name === null) return name;
  const found = byName(list, name);
  if (!found) missing.push({ kind, name });
  return found?.id ?? null;
}

/**
 * What a scene asks of the ground, found by name among this browser's basemaps and terrains;
 * a name that is not there gives the default (offline basemap, no terrain) and is listed as missing.
 */
export function sceneGround(scene: Scene, basemaps: readonly Named[], terrains: readonly Named[]): { override: GroundOverride | null; missing: GroundMissing[] } {
  const missing: GroundMissing[] = [];
  const basemapId = resolve(scene.basemap, basemaps, 'basemap', missing);
  const terrainId = resolve(scene.terrain, terrains, 'terrain', missing);
  const override: GroundOverride = {
    ...(basemapId !== undefined ? { basemapId } : {}),
    ...(terrainId !== undefined ? { terrainId } : {}),
    ...(scene.terrain3d !== undefined ? { terrain3d: scene.terrain3d } : {}),
  };
  return { override: Object.keys(override).length ? override : null, missing };
}

/** Setting an equal override again would only wake everything that draws the ground. */
export function sameGround(a: GroundOverride | null, b: GroundOverride | null): boolean {
  return a?.basemapId === b?.basemapId && a?.terrainId === b?.terrainId && a?.terrain3d === b?.terrain3d && !a === !b;
}

/** The basemap and terrain a scene is drawn on (its stills and exports), given the user's own choice. */
export function groundOf<B extends Named, T extends Named>(
  scene: Scene,
  own: { basemapId: string | null; terrainId: string | null },
  basemaps: readonly B[],
  terrains: readonly T[],
): { basemap: B | null; terrain: T | null } {
  const { override } = sceneGround(scene, basemaps, terrains);
  return { basemap: chosen(basemaps, own.basemapId, override?.basemapId), terrain: chosen(terrains, own.terrainId, override?.terrainId) };
}

/** Two lists of the same kind, each entry once (the first list wins). */
export function unionById<T extends Named>(a: readonly T[], b: readonly T[]): T[] {
  const ids = new Set(a.map((x) => x.id));
  return [...a, ...b.filter((x) => !ids.has(x.id))];
}
