import type { Lang } from '../catalogue/types.ts';
import type { QueryMatch } from './types.ts';

export interface ResultRow {
  key: string;
  index: number;
  name: string;
  distance_m: number;
  source: string;
  confidence: string;
}

export type SortKey = 'name' | 'distance_m' | 'source' | 'confidence';

/** Table rows for a result: names in the UI language, the nearest source named, not just its id. */
export function resultRows(matches: QueryMatch[], sourceName: (id: string) => string | null, lang: Lang): ResultRow[] {
  return matches.map((m, i) => {
    const p = m.feature.properties ?? {};
    const id = String(p.id ?? m.index);
    const name = String(p[`name_${lang}`] ?? p.name_zh ?? id);
    const src = m.nearest_source_id === null ? '' : (sourceName(m.nearest_source_id) ?? m.nearest_source_id);
    return { key: `${id}|${m.nearest_source_id ?? ''}|${i}`, index: m.index, name, distance_m: m.distance_m, source: src, confidence: String(p.confidence ?? '') };
  });
}

export function sortRows(rows: ResultRow[], key: SortKey, ascending: boolean): ResultRow[] {
  const dir = ascending ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
    return c * dir || a.index - b.index;
  });
}
