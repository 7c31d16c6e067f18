import { describe, expect, it } from 'vitest';
import { ArchiveError, archiveFailure } from './archiveErrors.ts';
import { sizeText } from './archiveFiles.ts';
import { archiveBasemap, archiveTerrain, uniqueName, wordsOnceRead } from './archiveRecords.ts';
import { archiveAddress, archiveKey, archiveLabel, archiveOrigins, archiveUrl, isArchiveRef, isProtomapsSchema, plainCredit } from './archiveRef.ts';
import { isUserBasemap } from './basemaps.ts';
import { isUserTerrain, terrainOrigins, terrainParts } from './terrain.ts';

const APP = 'http://127.0.0.1:4173';
const stored = { stored: { key: 'bm-1', fileName: '太原.pmtiles', bytes: 123 } };

describe('archive references', () => {
  it('addresses a URL archive by its URL and a stored one by a key that is not a URL', () => {
    expect(archiveAddress({ url: 'https://tiles.example.com/zone.pmtiles' })).toBe('pmtiles://https://tiles.example.com/zone.pmtiles');
    expect(archiveKey(stored)).toBe('atlas-archive/bm-1');
    expect(archiveAddress(stored)).toBe('pmtiles://atlas-archive/bm-1');
  });

  it('needs the page to reach a URL archive’s host, and nothing for a stored one', () => {
    expect(archiveOrigins({ url: 'https://tiles.example.com:8443/a/b.pmtiles' })).toEqual(['https://tiles.example.com:8443']);
    expect(archiveOrigins(stored)).toEqual([]);
    expect(archiveOrigins(undefined)).toEqual([]);
  });

  it('labels an archive by its file name or the last part of its path', () => {
    expect(archiveLabel(stored)).toBe('太原.pmtiles');
    expect(archiveLabel({ url: 'https://h.example.com/data/%E5%A4%AA%E5%8E%9F.pmtiles?x=1' })).toBe('太原.pmtiles');
  });

  it('accepts only http(s) URLs', () => {
    expect(archiveUrl('  https://h.example.com/a.pmtiles ')).toEqual({ url: 'https://h.example.com/a.pmtiles' });
    expect(archiveUrl('')).toEqual({ problem: 'empty' });
    expect(archiveUrl('file:///tmp/a.pmtiles')).toEqual({ problem: 'scheme' });
    expect(archiveUrl('not a url')).toEqual({ problem: 'scheme' });
  });

  it('checks stored references', () => {
    expect(isArchiveRef(stored)).toBe(true);
    expect(isArchiveRef({ url: 'https://h.example.com/a.pmtiles' })).toBe(true);
    expect(isArchiveRef({ url: 'javascript:alert(1)' })).toBe(false);
    expect(isArchiveRef({ stored: { key: '', fileName: 'a', bytes: 1 } })).toBe(false);
    expect(isArchiveRef(null)).toBe(false);
  });

  it('tells the Protomaps schema by its earth and water layers', () => {
    expect(isProtomapsSchema({ vectorLayers: ['boundaries', 'earth', 'landuse', 'places', 'roads', 'water'] })).toBe(true);
    expect(isProtomapsSchema({ vectorLayers: ['transportation', 'water', 'landcover'] })).toBe(false);
    expect(isProtomapsSchema({})).toBe(false);
  });

  it('turns an HTML credit into text', () => {
    expect(plainCredit('<a href="https://protomaps.com" target="_blank">Protomaps</a> &copy; <a href="https://openstreetmap.org">OpenStreetMap</a>')).toBe('Protomaps © OpenStreetMap');
    expect(plainCredit('<img src=x onerror=alert(1)>国家基础地理信息中心')).toBe('国家基础地理信息中心');
  });
});

describe('archive failures', () => {
  it('reads the pmtiles library’s errors', () => {
    expect(archiveFailure(new Error('Wrong magic number for PMTiles archive'))).toEqual({ code: 'notPmtiles' });
    expect(archiveFailure(new Error('Archive is spec version 4 but this library supports up to spec version 3'))).toEqual({ code: 'version' });
    expect(archiveFailure(new Error('Bad response code: 404'))).toEqual({ code: 'notFound', status: 404 });
    expect(archiveFailure(new Error('Bad response code: 503'))).toEqual({ code: 'http', status: 503 });
    expect(archiveFailure(new Error('Server returned no content-length header or content-length exceeding request. Check that your storage backend supports HTTP Byte Serving.'))).toEqual({ code: 'noRanges' });
    expect(archiveFailure(new TypeError('Failed to fetch'))).toEqual({ code: 'network' });
    expect(archiveFailure(new RangeError('Offset is outside the bounds of the DataView'))).toEqual({ code: 'corrupt' });
    expect(archiveFailure(new ArchiveError('timeout'))).toEqual({ code: 'timeout' });
  });
});

describe('archive records', () => {
  const facts = { tileType: 'png' as const, minzoom: 2, maxzoom: 11, tileSize: 512 as const, attribution: '© 测绘院' };

  it('makes a basemap from a stored archive: offline, named after the file, credited as the archive says', () => {
    const b = archiveBasemap({ ref: stored, facts, name: ' ', attribution: '' }, 'bm-1', APP);
    expect(b).toMatchObject({ kind: 'pmtiles', name: '太原', online: false, tileSize: 512, minzoom: 2, maxzoom: 11, templates: [] });
    expect(b.attribution).toEqual({ zh: '© 测绘院', en: '© 测绘院' });
    expect(isUserBasemap(b)).toBe(true);
  });

  it('makes an online basemap from another host’s URL, and keeps the user’s words first', () => {
    const b = archiveBasemap({ ref: { url: 'https://tiles.example.com/zone.pmtiles' }, facts: null, name: '院内底图', attribution: '规划院' }, 'bm-2', APP);
    expect(b).toMatchObject({ name: '院内底图', online: true, maxzoom: 22 });
    expect(b.attribution.zh).toBe('规划院');
  });

  it('makes a terrain from an archive, its tile size read from the archive when known', () => {
    const d = archiveTerrain({ ref: stored, facts, name: '', attribution: '', encoding: 'mapbox', tileSize: 256 }, 'dem-1', APP);
    expect(d).toMatchObject({ template: '', encoding: 'mapbox', tileSize: 512, maxzoom: 11, online: false });
    expect(isUserTerrain(d)).toBe(true);
    expect(terrainOrigins(d)).toEqual([]);
    const [, source] = terrainParts(d, 'light').sources.relief;
    expect(source).toEqual({ type: 'raster-dem', url: 'pmtiles://atlas-archive/bm-1', tileSize: 512, encoding: 'mapbox' });
  });
});

describe('names in a list', () => {
  it('never repeats one', () => {
    expect(uniqueName('底图', [])).toBe('底图');
    expect(uniqueName('底图', ['底图'])).toBe('底图 (2)');
    expect(uniqueName('底图', ['底图', '底图 (2)'])).toBe('底图 (3)');
  });

  it('names an archive by its own title when the user gives none, and takes its encoding over the form’s', () => {
    const facts = { tileType: 'png' as const, minzoom: 5, maxzoom: 11, tileSize: 256 as const, title: '合成地形', encoding: 'terrarium' as const };
    const d = archiveTerrain({ ref: stored, facts, name: '', attribution: '', encoding: 'mapbox', tileSize: 512 }, 'dem-2', APP);
    expect(d).toMatchObject({ name: '合成地形', encoding: 'terrarium', tileSize: 256 });
  });
});

describe('a record read after the reload that let the page reach its host', () => {
  const ref = { url: 'https://h.example.com/tiles/zone.pmtiles' };
  const facts = { tileType: 'mvt' as const, minzoom: 0, maxzoom: 14, title: '太忻底图', attribution: '© 测绘院' };

  it('takes the archive’s own title and credit where they were only the file’s name', () => {
    expect(wordsOnceRead({ name: 'zone', attribution: { zh: 'zone', en: 'zone' }, archive: ref }, facts, ['太忻底图'])).toEqual({
      name: '太忻底图 (2)',
      attribution: { zh: '© 测绘院', en: '© 测绘院' },
    });
  });

  it('keeps the user’s own words', () => {
    const mine = { name: '院内底图', attribution: { zh: '规划院', en: '规划院' }, archive: ref };
    expect(wordsOnceRead(mine, facts, [])).toEqual({ name: '院内底图', attribution: mine.attribution });
  });
});

describe('sizes', () => {
  it('writes MB below a gigabyte and GB above', () => {
    expect(sizeText(5 * 2 ** 20)).toBe('5.0 MB');
    expect(sizeText(300 * 2 ** 20)).toBe('300 MB');
    expect(sizeText(3.2 * 2 ** 30)).toBe('3.2 GB');
  });
});
