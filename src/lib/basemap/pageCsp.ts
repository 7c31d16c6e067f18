import { cleanOrigins, pagePolicy, policyAllows } from './csp.ts';

/**
 * The page's CSP is written here, before anything else runs, because a policy can only be
 * narrowed once a page has one: a static `<meta>` in index.html could never let a basemap the
 * user adds later through. The origins come from localStorage — the one store a page can read
 * synchronously at start-up — mirrored from the basemaps kept in IndexedDB.
 */
const ORIGINS_KEY = 'taixin-atlas:basemap-origins';
const SELECTOR = 'meta[http-equiv="Content-Security-Policy"]';

function storedOrigins(): string[] {
  try {
    return cleanOrigins(JSON.parse(localStorage.getItem(ORIGINS_KEY) ?? '[]'));
  } catch {
    return []; // No storage or junk in it: the offline policy.
  }
}

export function installPagePolicy(): void {
  if (document.querySelector(SELECTOR)) return;
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = pagePolicy(storedOrigins());
  document.head.prepend(meta);
}

/** The origins the next page load allows (this one keeps its policy). */
export function rememberOrigins(origins: readonly string[]): void {
  try {
    const clean = cleanOrigins(origins);
    if (clean.length) localStorage.setItem(ORIGINS_KEY, JSON.stringify(clean));
    else localStorage.removeItem(ORIGINS_KEY);
  } catch {
    // No localStorage: the basemap cannot be reached after a reload; its tiles then fail and say so.
  }
}

/** Does this page's policy let the map fetch from every one of `origins`? */
export function pageAllows(origins: readonly string[]): boolean {
  const policy = document.querySelector<HTMLMetaElement>(SELECTOR)?.content;
  return !policy || origins.every((o) => policyAllows(policy, o, location.origin));
}
