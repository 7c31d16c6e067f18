/**
 * The page's Content-Security-Policy. Offline by default: the page may reach its own origin
 * only. Each basemap the user added widens `img-src` and `connect-src` (MapLibre fetches
 * raster tiles) by that basemap's origins — nothing else, and nothing for other directives.
 */
const BASE: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['worker-src', ["'self'", 'blob:']],
  ['connect-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'", 'data:']],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
];
const WIDENED = new Set(['img-src', 'connect-src']);

/**
 * Only plain origins pass: the list comes from the page's storage, and a value with a space, a
 * semicolon, a path or a wildcard would otherwise add sources or directives to the policy.
 */
export function cleanOrigins(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  const ok = list.filter((o): o is string => typeof o === 'string' && /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(o));
  return [...new Set(ok.map((o) => o.toLowerCase()))].slice(0, 64);
}

export function pagePolicy(origins: readonly string[]): string {
  const extra = cleanOrigins(origins);
  return BASE.map(([name, sources]) => [name, ...sources, ...(WIDENED.has(name) ? extra : [])].join(' ')).join('; ');
}

/** Does the policy let the page fetch from `origin`? (`self` is the page's own origin.) */
export function policyAllows(policy: string, origin: string, self: string): boolean {
  if (origin === self) return true;
  const connect = policy.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === 'connect-src');
  return !!connect && connect.slice(1).includes(origin.toLowerCase());
}
