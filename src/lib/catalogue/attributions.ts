import type { CatalogueLayer, Lang } from './types.ts';

/** The credits of all catalogue layers, once each, in the UI's language (map and exports alike). */
export function layerAttributions(layers: readonly Pick<CatalogueLayer, 'attribution'>[], lang: Lang): string[] {
  return [...new Set(layers.flatMap((l) => (l.attribution ? [l.attribution[lang]] : [])))];
}

/**
 * What an export's sources line adds for the layers it shows that carry no credit of their own
 * (the atlas's research layers, the projects and the reports they cite): each licence once,
 * after the titles of the shown layers under it — "重点项目：项目研究（CC BY 4.0）；…".
 */
export function shownLayerCredits(layers: readonly Pick<CatalogueLayer, 'id' | 'title' | 'licence' | 'attribution'>[], shown: ReadonlySet<string>, lang: Lang): string[] {
  const byLicence = new Map<string, string[]>();
  for (const l of layers) {
    if (!shown.has(l.id) || l.attribution) continue;
    const titles = byLicence.get(l.licence[lang]) ?? [];
    byLicence.set(l.licence[lang], [...titles, l.title[lang]]);
  }
  return [...byLicence].map(([licence, titles]) => `${titles.join(lang === 'zh' ? '、' : ', ')}${lang === 'zh' ? '：' : ': '}${licence}`);
}
