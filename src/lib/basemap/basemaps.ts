import type { Lang } from '../catalogue/types.ts';
import { normaliseTemplate, parseSubdomains, templateProblem, tileUrls, urlOrigins, type TemplateProblem } from './template.ts';
import { archiveOrigins, isArchiveRef } from './archiveRef.ts';
import type { BasemapDraft, UserBasemap } from './types.ts';

/** Longer names or credits would break the panel and the exports' sources line. */
export const BASEMAP_TEXT_MAX = 120;

/** Every tile URL a basemap's sources list (subdomains spread, key filled in). */
export function basemapUrls(b: UserBasemap): string[] {
  return b.templates.flatMap((t) => tileUrls(t, b.subdomains, b.key));
}

/** The origins a basemap's tiles come from: what the page's CSP must allow. */
export function basemapOrigins(b: UserBasemap): string[] {
  return [...urlOrigins(basemapUrls(b)), ...archiveOrigins(b.archive)];
}

/** A basemap from the add form, or why not. `appOrigin` decides whether it is online. */
export function basemapFromDraft(d: BasemapDraft, id: string, appOrigin: string): UserBasemap | { problem: TemplateProblem } {
  const template = normaliseTemplate(d.template);
  const subdomains = template.includes('{s}') ? parseSubdomains(d.subdomains || 'a,b,c') : [];
  const problem = templateProblem(d.template, subdomains);
  if (problem) return { problem };
  const host = urlOrigins([template])[0] ?? '';
  const name = d.name.trim().slice(0, BASEMAP_TEXT_MAX) || host.replace(/^https?:\/\//, '');
  const credit = d.attribution.trim().slice(0, BASEMAP_TEXT_MAX);
  const kind = /\{TileMatrix\}/i.test(d.template) ? 'wmts' : 'xyz';
  const b: UserBasemap = {
    id, name, kind, templates: [template], subdomains, tileSize: 256, minzoom: 0, maxzoom: 19,
    // The user's own words are shown as written in either language; without any, the host is the credit.
    attribution: { zh: credit || host, en: credit || host },
    online: false,
  };
  return { ...b, online: basemapOrigins(b).some((o) => o !== appOrigin) };
}

/** The credit line of a basemap in the UI language. */
export function basemapAttribution(b: UserBasemap | null, lang: Lang): string[] {
  return b ? [b.attribution[lang]] : [];
}

/**
 * Text for MapLibre's attribution control, which sets it as HTML: the user's own words must
 * stay words.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A stored record that still has the shape this version draws (storage outlives code). */
export function isUserBasemap(v: unknown): v is UserBasemap {
  const b = v as Partial<UserBasemap> | null;
  return (
    !!b && typeof b.id === 'string' && typeof b.name === 'string' &&
    (b.kind === 'pmtiles' ? isArchiveRef(b.archive) : b.kind === 'xyz' || b.kind === 'wmts' || b.kind === 'tianditu') &&
    Array.isArray(b.templates) && b.templates.every((t) => typeof t === 'string') && Array.isArray(b.subdomains) &&
    typeof b.attribution?.zh === 'string' && typeof b.attribution.en === 'string'
  );
}
