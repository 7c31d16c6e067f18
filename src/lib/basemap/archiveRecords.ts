import type { Localized } from '../catalogue/types.ts';
import { archiveOrigins, archiveStem } from './archiveRef.ts';
import { BASEMAP_TEXT_MAX } from './basemaps.ts';
import type { ArchiveFacts, ArchiveRef, DemEncoding, UserBasemap, UserTerrain } from './types.ts';

/** What the archive form hands over: the archive, what its header said (unknown until a page may reach its host), and the user's words. */
export interface ArchiveDraft {
  ref: ArchiveRef;
  facts: ArchiveFacts | null;
  name: string;
  attribution: string;
}

/** The name and credit to keep: the user's words, else the archive's own name and credit, else its file name. */
function words(d: ArchiveDraft): { name: string; credit: string } {
  const label = archiveStem(d.ref);
  const name = d.name.trim().slice(0, BASEMAP_TEXT_MAX) || d.facts?.title?.slice(0, BASEMAP_TEXT_MAX) || label;
  const credit = d.attribution.trim().slice(0, BASEMAP_TEXT_MAX) || d.facts?.attribution?.slice(0, BASEMAP_TEXT_MAX) || label;
  return { name, credit };
}

const isOnline = (ref: ArchiveRef, appOrigin: string): boolean => archiveOrigins(ref).some((o) => o !== appOrigin);

/** A PMTiles basemap: no templates, the archive instead; the zoom range is the header's once read. */
export function archiveBasemap(d: ArchiveDraft, id: string, appOrigin: string): UserBasemap {
  const { name, credit } = words(d);
  return {
    id, name, kind: 'pmtiles', templates: [], subdomains: [],
    tileSize: d.facts?.tileSize ?? 256, minzoom: d.facts?.minzoom ?? 0, maxzoom: d.facts?.maxzoom ?? 22,
    attribution: { zh: credit, en: credit }, online: isOnline(d.ref, appOrigin), archive: d.ref,
    ...(d.facts ? { facts: d.facts } : {}),
  };
}

/** A terrain read from a PMTiles archive of height tiles, in the encoding and tile size the user chose. */
export function archiveTerrain(d: ArchiveDraft & { encoding: DemEncoding; tileSize: number }, id: string, appOrigin: string): UserTerrain {
  const { name, credit } = words(d);
  return {
    id, name, template: '', archive: d.ref,
    // The archive's tiles (and metadata) decide when they can; the user's choice otherwise.
    encoding: d.facts?.encoding ?? (d.encoding === 'mapbox' ? 'mapbox' : 'terrarium'),
    // The header does not say; one decoded tile does (when the page could read the archive yet).
    tileSize: d.facts?.tileSize ?? (d.tileSize === 512 ? 512 : 256),
    maxzoom: d.facts?.maxzoom ?? 15,
    attribution: { zh: credit, en: credit }, online: isOnline(d.ref, appOrigin),
    ...(d.facts ? { facts: d.facts } : {}),
  };
}

/** A name not yet in the list: "底图", then "底图 (2)", so two entries are never told apart by position alone. */
export function uniqueName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  let n = 2;
  while (taken.includes(`${name} (${n})`)) n++;
  return `${name} (${n})`;
}

/**
 * The name and credit of a record saved before its archive could be read (a new host), once it
 * is: where they were only the file's name, the archive's own title and credit take their place.
 */
export function wordsOnceRead(
  r: { name: string; attribution: Localized; archive: ArchiveRef },
  facts: ArchiveFacts,
  otherNames: readonly string[],
): { name: string; attribution: Localized } {
  const stem = archiveStem(r.archive);
  const name = r.name.startsWith(stem) && facts.title ? uniqueName(facts.title.slice(0, BASEMAP_TEXT_MAX), otherNames) : r.name;
  const credit = r.attribution.zh === stem && facts.attribution ? facts.attribution.slice(0, BASEMAP_TEXT_MAX) : null;
  return { name, attribution: credit ? { zh: credit, en: credit } : r.attribution };
}
