/**
 * Everything that reads PMTiles archives, in one chunk the page loads only when a PMTiles
 * basemap or terrain is drawn or added (the `pmtiles` and `@protomaps/basemaps` code with it).
 */
export { archiveBasemapParts } from './archiveParts.ts';
export { inspectArchiveFile, openArchive, type ArchivePurpose } from './readArchive.ts';
