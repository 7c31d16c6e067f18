import type { Lang } from '../../catalogue/types.ts';
import type { ThemeName } from '../../url/hashState.ts';
import { archiveAddress, isProtomapsSchema } from '../archiveRef.ts';
import { BASEMAP_PREFIX, type BasemapParts } from '../styleWithBasemap.ts';
import type { ArchiveFacts, ArchiveRef, UserBasemap } from '../types.ts';
import { plainArchiveLayers, protomapsArchiveLayers } from './vectorArchiveLayers.ts';

/**
 * A PMTiles basemap's source and layers: images as one raster layer, vector tiles in the
 * Protomaps schema with @protomaps/basemaps in the app's palette, any other vector schema
 * plainly. The source reads the archive's TileJSON through the `pmtiles://` protocol (zoom range
 * and bounds from its header), so no tile outside the archive is asked for.
 */
export function archiveBasemapParts(b: UserBasemap & { archive: ArchiveRef }, facts: ArchiveFacts, theme: ThemeName, lang: Lang): BasemapParts {
  const id = `${BASEMAP_PREFIX}${b.id}:0`;
  const url = archiveAddress(b.archive);
  const meta = { 'atlas:basemap': b.id };
  if (facts.tileType !== 'mvt') {
    return { sources: { [id]: { type: 'raster', url, tileSize: facts.tileSize ?? 256 } }, layers: [{ id, type: 'raster', source: id, metadata: meta }] };
  }
  const prefix = `${id}:`;
  const layers = isProtomapsSchema(facts) ? protomapsArchiveLayers(id, prefix, theme, lang) : plainArchiveLayers(id, prefix, facts.vectorLayers ?? [], theme);
  return { sources: { [id]: { type: 'vector', url } }, layers: layers.map((l) => ({ ...l, metadata: meta })) };
}
