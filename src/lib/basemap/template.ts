/**
 * Raster tile URL templates: validation and expansion into the URLs MapLibre asks for. Pure
 * string work, shared by the add form, the map, the exports and the page's CSP.
 */

/** Why a template is refused; worded by the panel (`basemapInvalid.<code>`). */
export type TemplateProblem = 'empty' | 'notUrl' | 'scheme' | 'placeholders' | 'unknownPlaceholder' | 'subdomains' | 'key';

const XYZ = ['z', 'x', 'y'];
// WMTS RESTful templates name the tile matrix, row and column; in web mercator (GoogleMapsCompatible)
// they are exactly z, y and x, so they are rewritten rather than supported separately.
const WMTS: Record<string, string> = { tilematrix: 'z', tilerow: 'y', tilecol: 'x' };
const KNOWN = new Set([...XYZ, 's', 'tk', ...Object.keys(WMTS)]);

const placeholders = (template: string): string[] => [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');

/** The template with WMTS placeholders rewritten to {z}/{x}/{y}, so MapLibre can fill them. */
export function normaliseTemplate(template: string): string {
  return template.trim().replace(/\{(TileMatrix|TileRow|TileCol)\}/gi, (_, name: string) => `{${WMTS[name.toLowerCase()] ?? name}}`);
}

/** "a,b,c" / "0-7" / "1 2 3" → the list of {s} values. */
export function parseSubdomains(text: string): string[] {
  const range = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(text);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    return to >= from && to - from < 32 ? Array.from({ length: to - from + 1 }, (_, i) => String(from + i)) : [];
  }
  return text.split(/[\s,，]+/).filter(Boolean);
}

/** The first thing wrong with a template, or null when MapLibre can draw it. */
export function templateProblem(template: string, subdomains: readonly string[], hasKey = false): TemplateProblem | null {
  const t = template.trim();
  if (!t) return 'empty';
  let url: URL;
  try {
    // Placeholders are not valid in a host name; a stand-in lets URL parse the rest.
    url = new URL(t.replace(/\{[^{}]*\}/g, '0'));
  } catch {
    return 'notUrl';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'scheme';
  const names = placeholders(normaliseTemplate(t));
  if (names.some((n) => !KNOWN.has(n.toLowerCase()))) return 'unknownPlaceholder';
  if (!XYZ.every((p) => names.includes(p))) return 'placeholders';
  if (names.includes('s') && !subdomains.some((s) => /^[a-z0-9-]+$/i.test(s))) return 'subdomains';
  if (names.includes('tk') && !hasKey) return 'key';
  return null;
}

/**
 * The tile URLs MapLibre is given: one per subdomain (it spreads tiles over them), the key
 * filled in, {z}/{x}/{y} left for MapLibre.
 */
export function tileUrls(template: string, subdomains: readonly string[], key?: string): string[] {
  const t = normaliseTemplate(template).replace(/\{tk\}/g, encodeURIComponent(key ?? ''));
  return t.includes('{s}') ? subdomains.map((s) => t.replaceAll('{s}', s)) : [t];
}

/** One tile's URL, as MapLibre will ask for it (tests, and the add form's probe). */
export function tileUrl(url: string, z: number, x: number, y: number): string {
  return url.replaceAll('{z}', String(z)).replaceAll('{x}', String(x)).replaceAll('{y}', String(y));
}

/** The origins (scheme://host:port) a set of tile URLs reaches. */
export function urlOrigins(urls: readonly string[]): string[] {
  const out = new Set<string>();
  for (const u of urls) {
    try {
      out.add(new URL(tileUrl(u, 0, 0, 0)).origin);
    } catch {
      // An invalid URL reaches nothing; validation has already refused it.
    }
  }
  return [...out];
}
