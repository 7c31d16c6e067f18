/**
 * The last basemap and terrain the user removed, per list, for undo. Kept outside the panel so
 * the undo survives a switch to another tab and back (the panel is unmounted meanwhile); raw, so
 * a record goes back to storage as the plain object it was.
 */
class RemovedSources {
  byGroup = $state.raw<Readonly<Record<string, unknown>>>({});

  get<T>(group: string): T | null {
    return (this.byGroup[group] as T | undefined) ?? null;
  }

  set(group: string, item: unknown): void {
    this.byGroup = { ...this.byGroup, [group]: item ?? undefined };
  }
}

export const removedSources = new RemovedSources();
