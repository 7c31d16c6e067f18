import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encode } from 'fast-png';

/**
 * How a test tile server answers: tiles with CORS, 404 for everything, tiles without CORS, or
 * terrarium height tiles of a synthetic hill (with CORS).
 */
export type TileMode = 'tiles' | 'missing' | 'no-cors' | 'dem';

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

/** The synthetic hill: a Gaussian bump on the zone, high enough to shade and to stand up in 3D. */
export const HILL = { lon: 112.7, lat: 38.4, height: 2000, sigmaDeg: 0.15 } as const;

/** Height in metres at a point: the hill on flat ground at 0 m. */
export function hillHeight(lon: number, lat: number): number {
  const d2 = (lon - HILL.lon) ** 2 + (lat - HILL.lat) ** 2;
  return HILL.height * Math.exp(-d2 / (2 * HILL.sigmaDeg ** 2));
}

/** One 256 × 256 terrarium tile: height = (R × 256 + G + B / 256) − 32768, at each pixel's centre. */
function demPng(z: number, x: number, y: number): Uint8Array {
  const size = 256;
  const data = new Uint8Array(size * size * 4);
  const n = 2 ** z;
  for (let py = 0; py < size; py++) {
    const my = (y + (py + 0.5) / size) / n;
    const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * my))) * 180) / Math.PI;
    for (let px = 0; px < size; px++) {
      const lon = ((x + (px + 0.5) / size) / n) * 360 - 180;
      const v = hillHeight(lon, lat) + 32768;
      const i = (py * size + px) * 4;
      data[i] = Math.floor(v / 256);
      data[i + 1] = Math.floor(v) % 256;
      data[i + 2] = Math.floor((v - Math.floor(v)) * 256);
      data[i + 3] = 255;
    }
  }
  return encode({ width: size, height: size, data, channels: 4, depth: 8 });
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
    const [z, x, y] = (req.url ?? '').match(/\d+/g)?.map(Number) ?? [0, 0, 0];
    const body = mode === 'dem' ? demPng(z ?? 0, x ?? 0, y ?? 0) : png;
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': body.byteLength, ...cors }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
