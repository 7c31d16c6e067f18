import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Serving one in-memory file the way object storage serves a PMTiles archive: HTTP byte ranges
 * (RFC 9110 §14) with a strong ETag, and CORS that lets a page on another origin make range
 * requests and read the headers the pmtiles reader looks at.
 */

export interface ServeOptions {
  /** false: no CORS headers at all, as a server that never heard of CORS. */
  cors: boolean;
  /** false: Range is ignored and the whole file comes back with 200, as a server without byte serving. */
  ranges: boolean;
  contentType?: string;
}

/** What happened to one request, for tests to assert on (e.g. that no request fetched the whole file). */
export interface RangeLogEntry {
  method: string;
  path: string;
  range: string | null;
  status: number;
  bytes: number;
}

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  // Range is CORS-safelisted only in its simplest form, and If-Match never is: a preflight must allow both.
  'access-control-allow-headers': 'Range, If-Match, If-None-Match, Cache-Control',
  'access-control-expose-headers': 'ETag, Content-Range, Content-Length, Accept-Ranges, Content-Type',
  'access-control-max-age': '600',
};

const etags = new WeakMap<Uint8Array, string>();

/** A strong validator from the content, so a changed archive under the same URL shows as one. */
export function etagOf(body: Uint8Array): string {
  let tag = etags.get(body);
  if (!tag) {
    tag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
    etags.set(body, tag);
  }
  return tag;
}

type ParsedRange = { start: number; end: number } | 'unsatisfiable' | 'ignore';

/**
 * One `bytes=` range against a file of `size` bytes. Several ranges (a multipart answer) are not
 * served: the whole file is, which RFC 9110 allows and which readers must cope with anyway.
 */
export function parseRange(header: string | undefined, size: number): ParsedRange {
  if (!header) return 'ignore';
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return header.trim().startsWith('bytes=') && !header.includes(',') ? 'unsatisfiable' : 'ignore';
  const [, first = '', last = ''] = m;
  if (first === '' && last === '') return 'unsatisfiable';
  if (first === '') {
    // bytes=-N: the last N bytes.
    const n = Number(last);
    if (n === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && Number(last) < start) return 'unsatisfiable';
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

/** Answers GET, HEAD and OPTIONS for `body`; returns the status and body length sent. */
export function serveBytes(req: IncomingMessage, res: ServerResponse, body: Uint8Array, opts: ServeOptions): { status: number; bytes: number } {
  const cors = opts.cors ? CORS_HEADERS : {};
  const method = req.method ?? 'GET';
  if (method === 'OPTIONS') {
    res.writeHead(204, { ...cors, 'content-length': 0 }).end();
    return { status: 204, bytes: 0 };
  }
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { ...cors, allow: 'GET, HEAD, OPTIONS', 'content-length': 0 }).end();
    return { status: 405, bytes: 0 };
  }
  const etag = etagOf(body);
  const common = {
    ...cors,
    'content-type': opts.contentType ?? 'application/vnd.pmtiles',
    etag,
    // Tests reload pages and swap archives under one URL: a browser cache would only blur that.
    'cache-control': 'no-store',
    ...(opts.ranges ? { 'accept-ranges': 'bytes' } : {}),
  };
  const ifMatch = req.headers['if-match'];
  if (ifMatch && ifMatch.trim() !== '*' && !ifMatch.split(',').some((t) => t.trim() === etag)) {
    res.writeHead(412, { ...common, 'content-length': 0 }).end();
    return { status: 412, bytes: 0 };
  }
  const range = opts.ranges ? parseRange(req.headers.range, body.byteLength) : 'ignore';
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...common, 'content-range': `bytes */${body.byteLength}`, 'content-length': 0 }).end();
    return { status: 416, bytes: 0 };
  }
  const [status, part] = range === 'ignore' ? [200, body] : [206, body.subarray(range.start, range.end + 1)];
  const headers = range === 'ignore' ? common : { ...common, 'content-range': `bytes ${range.start}-${range.end}/${body.byteLength}` };
  res.writeHead(status, { ...headers, 'content-length': part.byteLength });
  res.end(method === 'HEAD' ? undefined : part);
  return { status, bytes: method === 'HEAD' ? 0 : part.byteLength };
}
