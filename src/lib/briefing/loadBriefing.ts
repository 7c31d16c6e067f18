import { loadUserBriefings } from './briefingStore.ts';
import { BriefingLoadError } from './briefingProblems.ts';
import { parseBriefing, type Briefing } from './schema.ts';

export interface BriefingEntry {
  id: string;
  title: { zh: string; en: string };
  scenes: number;
}

/** The shipped briefings' index (public/data/briefings/index.json). */
export async function loadBriefingIndex(base: string): Promise<BriefingEntry[]> {
  const res = await fetch(new URL('data/briefings/index.json', base));
  if (!res.ok) throw new Error(`data/briefings/index.json: HTTP ${res.status}`);
  return (await res.json()) as BriefingEntry[];
}

/** A briefing by id: the user's own from IndexedDB, else a shipped one; validated either way. */
export async function loadBriefing(id: string, base: string, knownLayers: ReadonlySet<string>): Promise<Briefing> {
  const own = (await loadUserBriefings().catch(() => [])).find((b) => b.id === id);
  let raw: unknown = own;
  if (!raw) {
    if (!/^[a-z0-9-]{1,64}$/.test(id)) throw new BriefingLoadError(id, []);
    const res = await fetch(new URL(`data/briefings/${id}.json`, base));
    if (!res.ok) throw new BriefingLoadError(id, []);
    raw = await res.json();
  }
  const { briefing, found } = parseBriefing(raw, `${id}.json`, knownLayers);
  if (!briefing) throw new BriefingLoadError(id, found);
  return briefing;
}
