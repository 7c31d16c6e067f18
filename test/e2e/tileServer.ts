import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encode } from 'fast-png';
import { hillHeight, reliefHeightWithin, terrariumPng, tilePixelToLonLat } from './demTiles.ts';
import { mapTilePng } from './mapTiles.ts';
import { archiveBytes, isArchiveName } from './pmtilesFixtures.ts';
import { serveBytes, type RangeLogEntry } from './rangeServing.ts';

export { HILL, hillHeight, reliefHeight } from './demTiles.ts';

/**
 * How a test tile server answers `/{z}/{x}/{y}.png`:
 * - 'tiles': solid TILE_RGB tiles, with CORS
 * - 'missing': 404 for everything (archives too)
 * - 'no-cors': tiles and archives without CORS headers
 * - 'dem': terrarium height tiles of the single synthetic HILL, with CORS
 * - 'map': a plain cartographic basemap from the repository's data/ (mapTiles.ts), with CORS
 * - 'relief': terrarium tiles of reliefHeight (HILL plus ridges), with CORS
 * - 'no-range': tiles as 'tiles', but archives ignore Range and come back whole with 200
 *
 * Every mode but 'missing' also serves PMTiles archives at `/archives/<name>.pmtiles`: the
 * fixtures of pmtilesFixtures.ts by their names, and any given in `archives`.
 */
export type TileMode = 'tiles' | 'missing' | 'no-cors' | 'dem' | 'map' | 'relief' | 'no-range';

export interface TileServer {
  /** http://127.0.0.1:port — another origin than the app's. */
  url: string;
  /** Paths asked for, in order. */
  requests: string[];
  /** Requests for archives: method, Range asked for and status sent (206, 200, 416…). */
  archiveRequests: RangeLogEntry[];
  /** `${url}/archives/${name}.pmtiles` */
  archiveUrl(name: string): string;
  close(): Promise<void>;
}

export interface TileServerOptions {
  /** Extra archives by name, served beside (or instead of) the fixtures of the same name. */
  archives?: Record<string, Uint8Array>;
}

/** The colour every tile is painted: magenta, which neither map style uses. */
export const TILE_RGB = [255, 0, 255] as const;

/** One 256 × 256 PNG of solid TILE_RGB, made once (the same for every z/x/y). */
function tilePng(): Uint8Array {
  const data = new Uint8Array(256 * 256 * 4);
  for (let i = 0; i < data.length; i += 4) data.set([...TILE_RGB, 255], i);
  return encode({ width: 256, height: 256, data, channels: 4, depth: 8 });
}

const reliefCache = new Map<string, Uint8Array>();

function reliefPng(z: number, x: number, y: number): Uint8Array {
  const key = `${z}/${x}/${y}`;
  let png = reliefCache.get(key);
  if (!png) {
    const [w, n] = tilePixelToLonLat(z, x, y, 0, 0);
    const [e, s] = tilePixelToLonLat(z, x, y, 256, 256);
    png = terrariumPng(z, x, y, reliefHeightWithin([w, s, e, n]));
    reliefCache.set(key, png);
  }
  return png;
}

function tileBody(mode: TileMode, z: number, x: number, y: number, solid: Uint8Array): Uint8Array {
  if (mode === 'dem') return terrariumPng(z, x, y, hillHeight);
  if (mode === 'relief') return reliefPng(z, x, y);
  if (mode === 'map') return mapTilePng(z, x, y);
  return solid;
}

/** A raster XYZ set, and PMTiles archives, on a port of their own. */
export async function startTileServer(mode: TileMode, options: TileServerOptions = {}): Promise<TileServer> {
  const png = tilePng();
  const requests: string[] = [];
  const archiveRequests: RangeLogEntry[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(url);
    const path = url.split('?')[0] ?? '';
    const cors: Record<string, string> = mode === 'no-cors' ? {} : { 'access-control-allow-origin': '*' };
    const archive = /^\/archives\/([\w.-]+)\.pmtiles$/.exec(path)?.[1];
    if (archive !== undefined && mode !== 'missing') {
      const body = options.archives?.[archive] ?? (isArchiveName(archive) ? archiveBytes(archive) : undefined);
      if (body) {
        const sent = serveBytes(req, res, body, { cors: mode !== 'no-cors', ranges: mode !== 'no-range' });
        archiveRequests.push({ method: req.method ?? 'GET', path, range: req.headers.range ?? null, ...sent });
        return;
      }
    }
    if (mode === 'missing' || !/^\/\d+\/\d+\/\d+\.png$/.test(path)) {
      res.writeHead(404, { 'content-type': 'text/plain', ...cors }).end('not found');
      return;
    }
    const [z, x, y] = path.match(/\d+/g)?.map(Number) ?? [0, 0, 0];
    const body = tileBody(mode, z ?? 0, x ?? 0, y ?? 0, png);
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': body.byteLength, ...cors }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    requests,
    archiveRequests,
    archiveUrl: (name) => `${url}/archives/${name}.pmtiles`,
    close: () =>
      new Promise<void>((resolve) => {
        // Browsers keep range connections alive; without this close() would wait for them.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
