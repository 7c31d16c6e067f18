import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encode } from 'fast-png';

/** How a test tile server answers: tiles with CORS, 404 for everything, or tiles without CORS. */
export type TileMode = 'tiles' | 'missing' | 'no-cors';

export interface TileServer {
  /** http://127.0.0.1:port — another origin than the app's. */
  url: string;
  /** Paths asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** The colour every tile is painted: magenta, which neither map style uses. */
export const TILE_RGB = [255, 0, 255] as const;

/** One 256 × 256 PNG of solid TILE_RGB, made once (the same for every z/x/y). */
function tilePng(): Uint8Array {
  const data = new Uint8Array(256 * 256 * 4);
  for (let i = 0; i < data.length; i += 4) data.set([...TILE_RGB, 255], i);
  return encode({ width: 256, height: 256, data, channels: 4, depth: 8 });
}

/** A raster XYZ set on a port of its own: `/{z}/{x}/{y}.png`. */
export async function startTileServer(mode: TileMode): Promise<TileServer> {
  const png = tilePng();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const cors: Record<string, string> = mode === 'no-cors' ? {} : { 'access-control-allow-origin': '*' };
    if (mode === 'missing' || !/^\/\d+\/\d+\/\d+\.png$/.test(req.url ?? '')) {
      res.writeHead(404, { 'content-type': 'text/plain', ...cors }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.byteLength, ...cors }).end(png);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
